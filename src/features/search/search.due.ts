/**
 * Scheduled content: a news item or a resource published with a future date is kept out of lists,
 * feeds, the sitemap and search until then. Lists filter by date on every read; the search index
 * is told here, by a job the server runs every minute (web/scheduler.ts), and page caches are
 * dropped everywhere by the content version.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { indexNews, indexResource } from './search.index.ts';
import { countScheduled, findIndexedThemes, listDueUnindexed } from './search.repository.ts';

/** How far back the job looks for content that became due while no server was running [30 days]. */
const WINDOW_MS = 30 * 86_400_000;

const KINDS = [
  { table: 'news', docType: 'news', index: indexNews },
  { table: 'resources', docType: 'resource', index: indexResource },
] as const;

/**
 * Indexes the published news and resources whose date has come and that search does not know yet;
 * returns their ids. Each item is indexed in its own transaction: when several instances run the
 * job at the same minute, the one that finds an item already indexed by another skips it.
 */
export async function indexDueContent(db: Db, now = new Date()): Promise<{ news: number[]; resources: number[] }> {
  const due = { news: [] as number[], resources: [] as number[] };
  for (const kind of KINDS) {
    const ids = await listDueUnindexed(db, kind.table, kind.docType, now.toISOString(), new Date(now.getTime() - WINDOW_MS).toISOString());
    for (const id of ids) {
      try {
        await db.transaction().execute((trx) => kind.index(trx, Number(id)));
        due[kind.table].push(Number(id));
      } catch (error) {
        if ((await findIndexedThemes(db, kind.docType, Number(id))) === undefined) throw error;
      }
    }
  }
  if (due.news.length + due.resources.length > 0) await bumpContentVersion(db);
  return due;
}

/** News and resources published with a date still to come: the scheduler's queue (metrics). */
export async function countScheduledContent(db: Db, now = new Date()): Promise<{ news: number; resources: number }> {
  return { news: await countScheduled(db, 'news', now.toISOString()), resources: await countScheduled(db, 'resources', now.toISOString()) };
}
