/** Back-office routes of the resource types: /admin/ressources/types (network staff only), on the shared ordered-list page. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../web/context.ts';
import { registerOrderedListRoutes } from '../../web/admin/ordered-list.tsx';
import {
  countResourcesByType,
  createResourceType,
  listResourceTypes,
  moveResourceType,
  removeResourceType,
  renameResourceType,
} from './resources.types.ts';

export function registerResourceTypeRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerOrderedListRoutes(app, ctx, {
    base: '/admin/ressources/types',
    section: 'ressources',
    title: 'Types de ressources',
    intro:
      'Chaque ressource a un type, choisi dans cette liste ; les visiteurs filtrent le centre de ressources par type. L’ordre choisi ici est celui des listes et des formulaires.',
    addHeading: 'Ajouter un type',
    described: false,
    unknown: 'Ce type de ressource n’existe pas.',
    notices: { added: 'Type ajouté.', changed: 'Type enregistré.', moved: 'Ordre des types enregistré.', deleted: 'Type supprimé.' },
    list: async (db) => {
      const [types, counts] = await Promise.all([listResourceTypes(db), countResourcesByType(db)]);
      return types.map((t) => {
        const n = counts.get(t.slug) ?? 0;
        return {
          id: t.id,
          name: t.name,
          meta: `Adresse : /ressources?type=${t.slug} · ${n === 0 ? 'aucune ressource' : n === 1 ? '1 ressource' : `${n} ressources`}`,
          removable: n === 0,
        };
      });
    },
    create: createResourceType,
    change: renameResourceType,
    move: moveResourceType,
    remove: removeResourceType,
  });
}
