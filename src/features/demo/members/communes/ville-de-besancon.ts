/** Demo member: Ville de Besançon (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeBesancon: DemoMember = {
  slug: 'ville-de-besancon',
  name: 'Ville de Besançon',
  territory: { kind: 'commune', code: '25056' },
  joinedYear: 2004,
  status: 'active',
  website: 'https://www.besancon.fr',
  updatedAt: '2025-07-22',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 13 % de l’emploi salarié à Besançon.</p>' +
        '<p>La ville est connue pour son histoire coopérative, marquée notamment par l’expérience autogestionnaire des salariés de Lip dans les années 1970.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le budget primitif 2025 prévoit 410 000 € pour l’ESS, hors subventions de fonctionnement aux associations.</p>' +
        '<p>Ces crédits financent le soutien aux projets, l’animation du réseau local et la participation au mois de l’ESS.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Ville encourage la création d’activités de l’ESS, le développement des achats responsables et la participation des habitants.</p>' +
        '<p>Elle travaille en lien étroit avec Grand Besançon Métropole.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à un tiers-lieu consacré à l’ESS ;</li><li>accompagnement de projets d’habitat participatif ;</li><li>clauses sociales dans les marchés d’entretien des espaces publics.</li></ul>' +
        '<p>La Ville relaie également les initiatives locales pendant le mois de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 13, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
    { kind: 'budget_eur', value: 410000, year: 2025, source: 'Budget primitif 2025' },
  ],
};
