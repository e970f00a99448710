/** Queries of the hub pages that read across features (members, news, resources). */
import type { Db } from '../../db/database.ts';
import type { ResourceVisibility } from '../resources/resources.public.ts';

/**
 * Members that work on a theme: those linked to its published news, or to its published resources
 * of the given visibilities (so that a visitor never learns of a staff-only resource this way).
 */
export function listThemeMembers(db: Db, themeId: number, visibilities: ResourceVisibility[], now: string) {
  return db
    .selectFrom('members as m')
    .select(['m.slug', 'm.name', 'm.kind'])
    .where('m.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb(
          'm.id',
          'in',
          eb
            .selectFrom('news_members as nm')
            .innerJoin('news as n', 'n.id', 'nm.news_id')
            .innerJoin('news_themes as nt', 'nt.news_id', 'n.id')
            .select('nm.member_id')
            .where('nt.theme_id', '=', themeId)
            .where('n.status', '=', 'published')
            .where('n.published_at', '<=', now),
        ),
        eb(
          'm.id',
          'in',
          eb
            .selectFrom('resource_members as rm')
            .innerJoin('resources as r', 'r.id', 'rm.resource_id')
            .innerJoin('resource_themes as rt', 'rt.resource_id', 'r.id')
            .select('rm.member_id')
            .where('rt.theme_id', '=', themeId)
            .where('r.status', '=', 'published')
            .where('r.published_at', '<=', now)
            .where('r.visibility', 'in', visibilities.length ? visibilities : ['public' as const]),
        ),
      ]),
    )
    .orderBy('m.name_folded')
    .execute();
}
