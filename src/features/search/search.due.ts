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

/** Indexes the published news and resources whose date has come and that search does not know yet; returns their ids. */
export async function indexDueContent(db: Db, now = new Date()): Promise<{ news: number[]; resources: number[] }> {
  const due = { news: [] as number[], resources: [] as number[] };
  for (const kind of KINDS) {
    const { rows } = await sql<{ id: number }>`
      SELECT c.id FROM ${sql.table(kind.table)} c
      WHERE c.status = 'published' AND c.published_at <= ${now.toISOString()} AND c.published_at > ${new Date(now.getTime() - WINDOW_MS).toISOString()}
        AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.doc_type = ${kind.docType} AND d.doc_id = c.id)
      ORDER BY c.id`.execute(db);
    due[kind.table] = rows.map((r) => Number(r.id));
  }
  if (due.news.length + due.resources.length === 0) return due;
  await db.transaction().execute(async (trx) => {
    for (const kind of KINDS) for (const id of due[kind.table]) await kind.index(trx, id);
    await bumpContentVersion(trx);
  });
  return due;
}
