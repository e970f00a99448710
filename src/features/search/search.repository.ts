/**
 * The index's SQL outside the engines (engine/): writing and removing documents, and reading what a
 * document is made of. The index reads the members', news' and resources' tables itself, so that
 * those features can index their writes without search depending on them.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Visibility } from './search.table.ts';
import type { DocType, NewSearchDocument } from './search.table.ts';

/** Replaces the document of (doc_type, doc_id). */
export async function replaceDocument(db: Db, doc: NewSearchDocument): Promise<void> {
  await db.deleteFrom('search_documents').where('doc_type', '=', doc.doc_type).where('doc_id', '=', doc.doc_id).execute();
  await db.insertInto('search_documents').values(doc).execute();
}

export async function deleteDocument(db: Db, docType: DocType, docId: number): Promise<void> {
  await db.deleteFrom('search_documents').where('doc_type', '=', docType).where('doc_id', '=', docId).execute();
}

export async function deleteAllDocuments(db: Db): Promise<void> {
  await db.deleteFrom('search_documents').execute();
}

/** The theme tokens of an indexed document, or undefined when it is not indexed. */
export async function findIndexedThemes(db: Db, docType: DocType, docId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('search_documents')
    .select('themes')
    .where('doc_type', '=', docType)
    .where('doc_id', '=', docId)
    .executeTakeFirst();
  return row?.themes;
}

/** A member and the text of its sections, in order. */
export async function findMemberToIndex(db: Db, memberId: number) {
  const member = await db.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirst();
  if (!member) return undefined;
  const sections = await db
    .selectFrom('member_sections')
    .select(['heading', 'body_html'])
    .where('member_id', '=', memberId)
    .orderBy('position')
    .execute();
  return { member, sections };
}

/** A news item and its members (name, kind, région), in alphabetical order. */
export async function findNewsToIndex(db: Db, newsId: number) {
  const news = await db.selectFrom('news').selectAll().where('id', '=', newsId).executeTakeFirst();
  if (!news) return undefined;
  const members = await db
    .selectFrom('news_members as nm')
    .innerJoin('members as m', 'm.id', 'nm.member_id')
    .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .select(['m.name', 'm.kind', 't.region_code'])
    .where('nm.news_id', '=', newsId)
    .orderBy('m.name_folded')
    .execute();
  return { news, members };
}

/** A resource and the name of its type. */
export async function findResourceToIndex(db: Db, resourceId: number) {
  const resource = await db.selectFrom('resources').selectAll().where('id', '=', resourceId).executeTakeFirst();
  if (!resource) return undefined;
  const type = await db.selectFrom('resource_types').select('name').where('slug', '=', resource.type).executeTakeFirst();
  return { resource, typeName: type?.name ?? '' };
}

/** Every document to index, with its date (members, news, resources). */
export async function listIndexable(db: Db) {
  const [members, news, resources] = await Promise.all([
    db.selectFrom('members').select(['id', 'content_updated_at as date']).execute(),
    db.selectFrom('news').select(['id', 'published_at as date']).execute(),
    db.selectFrom('resources').select(['id', 'published_at as date']).execute(),
  ]);
  return { members, news, resources };
}

/** The members of news items (slug, name), in alphabetical order, for search results. */
export function listNewsMemberLinks(db: Db, newsIds: number[]): Promise<{ news_id: number; slug: string; name: string }[]> {
  if (newsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('news_members as nm')
    .innerJoin('members as m', 'm.id', 'nm.member_id')
    .select(['nm.news_id', 'm.slug', 'm.name'])
    .where('nm.news_id', 'in', newsIds)
    .orderBy('m.name_folded')
    .execute();
}

/** Published items of a table whose date is in (`sinceIso`, `nowIso`] and that the index lacks, by id. */
export async function listDueUnindexed(
  db: Db,
  table: 'news' | 'resources',
  docType: DocType,
  nowIso: string,
  sinceIso: string,
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    SELECT c.id FROM ${sql.table(table)} c
    WHERE c.status = 'published' AND c.published_at <= ${nowIso} AND c.published_at > ${sinceIso}
      AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.doc_type = ${docType} AND d.doc_id = c.id)
    ORDER BY c.id`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** Published news or resources whose date has not come: what the scheduler will index when it does. */
export async function countScheduled(db: Db, table: 'news' | 'resources', nowIso: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM ${sql.table(table)} c WHERE c.status = 'published' AND c.published_at > ${nowIso}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The theme ids of a news item or a resource. */
export async function listOwnThemeIds(db: Db, docType: 'news' | 'resource', docId: number): Promise<number[]> {
  const rows =
    docType === 'news'
      ? await db.selectFrom('news_themes').select('theme_id').where('news_id', '=', docId).execute()
      : await db.selectFrom('resource_themes').select('theme_id').where('resource_id', '=', docId).execute();
  return rows.map((r) => r.theme_id);
}

/** Members' theme links through their published news (public) and resources (with their visibility). */
export async function listMemberThemeLinks(
  db: Db,
  memberIds: number[],
  nowIso: string,
): Promise<{ member_id: number; theme_id: number; visibility: Visibility }[]> {
  const news = await db
    .selectFrom('news_members as nm')
    .innerJoin('news as n', 'n.id', 'nm.news_id')
    .innerJoin('news_themes as nt', 'nt.news_id', 'nm.news_id')
    .select(['nm.member_id', 'nt.theme_id'])
    .where('nm.member_id', 'in', memberIds)
    .where('n.status', '=', 'published')
    .where('n.published_at', '<=', nowIso)
    .execute();
  const resources = await db
    .selectFrom('resource_members as rm')
    .innerJoin('resources as r', 'r.id', 'rm.resource_id')
    .innerJoin('resource_themes as rt', 'rt.resource_id', 'rm.resource_id')
    .select(['rm.member_id', 'rt.theme_id', 'r.visibility'])
    .where('rm.member_id', 'in', memberIds)
    .where('r.status', '=', 'published')
    .where('r.published_at', '<=', nowIso)
    .execute();
  return [...news.map((n) => ({ ...n, visibility: 'public' as const })), ...resources];
}

/** The members linked to a news item or a resource. */
export async function listLinkedMemberIds(db: Db, docType: 'news' | 'resource', docId: number): Promise<number[]> {
  const rows =
    docType === 'news'
      ? await db.selectFrom('news_members').select('member_id').where('news_id', '=', docId).execute()
      : await db.selectFrom('resource_members').select('member_id').where('resource_id', '=', docId).execute();
  return rows.map((r) => r.member_id);
}

/** Indexed members holding one of these themes, whatever the visibility of the link. */
export async function listMembersHoldingThemes(db: Db, themeIds: number[]): Promise<number[]> {
  if (themeIds.length === 0) return [];
  const patterns = themeIds.flatMap((id) => [`% ${id} %`, `% ${id}:%`]);
  const rows = await db
    .selectFrom('search_documents as d')
    .select('d.doc_id')
    .where('d.doc_type', '=', 'member')
    .where((eb) => eb.or(patterns.map((p) => eb(sql`' ' || d.themes || ' '`, 'like', p))))
    .execute();
  return rows.map((r) => r.doc_id);
}

/** The indexed theme tokens of these members. */
export function listMemberDocumentThemes(db: Db, memberIds: number[]): Promise<{ doc_id: number; themes: string }[]> {
  return db
    .selectFrom('search_documents')
    .select(['doc_id', 'themes'])
    .where('doc_type', '=', 'member')
    .where('doc_id', 'in', memberIds)
    .execute();
}

export async function setMemberDocumentThemes(db: Db, memberId: number, tokens: string): Promise<void> {
  await db
    .updateTable('search_documents')
    .set({ themes: tokens })
    .where('doc_type', '=', 'member')
    .where('doc_id', '=', memberId)
    .execute();
}

/** The stemmed title and body of some documents (not their plain text). */
export function listStemmedText(db: Db, ids: number[]) {
  return db.selectFrom('search_documents').select(['id', 'title_stems', 'body_stems']).where('id', 'in', ids).execute();
}

/** What a result shows of some documents, unordered. */
export function listHitRows(db: Db, ids: number[]) {
  return db
    .selectFrom('search_documents as d')
    .select([
      'd.id',
      'd.doc_type as docType',
      'd.doc_id as docId',
      'd.slug',
      'd.title',
      'd.body',
      'd.date',
      'd.member_kind as memberKind',
      'd.region_code as regionCode',
      'd.year',
    ])
    .where('d.id', 'in', ids)
    .execute();
}

/** The names of the indexed members these visibilities allow. */
export function listMemberTitles(db: Db, visibilities: Visibility[]): Promise<{ title: string }[]> {
  return db
    .selectFrom('search_documents')
    .select('title')
    .where('doc_type', '=', 'member')
    .where('visibility', 'in', visibilities)
    .execute();
}
