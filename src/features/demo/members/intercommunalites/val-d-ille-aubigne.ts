/** Demo member: Communauté de communes Val d’Ille-Aubigné (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const valDIlleAubigne: DemoMember = {
  slug: 'val-d-ille-aubigne',
  name: 'Communauté de communes Val d’Ille-Aubigné',
  territory: { kind: 'epci', code: '243500667' },
  joinedYear: 2019,
  status: 'active',
  website: null,
  updatedAt: '2026-06-16',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Aux portes de Rennes, la Communauté de communes Val d’Ille-Aubigné réunit 19 communes.</p>' +
        '<p>L’ESS y est présente à travers des associations, des coopératives agricoles et des projets citoyens d’énergie renouvelable.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Communauté de communes a adopté en 2024 une feuille de route pour l’ESS, dotée de 120 000 € au budget 2026 et suivie par un agent à temps plein.</p>' +
        '<p>Elle vise à soutenir les initiatives locales et à renforcer les liens avec le pôle ESS du pays de Rennes.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à un tiers-lieu intercommunal ;</li><li>aide à un projet d’épicerie associative ;</li><li>accompagnement d’un collectif d’habitants engagé dans un parc solaire citoyen.</li></ul>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 120000, year: 2026, source: 'Budget primitif 2026' },
    { kind: 'staff_fte', value: 1, year: 2026, source: 'Communauté de communes Val d’Ille-Aubigné' },
  ],
};
