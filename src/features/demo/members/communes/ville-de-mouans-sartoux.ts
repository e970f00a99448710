/** Demo member: Ville de Mouans-Sartoux (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeMouansSartoux: DemoMember = {
  slug: 'ville-de-mouans-sartoux',
  name: 'Ville de Mouans-Sartoux',
  territory: { kind: 'commune', code: '06084' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.mouans-sartoux.net',
  updatedAt: '2026-04-07',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Commune d’environ 11 000 habitants, Mouans-Sartoux est connue pour sa politique alimentaire, fondée sur une régie agricole municipale qui approvisionne les cantines en produits biologiques.</p>' +
        '<p>Associations et jardins partagés prolongent cette démarche auprès des habitants.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien aux associations de jardins partagés ;</li><li>accompagnement de projets d’installation agricole ;</li><li>sensibilisation des habitants à l’alimentation durable.</li></ul>',
    },
    {
      kind: 'other',
      heading: 'Alimentation durable',
      html:
        '<p>Les restaurants scolaires servent des repas entièrement biologiques, en grande partie produits par la régie municipale.</p>' +
        '<p>La commune partage cette expérience avec d’autres collectivités à travers des formations et des visites.</p>',
    },
  ],
  figures: [],
};
