/** Demo member: Ville de Saint-Denis (La Réunion) (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeSaintDenisLaReunion: DemoMember = {
  slug: 'ville-de-saint-denis-la-reunion',
  name: 'Ville de Saint-Denis (La Réunion)',
  territory: { kind: 'commune', code: '97411' },
  joinedYear: 2018,
  status: 'active',
  website: 'https://www.saintdenis.re',
  updatedAt: '2025-10-30',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Chef-lieu de La Réunion, Saint-Denis accueille de nombreuses associations et structures de l’ESS, notamment dans l’aide à la personne, le sport et la culture.</p>' +
        '<p>Les quartiers des hauts comptent plusieurs jardins partagés et associations d’insertion.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Ville soutient l’ESS dans le cadre de sa politique d’emploi et de cohésion sociale.</p>' +
        '<p>Elle encourage les initiatives des habitants dans les quartiers et favorise l’insertion des jeunes.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à des jardins partagés ;</li><li>accompagnement d’une ressourcerie, en lien avec la CINOR ;</li><li>organisation d’un forum annuel de l’ESS.</li></ul>',
    },
  ],
  figures: [],
};
