/** Demo member: Communauté de communes du Grand-Figeac (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const grandFigeac: DemoMember = {
  slug: 'grand-figeac',
  name: 'Communauté de communes du Grand-Figeac',
  territory: { kind: 'epci', code: '200067361' },
  joinedYear: 2021,
  status: 'active',
  website: null,
  updatedAt: '2025-04-28',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Territoire rural à cheval sur le Lot et l’Aveyron, le Grand-Figeac compte 92 communes.</p>' +
        '<p>L’ESS y est présente dans l’aide à domicile, l’agriculture, la culture et le tourisme social.</p>',
    },
    {
      kind: 'budget',
      html: '<p>En 2024, la Communauté de communes a consacré 85 000 € à l’ESS, pour l’animation du réseau des acteurs et le soutien aux projets.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à des commerces associatifs dans les bourgs ;</li><li>accompagnement d’un projet de cuisine centrale coopérative ;</li><li>animation d’un réseau des acteurs de l’ESS par un agent à temps partiel.</li></ul>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 85000, year: 2024, source: 'Compte administratif 2024' },
    { kind: 'staff_fte', value: 0.8, year: 2024, source: 'Communauté de communes du Grand-Figeac' },
  ],
};
