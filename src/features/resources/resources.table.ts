/** Tables of the resource centre: resources, their themes, members and attachments. */
import type { Generated, Insertable, Selectable } from 'kysely';

export const RESOURCE_TYPES = ['guide', 'fiche initiative', 'note juridique', 'étude', 'délibération', 'communiqué', 'replay', 'autre'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_VISIBILITIES = ['public', 'members', 'staff'] as const;
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

export interface ResourcesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  type: ResourceType;
  /** Optional series ("Fiches initiatives") and number within it (126). */
  series: string | null;
  number: number | null;
  summary: string;
  /** Sanitized HTML (shared/html.ts), sanitized on write. */
  body_html: string;
  visibility: ResourceVisibility;
  status: 'draft' | 'published';
  /** ISO-8601 UTC; null for a never-published draft. */
  published_at: string | null;
  created_at: string;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface ResourceThemesTable {
  resource_id: number;
  theme_id: number;
}

export interface ResourceMembersTable {
  resource_id: number;
  member_id: number;
}

export interface ResourceAttachmentsTable {
  id: Generated<number>;
  resource_id: number;
  media_id: number;
  /** Shown in the list of files. */
  title: string;
  position: Generated<number>;
}

export type ResourceRow = Selectable<ResourcesTable>;
export type NewResourceRow = Insertable<ResourcesTable>;
