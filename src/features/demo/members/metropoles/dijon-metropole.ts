/** Demo member: Dijon Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const dijonMetropole: DemoMember = {
  slug: 'dijon-metropole',
  name: 'Dijon Métropole',
  territory: { kind: 'epci', code: '242100410' },
  joinedYear: 2019,
  status: 'active',
  website: 'https://www.metropole-dijon.fr',
  updatedAt: '2025-06-30',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 11,8 % de l’emploi salarié à Dijon Métropole. Les associations d’action sociale et de santé, les mutuelles et les coopératives agricoles en sont les principaux employeurs.</p>' +
        '<p>Plusieurs projets récents portent sur le maraîchage et la transformation alimentaire.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à des projets de maraîchage en insertion, dans le cadre du projet alimentaire de la métropole ;</li><li>accompagnement de tiers-lieux consacrés au réemploi ;</li><li>participation au mois de l’ESS.</li></ul>' +
        '<p>Ces projets sont menés en lien avec la Ville de Dijon et les réseaux de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 11.8, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
  ],
};
