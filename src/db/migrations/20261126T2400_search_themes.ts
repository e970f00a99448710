/**
 * Search by theme: `search_documents.themes` holds a document's themes as space-separated tokens,
 * `<theme id>` when whoever may see the document may see the link, `<theme id>:members` or
 * `<theme id>:staff` when the link comes from members-only or staff-only content only (a member
 * is linked to the themes of its published news and resources). One text column keeps the one-pass
 * counting of search: matches are grouped by it like the other facets. SQLite: the covering index of
 * filters and facets gains the column. Existing documents get their themes here. Frozen in time.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const RANK: Record<string, number> = { public: 0, members: 1, staff: 2 };
const SUFFIX = ['', ':members', ':staff'];

/** Tokens of a set of links, by theme id: the most open visibility of each, in theme id order. */
function tokens(links: Map<number, number>): string {
  return [...links]
    .sort(([a], [b]) => a - b)
    .map(([theme, rank]) => `${theme}${SUFFIX[rank]}`)
    .join(' ');
}

function add(map: Map<number, Map<number, number>>, docId: number, themeId: number, rank: number): void {
  const links = map.get(docId) ?? new Map<number, number>();
  links.set(themeId, Math.min(rank, links.get(themeId) ?? rank));
  map.set(docId, links);
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .alterTable('search_documents')
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  if (!pg) {
    await sql`DROP INDEX search_documents_facets_idx`.execute(db);
    await sql`CREATE INDEX search_documents_facets_idx ON search_documents (id, visibility, doc_type, member_kind, region_code, year, date, themes)`.execute(
      db,
    );
  }

  const now = new Date().toISOString();
  const byDoc = {
    news: new Map<number, Map<number, number>>(),
    resource: new Map<number, Map<number, number>>(),
    member: new Map<number, Map<number, number>>(),
  };
  const news = await db
    .selectFrom('news_themes as nt')
    .innerJoin('news as n', 'n.id', 'nt.news_id')
    .select(['nt.news_id', 'nt.theme_id'])
    .where('n.status', '=', 'published')
    .where('n.published_at', '<=', now)
    .execute();
  for (const row of news) add(byDoc.news, row.news_id, row.theme_id, 0);
  const newsMembers = await db
    .selectFrom('news_members as nm')
    .innerJoin('news_themes as nt', 'nt.news_id', 'nm.news_id')
    .innerJoin('news as n', 'n.id', 'nm.news_id')
    .select(['nm.member_id', 'nt.theme_id'])
    .where('n.status', '=', 'published')
    .where('n.published_at', '<=', now)
    .execute();
  for (const row of newsMembers) add(byDoc.member, row.member_id, row.theme_id, 0);
  const resources = await db
    .selectFrom('resource_themes as rt')
    .innerJoin('resources as r', 'r.id', 'rt.resource_id')
    .select(['rt.resource_id', 'rt.theme_id'])
    .where('r.status', '=', 'published')
    .where('r.published_at', '<=', now)
    .execute();
  for (const row of resources) add(byDoc.resource, row.resource_id, row.theme_id, 0);
  const resourceMembers = await db
    .selectFrom('resource_members as rm')
    .innerJoin('resource_themes as rt', 'rt.resource_id', 'rm.resource_id')
    .innerJoin('resources as r', 'r.id', 'rm.resource_id')
    .select(['rm.member_id', 'rt.theme_id', 'r.visibility'])
    .where('r.status', '=', 'published')
    .where('r.published_at', '<=', now)
    .execute();
  for (const row of resourceMembers) add(byDoc.member, row.member_id, row.theme_id, RANK[row.visibility] ?? 2);

  for (const [docType, map] of Object.entries(byDoc)) {
    for (const [docId, links] of map) {
      await db
        .updateTable('search_documents')
        .set({ themes: tokens(links) })
        .where('doc_type', '=', docType)
        .where('doc_id', '=', docId)
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!pg) {
    await sql`DROP INDEX search_documents_facets_idx`.execute(db);
    await sql`CREATE INDEX search_documents_facets_idx ON search_documents (id, visibility, doc_type, member_kind, region_code, year, date)`.execute(
      db,
    );
  }
  await db.schema.alterTable('search_documents').dropColumn('themes').execute();
}
