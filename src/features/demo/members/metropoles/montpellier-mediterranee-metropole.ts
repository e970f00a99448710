/** Demo member: Montpellier Méditerranée Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const montpellierMediterraneeMetropole: DemoMember = {
  slug: 'montpellier-mediterranee-metropole',
  name: 'Montpellier Méditerranée Métropole',
  territory: { kind: 'epci', code: '243400017' },
  joinedYear: 2021,
  status: 'active',
  website: 'https://www.montpellier3m.fr',
  updatedAt: '2026-07-07',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS compte environ 2 300 établissements employeurs sur le territoire métropolitain. Elle est particulièrement présente dans l’action sociale, l’enseignement, la culture et l’agriculture.</p>' +
        '<p>Le territoire accueille un réseau actif d’entreprises coopératives et de lieux d’innovation sociale.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Membre du réseau depuis 2021, la Métropole a fait de l’ESS une priorité de sa politique économique, en lien étroit avec sa politique agroécologique et alimentaire.</p>' +
        '<p>Le budget primitif 2026 consacre 1,2 M€ à l’ESS.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets « ESS et transition écologique » ;</li><li>soutien à des épiceries solidaires et à des cuisines partagées ;</li><li>accompagnement des projets de finance solidaire.</li></ul>' +
        '<p>Les premiers lauréats de l’appel à projets ont été désignés en 2022.</p>',
    },
    {
      kind: 'other',
      heading: 'Alimentation et agriculture',
      html:
        '<p>La Métropole soutient les coopératives de producteurs, les marchés paysans et les projets d’installation agricole portés collectivement.</p>' +
        '<p>Elle favorise également l’accès de tous à une alimentation de qualité, en lien avec les associations d’aide alimentaire.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 2300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    { kind: 'budget_eur', value: 1200000, year: 2026, source: 'Budget primitif 2026' },
  ],
};
