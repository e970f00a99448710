/** Demo member: Département du Puy-de-Dôme (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementPuyDeDome: DemoMember = {
  slug: 'departement-puy-de-dome',
  name: 'Département du Puy-de-Dôme',
  territory: { kind: 'departement', code: '63' },
  joinedYear: 2007,
  status: 'former',
  website: 'https://www.puy-de-dome.fr',
  updatedAt: '2015-09-30',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS est un acteur important de l’économie du Puy-de-Dôme, avec une présence marquée dans l’agglomération clermontoise et dans les zones de montagne, où elle assure une part des services à la population.</p>' +
        '<p>Associations d’aide à domicile, coopératives agricoles et mutuelles y sont les principaux employeurs.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Le Département soutient l’ESS au titre de ses politiques de solidarité et de développement local. En 2014, 420 000 € ont été mobilisés pour l’accompagnement des projets, le soutien aux têtes de réseau et l’organisation du mois de l’ESS.</p>' +
        '<p>Un bilan de cette politique est prévu à l’issue du mandat.</p>',
    },
  ],
  figures: [{ kind: 'budget_eur', value: 420000, year: 2014, source: 'Compte administratif 2014' }],
};
