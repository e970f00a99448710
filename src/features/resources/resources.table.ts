/** Tables of the resource centre: resources, their types, themes, members, territories and attachments. */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { TerritoryKind } from '../territories/territories.public.ts';

/** The network's list of resource types ("Guide", "Fiche initiative"…), ordered, edited by the staff. */
export interface ResourceTypesTable {
  id: Generated<number>;
  /** Stable when the type is renamed: resources and addresses (`?type=guide`) hold it. */
  slug: string;
  name: string;
  position: number;
}
export type ResourceTypeRow = Selectable<ResourceTypesTable>;

export const RESOURCE_VISIBILITIES = ['public', 'members', 'staff'] as const;
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

export interface ResourcesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  /** Slug of a row of `resource_types`. */
  type: string;
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

/** Territories a resource concerns (official geography; kept by code, like members' territories). */
export interface ResourceTerritoriesTable {
  resource_id: number;
  territory_kind: TerritoryKind;
  territory_code: string;
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

/** `draft`: the open draft (one at most per resource); `published`: a version that was put online; `superseded`: a draft set aside. */
