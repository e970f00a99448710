/** Tables of the news feature ("actualités") and their links to members. */
import type { Generated, Insertable, Selectable } from 'kysely';

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

export interface NewsMembersTable {
  news_id: number;
  member_id: number;
}

export type NewsRow = Selectable<NewsTable>;
export type NewNewsRow = Insertable<NewsTable>;
