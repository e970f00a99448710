/**
 * SQLite search: FTS5 over title and body (unicode61, diacritics removed) and over their
 * Snowball-stemmed copies. A word matches as written or by its stem; bm25 ranks, with the
 * title weighing more and a mild boost for recent documents.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { RANKING, searchFilterSql, type FacetName, type SearchEngine, type SearchFilters, type SearchHit } from './search.engine.ts';
import type { ParsedQuery, QueryWord } from './search.query.ts';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function wordExpression(word: QueryWord): string {
  const star = word.prefix ? '*' : '';
  return `({title body} : ${quote(word.folded)}${star} OR {title_stems body_stems} : ${quote(word.stem)}${star})`;
}

/** The FTS5 MATCH expression of a parsed query. */
export function ftsExpression(query: ParsedQuery): string {
  const required = [...query.words.map(wordExpression), ...query.phrases.map((p) => `{title body} : ${quote(p.join(' '))}`)];
  let expression = required.join(' AND ');
  for (const word of query.excluded) expression = `(${expression}) NOT ${wordExpression({ ...word, prefix: false })}`;
  return expression;
}

const FACET_COLUMNS: Record<FacetName, RawBuilder<unknown>> = {
  type: sql`d.doc_type`,
  member_kind: sql`d.member_kind`,
  region: sql`d.region_code`,
  year: sql`d.year`,
};

export const sqliteSearchEngine: SearchEngine = {
  async page(db: Db, query: ParsedQuery, filters: SearchFilters, limit: number, offset: number) {
    const match = ftsExpression(query);
    const where = sql`search_fts MATCH ${match} AND ${searchFilterSql(filters)}`;
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid WHERE ${where}`.execute(db);
    const w = RANKING.titleWeight;
    const rows = await sql<SearchHit>`
      SELECT d.id, d.doc_type AS "docType", d.doc_id AS "docId", d.slug, d.title, d.body, d.date,
             d.member_kind AS "memberKind", d.region_code AS "regionCode", d.year
      FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
      WHERE ${where}
      ORDER BY bm25(search_fts, ${w}, 1.0, ${w}, 1.0)
               * (1.0 + ${RANKING.recencyBoost} * max(0.0, 1.0 - (julianday('now') - julianday(d.date)) / ${RANKING.recencyDays}))
               , d.id
      LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return { hits: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
  },

  async facet(db: Db, query: ParsedQuery, filters: SearchFilters, facet: FacetName) {
    const column = FACET_COLUMNS[facet];
    const rows = await sql<{ value: string | number | null; count: number }>`
      SELECT ${column} AS value, count(*) AS count
      FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
      WHERE search_fts MATCH ${ftsExpression(query)} AND ${searchFilterSql(filters, facet)} AND ${column} IS NOT NULL
      GROUP BY ${column} ORDER BY count DESC, value`.execute(db);
    return rows.rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
  },
};
