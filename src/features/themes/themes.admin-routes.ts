/** Back-office routes of the themes: /admin/thematiques (network staff only), on the shared ordered-list page. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../web/context.ts';
import { registerOrderedListRoutes } from '../../web/admin/ordered-list.tsx';
import { listThemes, themeUsage } from './themes.repository.ts';
import { changeTheme, createTheme, moveTheme, removeTheme, usesLabel } from './themes.service.ts';

export function registerThemeAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerOrderedListRoutes(app, ctx, {
    base: '/admin/thematiques',
    section: 'thematiques',
    title: 'Thématiques',
    intro: 'Les thématiques classent les actualités et les ressources. L’ordre choisi ici est celui des listes et des formulaires.',
    addHeading: 'Ajouter une thématique',
    described: true,
    unknown: 'Cette thématique n’existe pas.',
    notices: {
      added: 'Thématique ajoutée.',
      changed: 'Thématique enregistrée.',
      moved: 'Ordre des thématiques enregistré.',
      deleted: 'Thématique supprimée.',
    },
    list: async (db) =>
      Promise.all(
        (await listThemes(db)).map(async (t) => {
          const uses = await themeUsage(db, t.id);
          return {
            id: t.id,
            name: t.name,
            description: t.description,
            meta: `Adresse : /thematiques/${t.slug} · ${usesLabel(uses)}`,
            removable: uses.news + uses.resources === 0,
          };
        }),
      ),
    create: createTheme,
    change: changeTheme,
    move: moveTheme,
    remove: removeTheme,
  });
}
