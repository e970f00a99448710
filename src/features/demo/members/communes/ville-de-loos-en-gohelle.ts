/** Demo member: Ville de Loos-en-Gohelle (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeLoosEnGohelle: DemoMember = {
  slug: 'ville-de-loos-en-gohelle',
  name: 'Ville de Loos-en-Gohelle',
  territory: { kind: 'commune', code: '62528' },
  joinedYear: 2011,
  status: 'active',
  website: 'https://www.loos-en-gohelle.fr',
  updatedAt: '2025-08-19',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Ancienne commune minière, Loos-en-Gohelle s’est engagée de longue date dans une démarche de développement durable qui associe étroitement les habitants.</p>' +
        '<p>L’ESS y occupe une place centrale, notamment dans l’écoconstruction et les énergies renouvelables.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Installation de panneaux solaires financés par les habitants sur des bâtiments publics ;</li><li>soutien à un pôle d’écoconstruction associant entreprises et structures d’insertion ;</li><li>démarche « fifty-fifty » de co-construction des projets avec les habitants.</li></ul>',
    },
  ],
  figures: [],
};
