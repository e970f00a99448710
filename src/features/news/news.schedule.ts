/**
 * Scheduled news: an item published with a future date is kept out of lists, feeds, the sitemap
 * and search until then. Lists filter by date on every read; the search index is told here, by a
 * job the server runs every minute, and page caches are dropped everywhere by the content version.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { indexNews } from '../search/search.index.ts';

/** How far back the job looks for items that became due while no server was running [30 days]. */
const WINDOW_MS = 30 * 86_400_000;

/** Indexes the published items whose date has come and that search does not know yet; returns their ids. */
export async function indexDueNews(db: Db, now = new Date()): Promise<number[]> {
  const due = await db
    .selectFrom('news as n')
    .select('n.id')
    .where('n.status', '=', 'published')
    .where('n.published_at', '<=', now.toISOString())
    .where('n.published_at', '>', new Date(now.getTime() - WINDOW_MS).toISOString())
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('search_documents as d').select('d.id').where('d.doc_type', '=', 'news').whereRef('d.doc_id', '=', 'n.id'))))
    .execute();
  if (due.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const { id } of due) await indexNews(trx, id);
    await bumpContentVersion(trx);
  });
  return due.map((d) => d.id);
}
