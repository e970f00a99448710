/**
 * Keeps the search index in step with the content: each write of a member, a news item or a
 * resource re-indexes it in the same transaction. A news item or a resource also brings along the
 * themes of the members it gives or took themes to (search.themes.ts). `rebuildSearchIndex`
 * rebuilds everything, in batches.
 */
import type { Db } from '../../db/database.ts';
import { htmlToText } from '../../shared/html.ts';
import { resolveTerritory } from '../territories/territories.public.ts';
import { stemsOf } from './engine/search.text.ts';
import * as repo from './search.repository.ts';
import type { DocType, NewSearchDocument } from './search.table.ts';
import { memberThemeTokens, ownThemeTokens, refreshMemberThemes } from './search.themes.ts';

async function replaceDocument(db: Db, doc: Omit<NewSearchDocument, 'title_stems' | 'body_stems'>): Promise<void> {
  await repo.replaceDocument(db, { ...doc, title_stems: stemsOf(doc.title), body_stems: stemsOf(doc.body) });
}

/** Removes a document from the index. */
export async function unindex(db: Db, docType: DocType, docId: number): Promise<void> {
  await repo.deleteDocument(db, docType, docId);
}

/** The themes a news item or a resource has in the index now ('' when it is not indexed). */
async function indexedThemes(db: Db, docType: 'news' | 'resource', docId: number): Promise<string> {
  return (await repo.findIndexedThemes(db, docType, docId)) ?? '';
}

/** (Re)indexes a member: its name, territory names and the text of its sections. */
export async function indexMember(db: Db, memberId: number): Promise<void> {
  const found = await repo.findMemberToIndex(db, memberId);
  if (!found) return unindex(db, 'member', memberId);
  const { member, sections } = found;
  const place = await resolveTerritory(db, member.territory_kind, member.territory_code);
  const places = [place?.territory.name, place?.departement?.name, place?.region?.name].filter(Boolean).join(' · ');
  const text = sections.map((s) => `${s.heading ?? ''}\n${htmlToText(s.body_html)}`).join('\n');
  await replaceDocument(db, {
    doc_type: 'member',
    doc_id: member.id,
    slug: member.slug,
    title: member.name,
    body: `${places}\n${text}`.trim(),
    member_kind: member.kind,
    region_code: place?.territory.region_code ?? null,
    year: Number(member.content_updated_at.slice(0, 4)),
    date: member.content_updated_at,
    visibility: 'public',
    themes: (await memberThemeTokens(db, [member.id])).get(member.id) ?? '',
  });
}

/** (Re)indexes a news item: title, summary, body, and the names of its members. */
export async function indexNews(db: Db, newsId: number): Promise<void> {
  const previous = await indexedThemes(db, 'news', newsId);
  await writeNews(db, newsId);
  await refreshMemberThemes(db, 'news', newsId, previous);
}

async function writeNews(db: Db, newsId: number): Promise<void> {
  const found = await repo.findNewsToIndex(db, newsId);
  // Drafts and scheduled items are not searchable; the scheduler indexes an item when its date comes.
  if (!found || found.news.status !== 'published' || found.news.published_at > new Date().toISOString()) return unindex(db, 'news', newsId);
  const { news, members } = found;
  await replaceDocument(db, {
    doc_type: 'news',
    doc_id: news.id,
    slug: news.slug,
    title: news.title,
    body: `${news.summary}\n${htmlToText(news.body_html)}\n${members.map((m) => m.name).join(' · ')}`.trim(),
    member_kind: members[0]?.kind ?? null,
    region_code: members[0]?.region_code ?? null,
    year: Number(news.published_at.slice(0, 4)),
    date: news.published_at,
    visibility: 'public',
    themes: await ownThemeTokens(db, 'news', news.id),
  });
}

/** Rebuilds the whole index; `onProgress(done, total)` after each batch. */
export async function rebuildSearchIndex(db: Db, onProgress?: (done: number, total: number) => void, batch = 500): Promise<number> {
  const { members, news, resources } = await repo.listIndexable(db);
  // Oldest first: search reads the most recently indexed matches first (search.bounded.ts), so
  // after a rebuild, as after everyday writes, that order is the order of the documents' dates.
  const jobs = [
    ...members.map((m) => ({ date: m.date, run: (trx: Db) => indexMember(trx, m.id) })),
    ...news.map((n) => ({ date: n.date, run: (trx: Db) => indexNews(trx, n.id) })),
    ...resources.map((r) => ({ date: r.date ?? '', run: (trx: Db) => indexResource(trx, r.id) })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((job) => job.run);
  await repo.deleteAllDocuments(db);
  for (let i = 0; i < jobs.length; i += batch) {
    await db.transaction().execute(async (trx) => {
      for (const job of jobs.slice(i, i + batch)) await job(trx);
    });
    onProgress?.(Math.min(i + batch, jobs.length), jobs.length);
  }
  return jobs.length;
}

/**
 * (Re)indexes a resource with its visibility (the search policy filters on it): title, type,
 * series, summary, body. Drafts and resources not yet published are not searchable.
 */
export async function indexResource(db: Db, resourceId: number): Promise<void> {
  const previous = await indexedThemes(db, 'resource', resourceId);
  await writeResource(db, resourceId);
  await refreshMemberThemes(db, 'resource', resourceId, previous);
}

async function writeResource(db: Db, resourceId: number): Promise<void> {
  const found = await repo.findResourceToIndex(db, resourceId);
  const resource = found?.resource;
  if (!resource || resource.status !== 'published' || !resource.published_at || resource.published_at > new Date().toISOString())
    return unindex(db, 'resource', resourceId);
  const series = resource.series ? `${resource.series}${resource.number !== null ? ` n°${resource.number}` : ''}` : '';
  await replaceDocument(db, {
    doc_type: 'resource',
    doc_id: resource.id,
    slug: resource.slug,
    title: resource.title,
    body: `${found.typeName} ${series}\n${resource.summary}\n${htmlToText(resource.body_html)}`.trim(),
    member_kind: null,
    region_code: null,
    year: Number(resource.published_at.slice(0, 4)),
    date: resource.published_at,
    visibility: resource.visibility,
    themes: await ownThemeTokens(db, 'resource', resource.id),
  });
}
