/** Demo member: Département de l’Aude (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementAude: DemoMember = {
  slug: 'departement-aude',
  name: 'Département de l’Aude',
  territory: { kind: 'departement', code: '11' },
  joinedYear: 2014,
  status: 'active',
  website: 'https://www.aude.fr',
  updatedAt: '2025-01-14',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Dans l’Aude, l’ESS représente 13,8 % de l’emploi salarié. Les caves coopératives, nombreuses dans le vignoble, et les associations du secteur social sont les principaux employeurs.</p>' +
        '<p>Le département connaît un fort dynamisme des initiatives citoyennes, en particulier dans la haute vallée de l’Aude.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le Département a consacré 380 000 € au soutien direct des structures de l’ESS en 2023, hors crédits d’insertion.</p>' +
        '<p>Ces aides sont attribuées après avis d’un comité associant la CRESS et les réseaux locaux.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Aide aux caves coopératives engagées dans la transition agroécologique ;</li><li>soutien aux épiceries solidaires et aux jardins d’insertion ;</li><li>accompagnement des tiers-lieux ruraux.</li></ul>' +
        '<p>Le Département participe également chaque année au mois de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 380000, year: 2023, source: 'Compte administratif 2023' },
    { kind: 'ess_employment_share', value: 13.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
  ],
};
