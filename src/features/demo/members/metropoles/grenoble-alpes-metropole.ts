/** Demo member: Grenoble-Alpes Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const grenobleAlpesMetropole: DemoMember = {
  slug: 'grenoble-alpes-metropole',
  name: 'Grenoble-Alpes Métropole',
  territory: { kind: 'epci', code: '200040715' },
  joinedYear: 2009,
  status: 'active',
  website: 'https://www.grenoblealpesmetropole.fr',
  updatedAt: '2025-03-03',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 12,4 % de l’emploi salarié sur le territoire métropolitain. Le bassin grenoblois est connu pour ses nombreuses coopératives, son réseau d’associations d’éducation populaire et sa monnaie locale, le Cairn.</p>' +
        '<p>Les vallées et les communes de montagne de la Métropole accueillent aussi des projets collectifs autour de l’agriculture et du tourisme.</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le budget consacré à l’ESS s’élevait à 1,5 M€ en 2023.</p>' +
        '<p>Il finance l’accompagnement des porteurs de projets, le soutien aux lieux de l’ESS et l’animation du réseau des acteurs.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien au réseau des tiers-lieux et aux fablabs associatifs ;</li><li>accompagnement des projets de réemploi et de réparation ;</li><li>marchés réservés pour l’entretien de certains espaces verts ;</li><li>participation au développement de la monnaie locale.</li></ul>' +
        '<p>Ces actions sont conduites en lien étroit avec la Ville de Grenoble et les autres communes de la Métropole.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 12.4, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'budget_eur', value: 1500000, year: 2023, source: 'Compte administratif 2023' },
  ],
};
