/**
 * Resource centre: writing resources (sanitized body, links, attachments, search index) and reading
 * them through the policy, so that every surface shows a viewer the same thing.
 */
import { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError } from '../../errors.ts';
import { sanitizeRichText } from '../../shared/html.ts';
import { slugify } from '../../shared/text.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { attachmentProblem, storeAttachment, type Upload } from '../media/media.public.ts';
import { indexResource } from '../search/search.public.ts';
import * as repo from './resources.repository.ts';
import { listableVisibilities, resourceAccess, type ResourceAccess } from './resources.policy.ts';
import type { ResourceRow, ResourceVisibility } from './resources.table.ts';
import { listResourceTypes } from './resources.types.ts';
import { listResourceTerritories, parseTerritoryKey, replaceResourceTerritories, type LinkedTerritory } from './resources.territories.ts';

export interface ResourceInput {
  slug?: string | undefined;
  title: string;
  /** Slug of a resource type (resources.types.ts). */
  type: string;
  series?: string | null | undefined;
  number?: number | null | undefined;
  summary: string;
  bodyHtml: string;
  visibility: ResourceVisibility;
  status?: 'draft' | 'published' | undefined;
  /** ISO date or date-time; defaults to now when published. */
  publishedAt?: string | null | undefined;
  themeSlugs?: string[] | undefined;
  memberSlugs?: string[] | undefined;
  /** Keys of territories (resources.territories.ts); left as they are when undefined. */
  territoryCodes?: string[] | undefined;
  attachments?: { title: string; upload: Upload }[] | undefined;
  isDemo?: boolean | undefined;
}

export interface ResourceAttachmentItem {
  id: number;
  title: string;
  contentType: string;
  byteSize: number;
  url: string;
}

/** A resource as a viewer may see it: for a teaser, `body_html` is empty and `attachments` is empty. */
export interface ResourceItem extends Pick<
  ResourceRow,
  'id' | 'slug' | 'title' | 'type' | 'series' | 'number' | 'summary' | 'body_html' | 'visibility' | 'updated_at'
> {
  /** Published resources only: never null here. */
  published_at: string;
  /** The type's name ("Fiche initiative"). */
  typeName: string;
  access: Exclude<ResourceAccess, 'none'>;
  themes: { slug: string; name: string }[];
  members: { slug: string; name: string }[];
  territories: LinkedTerritory[];
  attachments: ResourceAttachmentItem[];
  is_demo: boolean;
}

function toIso(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T08:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new AppError('bad_request', `published_at : « ${value} » n’est pas une date valide.`);
  return date.toISOString();
}

/** Creates a resource with its links and attachments, indexed and visible at once. */
export async function createResource(db: Db, input: ResourceInput, userId: number | null = null, now = new Date()): Promise<number> {
  const slug = input.slug ?? slugify(input.title);
  if (await repo.slugExists(db, slug)) throw new AppError('conflict', `slug : l’adresse « ${slug} » est déjà prise.`);
  const status = input.status ?? 'published';
  const id = await repo.insertResource(db, {
    slug,
    title: input.title,
    type: input.type,
    series: input.series || null,
    number: input.number ?? null,
    summary: input.summary,
    body_html: sanitizeRichText(input.bodyHtml),
    visibility: input.visibility,
    status,
    published_at: input.publishedAt ? toIso(input.publishedAt) : status === 'published' ? now.toISOString() : null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    is_demo: input.isDemo ? 1 : 0,
  });
  await repo.replaceResourceLinks(db, id, input.themeSlugs ?? [], input.memberSlugs ?? []);
  if (input.territoryCodes) await replaceResourceTerritories(db, id, input.territoryCodes);
  for (const [position, attachment] of (input.attachments ?? []).entries()) await addAttachment(db, id, attachment, userId, position);
  await indexResource(db, id);
  await bumpContentVersion(db);
  return id;
}

/** Updates a resource's fields and links (attachments are added separately). */
export async function updateResource(db: Db, id: number, input: ResourceInput, now = new Date()): Promise<void> {
  const status = input.status ?? 'published';
  const current = await repo.findResourceById(db, id);
  if (!current) throw new AppError('not_found', 'Cette ressource n’existe pas.');
  await repo.updateResourceRow(db, id, {
    title: input.title,
    type: input.type,
    series: input.series || null,
    number: input.number ?? null,
    summary: input.summary,
    body_html: sanitizeRichText(input.bodyHtml),
    visibility: input.visibility,
    status,
    published_at: input.publishedAt
      ? toIso(input.publishedAt)
      : status === 'published'
        ? (current.published_at ?? now.toISOString())
        : current.published_at,
    updated_at: now.toISOString(),
  });
  await repo.replaceResourceLinks(db, id, input.themeSlugs ?? [], input.memberSlugs ?? []);
  if (input.territoryCodes) await replaceResourceTerritories(db, id, input.territoryCodes);
  await indexResource(db, id);
  await bumpContentVersion(db);
}

/**
 * Stores a checked file and attaches it (online at once when the resource is: files are not
 * versioned); throws a 400 with the reason when the file is refused.
 */
export async function addAttachment(
  db: Db,
  resourceId: number,
  attachment: { title: string; upload: Upload },
  userId: number | null,
  position = 0,
): Promise<number> {
  const problem = attachmentProblem(attachment.upload);
  if (problem) throw new AppError('bad_request', problem);
  const media = await storeAttachment(db, attachment.upload, userId);
  const id = await repo.insertAttachment(db, {
    resource_id: resourceId,
    media_id: media.id,
    title: attachment.title || media.filename,
    position,
  });
  await bumpContentVersion(db);
  return id;
}

async function present(db: Db, rows: ResourceRow[], actor: Actor | null, withAttachments: boolean): Promise<ResourceItem[]> {
  const ids = rows.map((r) => r.id);
  const [themes, members, types] = await Promise.all([
    repo.listResourceThemes(db, ids),
    repo.listResourceMembers(db, ids),
    listResourceTypes(db),
  ]);
  const territories = await listResourceTerritories(db, ids);
  const typeNames = new Map(types.map((t) => [t.slug, t.name]));
  const items: ResourceItem[] = [];
  for (const row of rows) {
    const access = resourceAccess(actor, row.visibility);
    if (access === 'none') continue;
    const attachments = withAttachments && access === 'full' ? await repo.listAttachments(db, row.id) : [];
    items.push({
      id: row.id,
      slug: row.slug,
      title: row.title,
      type: row.type,
      series: row.series,
      number: row.number,
      summary: row.summary,
      body_html: access === 'full' ? row.body_html : '',
      visibility: row.visibility,
      published_at: row.published_at!,
      updated_at: row.updated_at,
      typeName: typeNames.get(row.type) ?? row.type,
      access,
      is_demo: row.is_demo === 1,
      themes: themes.filter((t) => t.resource_id === row.id).map(({ slug, name }) => ({ slug, name })),
      members: members.filter((m) => m.resource_id === row.id).map(({ slug, name }) => ({ slug, name })),
      territories: territories.get(row.id) ?? [],
      attachments: attachments.map((a) => ({
        id: a.id,
        title: a.title,
        contentType: a.content_type,
        byteSize: a.byte_size,
        url: `/ressources/${row.slug}/fichiers/${a.id}`,
      })),
    });
  }
  return items;
}

export interface ResourceQuery {
  type?: string | undefined;
  theme?: string | undefined;
  series?: string | undefined;
  year?: number | undefined;
  visibility?: ResourceVisibility | undefined;
  /** A territory key (resources.territories.ts). */
  territory?: string | undefined;
  /** Only the resources linked to this member. */
  memberId?: number | undefined;
  sort?: 'date' | 'title' | undefined;
  page: number;
  pageSize: number;
  /** Lists the files of the resources the viewer may read (the API does; the pages do not). */
  withAttachments?: boolean | undefined;
  /** Whether to read the filter choices (series, years): the list page shows them, a profile or a territory page does not [true]. */
  withChoices?: boolean | undefined;
}

export interface ResourcePage {
  items: ResourceItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Choices of the filters, from the resources this viewer may list. */
  series: string[];
  years: number[];
}

function territoryFilter(key: string | undefined) {
  if (key === undefined) return undefined;
  const parsed = parseTerritoryKey(key);
  if (!parsed)
    throw new AppError(
      'bad_request',
      `territoire : « ${key.slice(0, 40)} » n’est pas un code de territoire (par exemple departement-86, 200069854, 86194).`,
    );
  return parsed;
}

/** A page of resources as `actor` may list them (teasers for what they may not read). */
export async function getResourcePage(db: Db, actor: Actor | null, q: ResourceQuery, now = new Date()): Promise<ResourcePage> {
  const base = { visibilities: listableVisibilities(actor), now: now.toISOString() };
  const filters = {
    ...base,
    type: q.type,
    themeSlug: q.theme,
    series: q.series,
    year: q.year,
    visibility: q.visibility,
    territory: territoryFilter(q.territory),
    memberId: q.memberId,
  };
  const { rows, total } = await repo.listResources(db, filters, {
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
    sort: q.sort ?? 'date',
  });
  const sources = q.withChoices === false ? [] : await repo.listFacetSources(db, base);
  return {
    items: await present(db, rows, actor, q.withAttachments ?? false),
    total,
    page: q.page,
    pageCount: Math.max(1, Math.ceil(total / q.pageSize)),
    series: [...new Set(sources.map((s) => s.series).filter((s): s is string => Boolean(s)))].sort((a, b) => a.localeCompare(b, 'fr')),
    years: [...new Set(sources.map((s) => Number(s.published_at!.slice(0, 4))))].sort((a, b) => b - a),
  };
}

/** One resource as `actor` may see it, or undefined when it does not exist for them. */
export async function getResource(db: Db, actor: Actor | null, slug: string, now = new Date()): Promise<ResourceItem | undefined> {
  const row = await repo.findPublishedResource(db, slug, now.toISOString());
  if (!row) return undefined;
  return (await present(db, [row], actor, true))[0];
}

/** An attachment's bytes when `actor` may read the resource; `teaser` when they may only see its summary. */
export async function getAttachment(db: Db, actor: Actor | null, slug: string, attachmentId: number, now = new Date()) {
  const row = await repo.findPublishedResource(db, slug, now.toISOString());
  const access = row ? resourceAccess(actor, row.visibility) : 'none';
  if (!row || access === 'none') return { access: 'none' as const };
  const file = await repo.findAttachmentFile(db, row.id, attachmentId);
  if (!file) return { access: 'none' as const };
  if (access === 'teaser') return { access: 'teaser' as const };
  return {
    access: 'full' as const,
    visibility: row.visibility,
    file,
    stream: () => Readable.from(mediaChunks(db, file.media_id, file.byte_size)),
  };
}

/** Bytes read per query when a file is sent: memory stays bounded whatever the file's size. */
export const DOWNLOAD_CHUNK_BYTES = 256 * 1024;

/** A stored file's bytes, slice by slice. */
export async function* mediaChunks(db: Db, mediaId: number, byteSize: number, chunk = DOWNLOAD_CHUNK_BYTES): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < byteSize; offset += chunk) {
    const bytes = await repo.readMediaChunk(db, mediaId, offset, chunk);
    if (bytes.length === 0) return;
    yield bytes;
  }
}
