/** Demo member: Ville de Tulle (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeTulle: DemoMember = {
  slug: 'ville-de-tulle',
  name: 'Ville de Tulle',
  territory: { kind: 'commune', code: '19272' },
  joinedYear: 2010,
  status: 'former',
  website: null,
  updatedAt: '2014-06-10',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>À Tulle, l’ESS est présente dans l’action sociale, la culture et l’insertion.</p>' +
        '<p>La ville accueille plusieurs associations employeuses qui rayonnent sur l’ensemble de la Corrèze.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à une recyclerie associative ;</li><li>participation au mois de l’ESS.</li></ul>',
    },
  ],
  figures: [],
};
