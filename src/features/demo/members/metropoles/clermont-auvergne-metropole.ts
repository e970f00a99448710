/** Demo member: Clermont Auvergne Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const clermontAuvergneMetropole: DemoMember = {
  slug: 'clermont-auvergne-metropole',
  name: 'Clermont Auvergne Métropole',
  territory: { kind: 'epci', code: '246300701' },
  joinedYear: 2018,
  status: 'active',
  website: 'https://www.clermontmetropole.eu',
  updatedAt: '2026-09-01',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 12,1 % de l’emploi salarié à Clermont Auvergne Métropole. Le territoire compte plusieurs grandes mutuelles, des coopératives agricoles et un tissu associatif important dans la culture et le sport.</p>' +
        '<p>La monnaie locale du Puy-de-Dôme, la Doume, y est acceptée dans de nombreux commerces.</p>',
    },
    {
      kind: 'budget',
      html: '<p>Le budget primitif 2026 prévoit 900 000 € pour l’ESS.</p>' + '<p>L’équipe dédiée compte 2,5 équivalents temps plein.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Métropole conduit une politique de l’ESS fondée sur l’accompagnement de l’entrepreneuriat collectif et sur la coopération entre acteurs.</p>' +
        '<p>Elle soutient les lieux ressources de l’ESS et favorise les liens avec l’université.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets « Innovation sociale » ;</li><li>soutien à un pôle territorial de coopération économique ;</li><li>clauses sociales dans les marchés de collecte et de traitement des déchets.</li></ul>' +
        '<p>Les lauréats de l’appel à projets sont accompagnés pendant un an par les réseaux d’accompagnement du territoire.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 12.1, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'budget_eur', value: 900000, year: 2026, source: 'Budget primitif 2026' },
    { kind: 'staff_fte', value: 2.5, year: 2026, source: 'Clermont Auvergne Métropole' },
  ],
};
