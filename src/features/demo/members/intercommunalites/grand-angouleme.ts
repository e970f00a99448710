/** Demo member: Grand Angoulême (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const grandAngouleme: DemoMember = {
  slug: 'grand-angouleme',
  name: 'Grand Angoulême',
  territory: { kind: 'epci', code: '200071827' },
  joinedYear: 2017,
  status: 'active',
  website: 'https://www.grandangouleme.fr',
  updatedAt: '2025-10-21',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 12,7 % de l’emploi salarié sur le territoire de l’agglomération. Aux côtés des associations d’action sociale, on y trouve des structures culturelles liées à la bande dessinée et à l’image, ainsi que de nombreuses initiatives d’économie circulaire.</p>' +
        '<p>Les communes rurales de l’agglomération accueillent plusieurs commerces associatifs.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>L’agglomération a intégré l’ESS à sa stratégie de développement économique.</p>' +
        '<p>Elle soutient l’émergence de projets, facilite l’accès des structures aux marchés publics et accompagne la création de tiers-lieux.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à un tiers-lieu consacré au réemploi et à la réparation ;</li><li>accompagnement des associations culturelles employeuses ;</li><li>clauses sociales dans les marchés de collecte des déchets.</li></ul>' +
        '<p>Ces actions sont conduites en lien avec la CRESS Nouvelle-Aquitaine.</p>',
    },
  ],
  figures: [{ kind: 'ess_employment_share', value: 12.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' }],
};
