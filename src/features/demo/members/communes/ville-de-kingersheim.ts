/** Demo member: Ville de Kingersheim (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeKingersheim: DemoMember = {
  slug: 'ville-de-kingersheim',
  name: 'Ville de Kingersheim',
  territory: { kind: 'commune', code: '68166' },
  joinedYear: 2013,
  status: 'active',
  website: null,
  updatedAt: '2023-06-19',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Kingersheim est connue pour sa démarche de démocratie participative, qui associe les habitants aux décisions municipales.</p>' +
        '<p>L’ESS y est présente à travers des associations, des projets d’habitat et des initiatives de transition.</p>',
    },
    {
      kind: 'programme',
      html: '<p>La Ville soutient les initiatives citoyennes et les projets collectifs. Un agent à mi-temps accompagne les porteurs de projets.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à un projet d’habitat participatif ;</li><li>accompagnement d’une épicerie associative ;</li><li>conseils participatifs consacrés à la transition.</li></ul>',
    },
  ],
  figures: [{ kind: 'staff_fte', value: 0.5, year: 2023, source: 'Ville de Kingersheim' }],
};
