/** Demo member: Ville de Villeurbanne (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeVilleurbanne: DemoMember = {
  slug: 'ville-de-villeurbanne',
  name: 'Ville de Villeurbanne',
  territory: { kind: 'commune', code: '69266' },
  joinedYear: 2006,
  status: 'active',
  website: 'https://www.villeurbanne.fr',
  updatedAt: '2025-05-13',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Villeurbanne accueille un tissu très dense d’associations et de coopératives.</p>' +
        '<p>La ville compte parmi les premiers territoires engagés dans l’expérimentation « Territoires zéro chômeur de longue durée », dans le quartier Saint-Jean.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Ville a fait de l’ESS un axe de sa politique de développement économique et d’emploi. Elle favorise l’installation d’entreprises de l’ESS, développe les achats responsables et accompagne les projets d’habitants.</p>' +
        '<p>Deux agents animent cette politique.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à l’entreprise à but d’emploi du quartier Saint-Jean ;</li><li>accompagnement de commerces coopératifs en rez-de-chaussée d’immeubles ;</li><li>organisation du mois de l’ESS.</li></ul>' +
        '<p>Ces actions sont menées en lien avec les acteurs de l’ESS de l’agglomération lyonnaise.</p>',
    },
  ],
  figures: [{ kind: 'staff_fte', value: 2, year: 2025, source: 'Ville de Villeurbanne' }],
};
