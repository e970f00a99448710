/** Demo member: Communauté urbaine de Dunkerque (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const communauteUrbaineDeDunkerque: DemoMember = {
  slug: 'communaute-urbaine-de-dunkerque',
  name: 'Communauté urbaine de Dunkerque',
  territory: { kind: 'epci', code: '245900428' },
  joinedYear: 2005,
  status: 'active',
  website: 'https://www.communaute-urbaine-dunkerque.fr',
  updatedAt: '2025-02-24',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 9,8 % de l’emploi salarié sur le territoire de la Communauté urbaine. Le poids de l’industrie explique une part plus faible qu’ailleurs, mais associations, structures d’insertion et mutuelles y jouent un rôle essentiel.</p>' +
        '<p>Le littoral accueille aussi de nombreux projets autour du réemploi, du vélo et de l’alimentation.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Communauté urbaine soutient l’ESS comme levier de la transition écologique et sociale du territoire. Elle y a consacré 1,1 M€ en 2024.</p>' +
        '<p>Ses priorités sont l’insertion professionnelle, l’économie circulaire et l’accès de tous aux services essentiels, dans le prolongement de la gratuité des bus instaurée en 2018.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien aux recycleries et aux ateliers de réparation de vélos ;</li><li>clauses d’insertion dans les marchés de travaux de la Communauté urbaine ;</li><li>accompagnement de projets d’épiceries solidaires et de jardins partagés.</li></ul>' +
        '<p>Ces actions associent étroitement les communes membres et les acteurs associatifs.</p>',
    },
    {
      kind: 'other',
      heading: 'Gouvernance et partenariats',
      html:
        '<p>Un conseil local de l’ESS, réunissant élus, acteurs et partenaires financiers, se réunit deux fois par an pour suivre la mise en œuvre des actions.</p>' +
        '<p>Il associe également les communes membres qui le souhaitent.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 9.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    { kind: 'budget_eur', value: 1100000, year: 2024, source: 'Compte administratif 2024' },
  ],
};
