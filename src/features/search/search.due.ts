/**
 * Scheduled content: a news item or a resource published with a future date is kept out of lists,
 * feeds, the sitemap and search until then. Lists filter by date on every read; the search index
 * is told here, by a job the server runs every minute (web/scheduler.ts), and page caches are
 * dropped everywhere by the content version.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { indexNews, indexResource } from './search.index.ts';

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
    const { rows } = await sql<{ id: number }>`
      SELECT c.id FROM ${sql.table(kind.table)} c
      WHERE c.status = 'published' AND c.published_at <= ${now.toISOString()} AND c.published_at > ${new Date(now.getTime() - WINDOW_MS).toISOString()}
        AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.doc_type = ${kind.docType} AND d.doc_id = c.id)
      ORDER BY c.id`.execute(db);
    for (const { id } of rows) {
      try {
        await db.transaction().execute((trx) => kind.index(trx, Number(id)));
        due[kind.table].push(Number(id));
      } catch (error) {
        const indexed = await db
          .selectFrom('search_documents')
          .select('id')
          .where('doc_type', '=', kind.docType)
          .where('doc_id', '=', Number(id))
          .executeTakeFirst();
        if (!indexed) throw error;
      }
    }
  }
  if (due.news.length + due.resources.length > 0) await bumpContentVersion(db);
  return due;
}
