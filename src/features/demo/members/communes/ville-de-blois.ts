/** Demo member: Ville de Blois (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeBlois: DemoMember = {
  slug: 'ville-de-blois',
  name: 'Ville de Blois',
  territory: { kind: 'commune', code: '41018' },
  joinedYear: 2012,
  status: 'active',
  website: 'https://www.blois.fr',
  updatedAt: '2026-09-29',
  sections: [
    {
      kind: 'panorama',
      html: '<p>Blois compte un tissu associatif actif et plusieurs structures d’insertion, de réemploi et de culture.</p>',
    },
    {
      kind: 'budget',
      html: '<p>En 2026, la Ville consacre 190 000 € à l’ESS, principalement pour le soutien aux projets et l’animation du réseau local.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à une recyclerie ;</li><li>accompagnement d’un tiers-lieu ;</li><li>clauses sociales dans les marchés municipaux.</li></ul>',
    },
  ],
  figures: [{ kind: 'budget_eur', value: 190000, year: 2026, source: 'Budget primitif 2026' }],
};
