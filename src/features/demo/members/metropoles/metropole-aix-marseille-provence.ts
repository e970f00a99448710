/** Demo member: Métropole d’Aix-Marseille-Provence (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const metropoleAixMarseilleProvence: DemoMember = {
  slug: 'metropole-aix-marseille-provence',
  name: 'Métropole d’Aix-Marseille-Provence',
  territory: { kind: 'epci', code: '200054807' },
  joinedYear: 2016,
  status: 'former',
  website: 'https://ampmetropole.fr',
  updatedAt: '2018-03-07',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente environ 84 000 emplois sur le territoire de la Métropole, qui réunit 92 communes autour de Marseille et d’Aix-en-Provence.</p>' +
        '<p>Elle est particulièrement présente dans l’action sociale, la santé et l’insertion.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Créée en 2016, la Métropole engage l’harmonisation des politiques de l’ESS conduites auparavant par les anciennes intercommunalités.</p>' +
        '<p>Un état des lieux des dispositifs existants est en cours.</p>',
    },
  ],
  figures: [{ kind: 'ess_jobs', value: 84000, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Provence-Alpes-Côte d’Azur' }],
};
