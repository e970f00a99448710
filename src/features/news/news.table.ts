/** Tables of the news feature ("actualités") and their links to members. */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { RevisionState } from '../members/members.table.ts';

export interface NewsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  /** Sanitized HTML. */
  body_html: string;
  /** ISO-8601 UTC. */
  published_at: string;
  /** ISO-8601 UTC of the last edit after publication, or null. */
  updated_at: string | null;
  is_demo: number;
  /** `draft`: never published, not public; `published`: public once `published_at` has come. */
  status: Generated<NewsStatus>;
  /** The member whose editors may edit this item (null: the network's own news). */
  member_id: Generated<number | null>;
  /** Image (a row of `media`) and its alternative text. */
  image_id: Generated<number | null>;
  image_alt: Generated<string | null>;
}

export type NewsStatus = 'draft' | 'published';

export interface NewsThemesTable {
  news_id: number;
  theme_id: number;
}

/** Every version of a news item (drafts, submissions, published, rejected) with a JSON snapshot. */
export interface NewsRevisionsTable {
  id: Generated<number>;
  news_id: number;
  created_at: string;
  author: string;
  author_id: number | null;
  origin: 'snapshot' | 'edit' | 'restore';
  state: RevisionState;
  base_revision_id: Generated<number | null>;
  reviewed_by: Generated<number | null>;
  reviewed_at: Generated<string | null>;
  review_comment: Generated<string | null>;
  content_hash: string;
  snapshot: string;
}

export interface NewsMembersTable {
  news_id: number;
  member_id: number;
}

export type NewsRow = Selectable<NewsTable>;
export type NewNewsRow = Insertable<NewsTable>;
export type NewsRevisionRow = Selectable<NewsRevisionsTable>;
