/** Demo member: Nantes Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const nantesMetropole: DemoMember = {
  slug: 'nantes-metropole',
  name: 'Nantes Métropole',
  territory: { kind: 'epci', code: '244400404' },
  joinedYear: 2002,
  status: 'active',
  website: 'https://metropole.nantes.fr',
  updatedAt: '2026-10-09',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS est une composante majeure de l’économie nantaise : environ 44 500 emplois, soit 12,8 % de l’emploi salarié, dans près de 2 900 établissements employeurs.</p>' +
        '<p>Le territoire dispose d’un écosystème structuré, avec un pôle de coopération réunissant entreprises de l’ESS, collectivités et chercheurs, et un lieu dédié qui accueille incubateur, bureaux et espaces de rencontre.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le budget primitif 2026 consacre <strong>3,6 M€</strong> à l’ESS et à l’innovation sociale.</p>' +
        '<p>Sept agents composent la mission ESS de la Métropole.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Engagée auprès de l’ESS depuis le début des années 2000, la Métropole articule son action autour de trois axes : l’entrepreneuriat collectif, l’innovation sociale et la coopération entre entreprises.</p>' +
        '<p>Elle a également adopté un schéma des achats responsables qui fixe des objectifs chiffrés de clauses sociales et de marchés réservés.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets annuel « Innovation sociale » ;</li><li>soutien à un pôle territorial de coopération économique ;</li><li>accompagnement des projets de tiers-lieux dans les 24 communes ;</li><li>participation au forum annuel de l’ESS et de l’innovation sociale.</li></ul>' +
        '<p>Plus d’informations sur <a href="https://metropole.nantes.fr">metropole.nantes.fr</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 2900, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'ess_jobs', value: 44500, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'ess_employment_share', value: 12.8, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'budget_eur', value: 3600000, year: 2026, source: 'Budget primitif 2026' },
    { kind: 'staff_fte', value: 7, year: 2026, source: 'Nantes Métropole, mission ESS' },
  ],
};
