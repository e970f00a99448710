/** Demo member: Région Occitanie (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionOccitanie: DemoMember = {
  slug: 'region-occitanie',
  name: 'Région Occitanie',
  territory: { kind: 'region', code: '76' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.laregion.fr',
  updatedAt: '2026-03-02',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’Occitanie compte environ 215 000 emplois dans l’économie sociale et solidaire, soit 12,6 % de l’emploi salarié régional. Ce poids, supérieur à la moyenne nationale, tient à la vitalité du tissu associatif et à l’importance des coopératives agricoles et viticoles.</p>' +
        '<p>Les métropoles de Toulouse et de Montpellier concentrent une large part des emplois, mais l’ESS joue un rôle plus décisif encore dans les départements ruraux, où elle assure souvent l’aide à domicile, les services à la personne et l’animation culturelle.</p>',
    },
    {
      kind: 'programme',
      heading: 'Une stratégie régionale pour l’ESS',
      html:
        '<p>La Région a adopté un plan en faveur de l’ESS intégré à sa stratégie économique. Il vise à renforcer les fonds propres des entreprises de l’ESS, à soutenir l’émergence de projets dans tous les territoires et à développer les coopérations entre entreprises classiques et structures de l’ESS.</p>' +
        '<p>L’agence régionale de développement économique accompagne les projets de l’ESS au même titre que ceux des autres entreprises, avec des chargés d’affaires formés à leurs spécificités.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Aide à l’embauche d’un premier salarié dans les associations ;</li><li>appel à projets « Tiers-lieux » destiné aux communes rurales ;</li><li>soutien aux reprises d’entreprises par leurs salariés sous forme de SCOP ;</li><li>organisation, avec la CRESS, du mois de l’ESS dans les treize départements.</li></ul>' +
        '<p>En 2025, 9,8 M€ ont été inscrits au budget primitif pour l’ensemble de ces dispositifs.</p>',
    },
    {
      kind: 'other',
      heading: 'Gouvernance et partenariats',
      html:
        '<p>La politique régionale est copilotée avec la CRESS Occitanie dans le cadre d’une convention pluriannuelle. Un comité de suivi associe également l’État, la Banque des Territoires et les réseaux de financeurs solidaires.</p>' +
        '<p>La Région anime par ailleurs un club des collectivités engagées pour l’ESS, où les intercommunalités échangent sur leurs pratiques.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 215000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    { kind: 'ess_employment_share', value: 12.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    { kind: 'budget_eur', value: 9800000, year: 2025, source: 'Budget primitif 2025' },
  ],
};
