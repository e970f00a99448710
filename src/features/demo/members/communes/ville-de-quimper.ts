/** Demo member: Ville de Quimper (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeQuimper: DemoMember = {
  slug: 'ville-de-quimper',
  name: 'Ville de Quimper',
  territory: { kind: 'commune', code: '29232' },
  joinedYear: 2020,
  status: 'active',
  website: 'https://www.quimper.bzh',
  updatedAt: '2025-03-31',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Quimper compte de nombreuses associations et coopératives.</p>' +
        '<p>Le pôle ESS de Cornouaille accompagne les porteurs de projets sur le territoire.</p>',
    },
    {
      kind: 'programme',
      html: '<p>La Ville s’est engagée en faveur de l’ESS en 2020. Un agent est chargé de l’ESS et des achats responsables.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à un tiers-lieu ;</li><li>clauses sociales dans les marchés de la Ville ;</li><li>participation au mois de l’ESS.</li></ul>',
    },
  ],
  figures: [{ kind: 'staff_fte', value: 1, year: 2025, source: 'Ville de Quimper' }],
};
