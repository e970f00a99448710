/** SQL of the resource centre. Every read takes the visibilities the caller may list. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import type { NewResourceRow, ResourceRow, ResourceVisibility } from './resources.table.ts';

export interface ResourceFilters {
  /** The visibilities the viewer may list (never empty: public at least). */
  visibilities: ResourceVisibility[];
  /** Published on or before this ISO date. */
  now: string;
  /** Slug of a resource type. */
  type?: string | undefined;
  themeSlug?: string | undefined;
  series?: string | undefined;
  year?: number | undefined;
  visibility?: ResourceVisibility | undefined;
  /** Only resources linked to this member. */
  memberId?: number | undefined;
  /** Only resources linked to this territory. */
  territory?: { kind: TerritoryKind; code: string } | undefined;
}

function published(db: Db, f: ResourceFilters) {
  let query = db
    .selectFrom('resources as r')
    .where('r.status', '=', 'published')
    .where('r.published_at', 'is not', null)
    .where('r.published_at', '<=', f.now)
    .where('r.visibility', 'in', f.visibilities);
  if (f.type) query = query.where('r.type', '=', f.type);
  if (f.series) query = query.where('r.series', '=', f.series);
  if (f.visibility) query = query.where('r.visibility', '=', f.visibility);
  if (f.year) query = query.where('r.published_at', '>=', `${f.year}-01-01`).where('r.published_at', '<', `${f.year + 1}-01-01`);
  if (f.memberId !== undefined) {
    const memberId = f.memberId;
    query = query.where('r.id', 'in', (eb) => eb.selectFrom('resource_members').select('resource_id').where('member_id', '=', memberId));
  }
  if (f.territory) {
    const { kind, code } = f.territory;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_territories as rt')
          .select('rt.resource_id')
          .whereRef('rt.resource_id', '=', 'r.id')
          .where('rt.territory_kind', '=', kind)
          .where('rt.territory_code', '=', code),
      ),
    );
  }
  if (f.themeSlug) {
    const slug = f.themeSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_themes as rt')
          .innerJoin('themes as t', 't.id', 'rt.theme_id')
          .select('rt.resource_id')
          .whereRef('rt.resource_id', '=', 'r.id')
          .where('t.slug', '=', slug),
      ),
    );
  }
  return query;
}

/** One page of published resources matching the filters, and their total. */
export async function listResources(
  db: Db,
  f: ResourceFilters,
  page: { offset: number; limit: number; sort: 'date' | 'title' },
): Promise<{ rows: ResourceRow[]; total: number }> {
  const { total } = await published(db, f)
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirstOrThrow();
  let query = published(db, f).selectAll('r');
  query =
    page.sort === 'title' ? query.orderBy('r.title').orderBy('r.id') : query.orderBy('r.published_at', 'desc').orderBy('r.id', 'desc');
  const rows = await query.limit(page.limit).offset(page.offset).execute();
  return { rows, total: Number(total) };
}

/** Series and publication dates of the listable resources (for the filter choices). */
export async function listFacetSources(
  db: Db,
  f: Pick<ResourceFilters, 'visibilities' | 'now'>,
): Promise<{ series: string | null; published_at: string | null }[]> {
  return published(db, f).select(['r.series', 'r.published_at']).execute();
}

/** A published resource by slug, whatever its visibility (the caller applies the policy). */
export async function findPublishedResource(db: Db, slug: string, now: string): Promise<ResourceRow | undefined> {
  return db
    .selectFrom('resources')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
}

export async function findResourceById(db: Db, id: number): Promise<ResourceRow | undefined> {
  return db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listResourceThemes(db: Db, ids: number[]): Promise<{ resource_id: number; slug: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('resource_themes as rt')
    .innerJoin('themes as t', 't.id', 'rt.theme_id')
    .select(['rt.resource_id', 't.slug', 't.name'])
    .where('rt.resource_id', 'in', ids)
    .orderBy('t.position')
    .execute();
}

export async function listResourceMembers(db: Db, ids: number[]): Promise<{ resource_id: number; slug: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('resource_members as rm')
    .innerJoin('members as m', 'm.id', 'rm.member_id')
    .select(['rm.resource_id', 'm.slug', 'm.name'])
    .where('rm.resource_id', 'in', ids)
    .orderBy('m.name_folded')
    .execute();
}

export async function listAttachments(db: Db, resourceId: number) {
  return db
    .selectFrom('resource_attachments as a')
    .innerJoin('media as m', 'm.id', 'a.media_id')
    .select(['a.id', 'a.title', 'm.content_type', 'm.byte_size', 'm.filename', 'm.sha256'])
    .where('a.resource_id', '=', resourceId)
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
}

/** One attachment of a resource, without its bytes (read them with `readMediaChunk`). */
export async function findAttachmentFile(db: Db, resourceId: number, attachmentId: number) {
  return db
    .selectFrom('resource_attachments as a')
    .innerJoin('media as m', 'm.id', 'a.media_id')
    .select(['a.id', 'a.title', 'a.media_id', 'm.content_type', 'm.byte_size', 'm.filename', 'm.sha256'])
    .where('a.resource_id', '=', resourceId)
    .where('a.id', '=', attachmentId)
    .executeTakeFirst();
}

/** `length` bytes of a stored file from `offset` (0-based); `substr` reads a slice of a blob or bytea on both databases. */
export async function readMediaChunk(db: Db, mediaId: number, offset: number, length: number): Promise<Buffer> {
  const row = await db
    .selectFrom('media')
    .select(sql<Buffer>`substr(data, ${offset + 1}, ${length})`.as('chunk'))
    .where('id', '=', mediaId)
    .executeTakeFirst();
  return row ? Buffer.from(row.chunk) : Buffer.alloc(0);
}

/** Slugs and dates of public, published resources (sitemap). */
export async function listPublicResourceSlugs(db: Db, now: string): Promise<{ slug: string; updated_at: string }[]> {
  return db
    .selectFrom('resources')
    .select(['slug', 'updated_at'])
    .where('status', '=', 'published')
    .where('visibility', '=', 'public')
    .where('published_at', '<=', now)
    .orderBy('published_at', 'desc')
    .execute();
}

export async function insertResource(db: Db, row: NewResourceRow): Promise<number> {
  const { id } = await db.insertInto('resources').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateResourceRow(db: Db, id: number, values: Partial<NewResourceRow>): Promise<void> {
  await db.updateTable('resources').set(values).where('id', '=', id).execute();
}

export async function replaceResourceLinks(db: Db, resourceId: number, themeSlugs: string[], memberSlugs: string[]): Promise<void> {
  await db.deleteFrom('resource_themes').where('resource_id', '=', resourceId).execute();
  await db.deleteFrom('resource_members').where('resource_id', '=', resourceId).execute();
  if (themeSlugs.length) {
    const themes = await db.selectFrom('themes').select('id').where('slug', 'in', themeSlugs).execute();
    if (themes.length)
      await db
        .insertInto('resource_themes')
        .values(themes.map((t) => ({ resource_id: resourceId, theme_id: t.id })))
        .execute();
  }
  if (memberSlugs.length) {
    const members = await db.selectFrom('members').select('id').where('slug', 'in', memberSlugs).execute();
    if (members.length)
      await db
        .insertInto('resource_members')
        .values(members.map((m) => ({ resource_id: resourceId, member_id: m.id })))
        .execute();
  }
}

export async function insertAttachment(
  db: Db,
  row: { resource_id: number; media_id: number; title: string; position: number },
): Promise<number> {
  const { id } = await db.insertInto('resource_attachments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function slugExists(db: Db, slug: string): Promise<boolean> {
  return Boolean(await db.selectFrom('resources').select('id').where('slug', '=', slug).executeTakeFirst());
}

/** Every resource, newest first, for the back office. */
export async function listAllResources(db: Db): Promise<ResourceRow[]> {
  return db.selectFrom('resources').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

/** The territories of these resources (kind, code, name), unordered. */
export function listTerritoriesOfResources(db: Db, resourceIds: number[]) {
  return db
    .selectFrom('resource_territories as rt')
    .innerJoin('territories as t', (join) => join.onRef('t.kind', '=', 'rt.territory_kind').onRef('t.code', '=', 'rt.territory_code'))
    .select(['rt.resource_id', 't.kind', 't.code', 't.name'])
    .where('rt.resource_id', 'in', resourceIds)
    .execute();
}

export async function deleteResourceTerritories(db: Db, resourceId: number): Promise<void> {
  await db.deleteFrom('resource_territories').where('resource_id', '=', resourceId).execute();
}

export async function insertResourceTerritories(
  db: Db,
  rows: { resource_id: number; territory_kind: TerritoryKind; territory_code: string }[],
): Promise<void> {
  if (rows.length) await db.insertInto('resource_territories').values(rows).execute();
}

/** The slugs of a resource's themes, in the network's order. */
export async function listThemeSlugsOfResource(db: Db, resourceId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('resource_themes as rt')
    .innerJoin('themes as t', 't.id', 'rt.theme_id')
    .select('t.slug')
    .where('rt.resource_id', '=', resourceId)
    .orderBy('t.position')
    .execute();
  return rows.map((r) => r.slug);
}

/** The slugs of a resource's members, in slug order. */
export async function listMemberSlugsOfResource(db: Db, resourceId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('resource_members as rm')
    .innerJoin('members as m', 'm.id', 'rm.member_id')
    .select('m.slug')
    .where('rm.resource_id', '=', resourceId)
    .orderBy('m.slug')
    .execute();
  return rows.map((r) => r.slug);
}

/** Slugs and names of the members of these slugs (for the links of resources). */
export function listMemberNamesBySlugs(db: Db, slugs: string[]): Promise<{ slug: string; name: string }[]> {
  if (slugs.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').select(['slug', 'name']).where('slug', 'in', slugs).execute();
}

/** Every member's slug, name and folded name, to read names typed in a form. */
export function listMemberFoldedNames(db: Db): Promise<{ slug: string; name: string; name_folded: string }[]> {
  return db.selectFrom('members').select(['slug', 'name', 'name_folded']).execute();
}
