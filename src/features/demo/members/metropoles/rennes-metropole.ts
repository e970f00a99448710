/** Demo member: Rennes Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const rennesMetropole: DemoMember = {
  slug: 'rennes-metropole',
  name: 'Rennes Métropole',
  territory: { kind: 'epci', code: '243500139' },
  joinedYear: 2005,
  status: 'active',
  website: 'https://metropole.rennes.fr',
  updatedAt: '2025-08-25',
  sections: [
    {
      kind: 'panorama',
      heading: 'L’ESS sur le territoire métropolitain',
      html:
        '<p>L’ESS représente 13,5 % de l’emploi salarié à Rennes Métropole. Elle compte de grands employeurs du secteur médico-social, des coopératives agricoles et bancaires et un réseau dense d’associations culturelles et d’éducation populaire.</p>' +
        '<p>De nombreux projets récents concernent l’alimentation, la mobilité et le réemploi.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Métropole soutient l’ESS depuis 2005 dans le cadre de sa politique de développement économique. Son action vise à favoriser l’émergence de nouvelles activités, à consolider les structures existantes et à développer les coopérations.</p>' +
        '<p>Elle s’appuie sur le pôle ESS du pays de Rennes et sur les réseaux d’accompagnement.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>En 2025, 2,2 M€ sont inscrits au budget pour l’ESS, dont une part importante pour l’immobilier d’activité et les tiers-lieux.</p>' +
        '<p>Quatre agents suivent cette politique.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à l’incubateur d’innovation sociale du territoire ;</li><li>aide à l’installation de ressourceries et de recycleries ;</li><li>accompagnement des projets d’habitat coopératif.</li></ul>' +
        '<p>Les projets soutenus sont présentés chaque année lors du mois de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 13.5, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
    { kind: 'budget_eur', value: 2200000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 4, year: 2025, source: 'Rennes Métropole' },
  ],
};
