/** Demo member: Communauté de communes du Clunisois (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const ccDuClunisois: DemoMember = {
  slug: 'cc-du-clunisois',
  name: 'Communauté de communes du Clunisois',
  territory: { kind: 'epci', code: '200040293' },
  joinedYear: 2018,
  status: 'active',
  website: null,
  updatedAt: '2025-12-15',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Territoire rural de 41 communes, le Clunisois compte de nombreuses initiatives de l’ESS : associations culturelles, épiceries coopératives, ateliers partagés et projets agricoles collectifs.</p>' +
        '<p>Beaucoup de ces projets sont portés par de nouveaux habitants, en lien avec les acteurs installés de longue date.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à un tiers-lieu rural réunissant espace de travail partagé et atelier de fabrication ;</li><li>accompagnement des porteurs de projets par un agent dédié à mi-temps ;</li><li>participation au mois de l’ESS.</li></ul>',
    },
  ],
  figures: [{ kind: 'staff_fte', value: 0.5, year: 2025, source: 'Communauté de communes du Clunisois' }],
};
