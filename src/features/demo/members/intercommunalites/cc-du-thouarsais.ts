/** Demo member: Communauté de communes du Thouarsais (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const ccDuThouarsais: DemoMember = {
  slug: 'cc-du-thouarsais',
  name: 'Communauté de communes du Thouarsais',
  territory: { kind: 'epci', code: '247900798' },
  joinedYear: 2015,
  status: 'former',
  website: null,
  updatedAt: '2016-11-21',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Dans le Thouarsais, l’ESS est présente dans l’aide à domicile, l’insertion et l’agriculture.</p>' +
        '<p>Plusieurs associations comptent parmi les principaux employeurs de ce territoire rural.</p>',
    },
    {
      kind: 'actions',
      html: '<ul><li>Soutien à un chantier d’insertion chargé de l’entretien des espaces naturels ;</li><li>organisation d’une première rencontre des acteurs de l’ESS du territoire, en novembre 2016.</li></ul>',
    },
  ],
  figures: [],
};
