/** The search index: one row per searchable document, whatever its feature. */
import type { Generated, Insertable, Selectable } from 'kysely';

export const DOC_TYPES = ['member', 'news', 'resource'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const VISIBILITIES = ['public', 'members', 'staff'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface SearchDocumentsTable {
  id: Generated<number>;
  doc_type: DocType;
  doc_id: number;
  /** URL slug of the document's page. */
  slug: string;
  title: string;
  /** Plain text: what is searched and what snippets are cut from. */
  body: string;
  /** Snowball-stemmed, accent-free tokens (SQLite's stemmed columns; PostgreSQL stems by itself). */
  title_stems: string;
  body_stems: string;
  member_kind: string | null;
  region_code: string | null;
  year: number | null;
  /** ISO date of the document (publication or last update), for recency and sorting. */
  date: string;
  visibility: Visibility;
  /** Theme links as tokens (`12`, `12:members`, `12:staff`; search.themes.ts), space-separated. */
  themes: Generated<string>;
}

export type SearchDocumentRow = Selectable<SearchDocumentsTable>;
export type NewSearchDocument = Insertable<SearchDocumentsTable>;
