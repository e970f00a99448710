/**
 * The content of a resource as a revision stores it (a JSON snapshot): its fields and its link
 * lists, in the shape of `ResourceInput` so that publishing a version is one `updateResource`.
 * Files are not part of it: they are managed one by one and apply at once (resources.attachments.ts).
 *
 * A new list of links is one entry of LINK_LISTS (how to read it from the live resource and how
 * to name its values in a diff) and one optional field of the snapshot.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { ResourceInput } from './resources.service.ts';
import { listResourceTerritories, territoriesOfKeys } from './resources.territories.ts';
import * as repo from './resources.repository.ts';
import { listThemesBySlugs } from '../themes/themes.public.ts';
import type { ResourceRow, ResourceVisibility } from './resources.table.ts';

export interface ResourceSnapshot {
  title: string;
  /** A type's slug. */
  type: ResourceInput['type'];
  series: string | null;
  number: number | null;
  summary: string;
  /** Sanitized HTML. */
  bodyHtml: string;
  visibility: ResourceVisibility;
  /** ISO-8601 UTC; null: at the moment of publication. */
  publishedAt: string | null;
  themeSlugs: string[];
  memberSlugs: string[];
  /** Absent from versions written before resources had territories. */
  territoryCodes?: string[];
}

export type LinkListKey = 'themeSlugs' | 'memberSlugs' | 'territoryCodes';

interface LinkList {
  key: LinkListKey;
  /** Heading in the diff view. */
  label: string;
  /** The live values of a resource, in a stable order. */
  read: (db: Db, resourceId: number) => Promise<string[]>;
  /** Readable names of values, by value (a value without a name is shown as is). */
  names: (db: Db, values: string[]) => Promise<Map<string, string>>;
}

export const LINK_LISTS: LinkList[] = [
  {
    key: 'themeSlugs',
    label: 'Thématiques',
    read: (db, id) => repo.listThemeSlugsOfResource(db, id),
    names: async (db, values) => new Map((await listThemesBySlugs(db, values)).map((t) => [t.slug, t.name])),
  },
  {
    key: 'memberSlugs',
    label: 'Adhérents liés',
    read: (db, id) => repo.listMemberSlugsOfResource(db, id),
    names: async (db, values) => new Map((await repo.listMemberNamesBySlugs(db, values)).map((m) => [m.slug, m.name])),
  },
  {
    key: 'territoryCodes',
    label: 'Territoires',
    // Values are territory keys (`departement-86`, `86194`: resources.territories.ts).
    read: async (db, id) => ((await listResourceTerritories(db, [id])).get(id) ?? []).map((t) => t.key).sort(),
    names: async (db, values) => new Map((await territoriesOfKeys(db, values)).map((t) => [t.key, t.name])),
  },
];

/** The live content of a resource, as a revision stores it. */
export async function snapshotLive(db: Db, row: ResourceRow): Promise<ResourceSnapshot> {
  const snapshot: ResourceSnapshot = {
    title: row.title,
    type: row.type,
    series: row.series,
    number: row.number,
    summary: row.summary,
    bodyHtml: row.body_html,
    visibility: row.visibility,
    publishedAt: row.published_at,
    themeSlugs: [],
    memberSlugs: [],
  };
  for (const list of LINK_LISTS) snapshot[list.key] = await list.read(db, row.id);
  return snapshot;
}

/** The snapshot of what the form sends (the form carries every list of links). */
export function snapshotOfInput(input: ResourceInput): ResourceSnapshot {
  const snapshot: ResourceSnapshot = {
    title: input.title,
    type: input.type,
    series: input.series || null,
    number: input.number ?? null,
    summary: input.summary,
    bodyHtml: input.bodyHtml,
    visibility: input.visibility,
    publishedAt: input.publishedAt || null,
    themeSlugs: [],
    memberSlugs: [],
  };
  for (const list of LINK_LISTS) {
    const values = (input as Partial<Record<LinkListKey, string[]>>)[list.key];
    if (values) snapshot[list.key] = values;
  }
  return snapshot;
}

/** The input that makes a snapshot the live content (links included). */
export function inputOfSnapshot(snapshot: ResourceSnapshot, status: 'draft' | 'published'): ResourceInput {
  return { ...snapshot, status } as ResourceInput;
}

/** A hash of the content that does not depend on the order of keys or of link values. */
export function hashSnapshot(snapshot: ResourceSnapshot): string {
  const normalized: Record<string, unknown> = { ...snapshot };
  for (const list of LINK_LISTS) normalized[list.key] = [...(snapshot[list.key] ?? [])].sort();
  const ordered = Object.fromEntries(
    Object.keys(normalized)
      .sort()
      .map((k) => [k, normalized[k]]),
  );
  return crypto.createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}
