/**
 * Writing news in the back office, as profiles are edited (members.editing.ts): every version is a
 * row of `revisions` (subject `news`) holding a JSON snapshot.
 *
 *   draft ──submit──▶ submitted ──approve──▶ published
 *     │                   └──────reject───▶ rejected (with a comment the editor sees)
 *     └──submit (owning member in `direct` moderation, or an admin)──▶ published
 *
 * A new item exists at once as a `news` row in status `draft` (never public) so that it has an
 * address in the back office. Publishing writes the snapshot to the live row and links in the same
 * transaction, re-indexes the item for search and bumps the content version. A publication date in
 * the future schedules the item: it stays out of every public list until then.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { slugify } from '../../shared/text.ts';
import { audit } from '../accounts/accounts.audit.ts';
import { can, type Actor } from '../accounts/accounts.policy.ts';
import { findMediaInfo } from '../media/media.repository.ts';
import { indexNews } from '../search/search.index.ts';
import { listNewsThemes } from '../themes/themes.repository.ts';
import { hashSnapshot, type NewsSnapshot } from './news.content.ts';
import { canEditNews, canLinkMembers } from './news.policy.ts';
import * as repo from './news.repository.ts';
import type { NewsRow } from './news.table.ts';
import * as revisions from '../revisions/revisions.repository.ts';
import type { RevisionRow, RevisionState } from '../revisions/revisions.table.ts';

export interface NewsRevisionView extends Omit<RevisionRow, 'snapshot'> {
  news_id: number;
  snapshot: NewsSnapshot;
}

const subject = (newsId: number) => ({ type: 'news', id: newsId }) as const;
const parse = (row: RevisionRow): NewsRevisionView => ({ ...row, news_id: row.subject_id, snapshot: JSON.parse(row.snapshot) as NewsSnapshot });

/** A version of a news item (undefined for a version of something else). */
export async function findNewsRevision(db: Db, id: number): Promise<NewsRevisionView | undefined> {
  const row = await revisions.findRevision(db, id);
  return row?.subject_type === 'news' ? parse(row) : undefined;
}

async function openRevision(db: Db, newsId: number, state: RevisionState): Promise<NewsRevisionView | undefined> {
  const row = await revisions.latestRevision(db, subject(newsId), { state });
  return row ? parse(row) : undefined;
}

/** The submission of an item waiting for the network, if any. */
export const waitingSubmission = (db: Db, newsId: number) => openRevision(db, newsId, 'submitted');

/** The live content of an item, as a revision stores it. */
export async function snapshotLive(db: Db, news: NewsRow): Promise<NewsSnapshot> {
  const members = await db.selectFrom('news_members as nm').innerJoin('members as m', 'm.id', 'nm.member_id').select(['m.id', 'm.name']).where('nm.news_id', '=', news.id).orderBy('m.name_folded').execute();
  const themes = await listNewsThemes(db, [news.id]);
  const media = news.image_id === null ? undefined : await findMediaInfo(db, { id: news.image_id });
  return {
    title: news.title,
    summary: news.summary,
    bodyHtml: news.body_html,
    publishedAt: news.published_at,
    image: media ? { mediaId: media.id, sha256: media.sha256, contentType: media.content_type, width: media.width, height: media.height, alt: news.image_alt ?? '' } : null,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** The latest published revision of a published item (recording one from the live row when there is none yet). */
export async function latestPublishedNews(db: Db, news: NewsRow): Promise<NewsRevisionView | null> {
  const found = await openRevision(db, news.id, 'published');
  if (found || news.status !== 'published') return found ?? null;
  const snapshot = await snapshotLive(db, news);
  const id = await revisions.insertRevision(db, {
    subject_type: 'news', subject_id: news.id, created_at: news.updated_at ?? news.published_at, author: 'Contenu existant', author_id: null, origin: 'snapshot', state: 'published',
    content_hash: hashSnapshot(snapshot), snapshot: JSON.stringify(snapshot),
  });
  return (await findNewsRevision(db, id))!;
}

/** What the form starts from: the open draft, else the waiting submission, else the live item. */
export async function editableNews(db: Db, news: NewsRow): Promise<{ content: NewsSnapshot; from: 'draft' | 'submitted' | 'published'; revision: NewsRevisionView | null }> {
  const open = (await openRevision(db, news.id, 'draft')) ?? (await openRevision(db, news.id, 'submitted'));
  if (open) return { content: open.snapshot, from: open.state === 'draft' ? 'draft' : 'submitted', revision: open };
  return { content: await snapshotLive(db, news), from: 'published', revision: null };
}

/** The last refusal of an item, when nothing was published since. */
export function lastRejection(db: Db, newsId: number) {
  return revisions.lastRejection(db, subject(newsId));
}

export function newsHistory(db: Db, newsId: number) {
  return revisions.listHistory(db, subject(newsId));
}

/** News submissions waiting for the network, oldest first. */
export async function newsModerationQueue(db: Db) {
  const rows = await revisions.listSubmitted(db, 'news');
  const owners = await repo.findNewsOwners(db, [...new Set(rows.map((r) => r.subject_id))]);
  return rows.flatMap((r) => {
    const owner = owners.get(r.subject_id);
    if (!owner) return [];
    return [{ id: r.id, news_id: r.subject_id, created_at: r.created_at, author: r.author, member_name: owner.member_name, title: (JSON.parse(r.snapshot) as NewsSnapshot).title }];
  });
}

// --- writing ---------------------------------------------------------------------------------

function assertCanEdit(actor: Actor, news: Pick<NewsRow, 'member_id'>, content: NewsSnapshot, alreadyLinked: number[] = []): void {
  if (!canEditNews(actor, news)) throw new AppError('forbidden', 'Votre compte ne permet pas de modifier cette actualité.');
  if (!canLinkMembers(actor, content.members.map((m) => m.id), alreadyLinked)) throw new AppError('forbidden', 'Votre compte ne permet de lier une actualité qu’à votre propre collectivité.');
}

/** Creates an item (status `draft`, not public) owned by a member (or by the network) with its first draft. */
export async function createNewsDraft(db: Db, actor: Actor, ownerId: number | null, content: NewsSnapshot, now = new Date()): Promise<{ newsId: number; revisionId: number }> {
  assertCanEdit(actor, { member_id: ownerId }, content);
  const newsId = await repo.insertNews(db, {
    slug: await repo.uniqueNewsSlug(db, slugify(content.title), null),
    title: content.title, summary: content.summary, body_html: content.bodyHtml,
    published_at: content.publishedAt ?? now.toISOString(), updated_at: null, is_demo: 0, status: 'draft', member_id: ownerId,
  }, []);
  const revision = await saveNewsDraft(db, actor, (await repo.findNewsById(db, newsId))!, content, now, true);
  return { newsId, revisionId: revision.id };
}

/** Saves the item's open draft (creating it when there is none). */
export async function saveNewsDraft(db: Db, actor: Actor, news: NewsRow, content: NewsSnapshot, now = new Date(), created = false): Promise<NewsRevisionView> {
  assertCanEdit(actor, news, content, (await editableNews(db, news)).content.members.map((m) => m.id));
  const json = JSON.stringify(content);
  const draft = await openRevision(db, news.id, 'draft');
  let id: number;
  if (draft) {
    id = draft.id;
    await revisions.updateRevision(db, id, { snapshot: json, content_hash: hashSnapshot(content), created_at: now.toISOString(), author: actor.name, author_id: actor.id });
  } else {
    const base = await latestPublishedNews(db, news);
    id = await revisions.insertRevision(db, {
      subject_type: 'news', subject_id: news.id, created_at: now.toISOString(), author: actor.name, author_id: actor.id, origin: 'edit', state: 'draft',
      content_hash: hashSnapshot(content), snapshot: json, base_revision_id: base?.id ?? null,
    });
  }
  // A never-published item shows its latest title in the back-office lists.
  if (news.status === 'draft') await repo.updateNewsRow(db, news.id, { title: content.title, summary: content.summary, body_html: content.bodyHtml });
  await audit(db, actor, { action: created ? 'news.created' : 'news.draft_saved', target: { type: 'news', id: news.id }, summary: `Brouillon de l’actualité « ${content.title} » enregistré.` }, now);
  return (await findNewsRevision(db, id))!;
}

/** Submits: published at once for admins and members in `direct` moderation, else waits for the network. */
export async function submitNews(db: Db, actor: Actor, news: NewsRow, content: NewsSnapshot, now = new Date()): Promise<{ state: 'published' | 'submitted'; revisionId: number }> {
  const draft = await saveNewsDraft(db, actor, news, content, now);
  const previous = await openRevision(db, news.id, 'submitted');
  if (previous) {
    await revisions.updateRevision(db, previous.id, { state: 'rejected', reviewed_at: now.toISOString(), review_comment: 'Remplacée par une soumission plus récente.' });
  }
  await revisions.updateRevision(db, draft.id, { state: 'submitted' });
  await audit(db, actor, { action: 'news.submitted', target: { type: 'news', id: news.id }, summary: `Actualité « ${content.title} » soumise.` }, now);
  const owner = news.member_id === null ? undefined : await db.selectFrom('members').select('moderation').where('id', '=', news.member_id).executeTakeFirst();
  if (can(actor, 'network.admin') || owner?.moderation === 'direct') {
    await publishNewsRevision(db, actor, draft.id, now);
    return { state: 'published', revisionId: draft.id };
  }
  return { state: 'submitted', revisionId: draft.id };
}

/** Publishes a submitted revision: the live item takes its content and links. */
export async function publishNewsRevision(db: Db, actor: Actor, revisionId: number, now = new Date()): Promise<void> {
  const revision = await findNewsRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state !== 'submitted') throw new AppError('conflict', 'Cette version n’est plus en attente de validation : elle a déjà été traitée.');
  const news = (await repo.findNewsById(db, revision.news_id))!;
  const s = revision.snapshot;
  const nowIso = now.toISOString();
  const publishedAt = s.publishedAt ?? (news.status === 'published' ? news.published_at : nowIso);
  const wasOnline = news.status === 'published' && news.published_at <= nowIso;
  // A new address only for an item never online: one taken offline and put back keeps its links.
  const everPublished = news.status === 'published' || (await latestPublishedNews(db, news)) !== null;
  const live = await snapshotLive(db, news);
  const changed = hashSnapshot({ ...live, publishedAt: null }) !== hashSnapshot({ ...s, publishedAt: null });
  // Links to members or themes deleted since the draft was written are dropped.
  const memberIds = (await db.selectFrom('members').select('id').where('id', 'in', s.members.length ? s.members.map((m) => m.id) : [-1]).execute()).map((r) => r.id);
  const themeIds = (await db.selectFrom('themes').select('id').where('id', 'in', s.themes.length ? s.themes.map((t) => t.id) : [-1]).execute()).map((r) => r.id);
  await repo.updateNewsRow(db, news.id, {
    title: s.title, summary: s.summary, body_html: s.bodyHtml, published_at: publishedAt,
    updated_at: wasOnline && changed && publishedAt <= nowIso ? nowIso : news.updated_at,
    image_id: s.image?.mediaId ?? null, image_alt: s.image?.alt ?? null, status: 'published',
    ...(everPublished ? {} : { slug: await repo.uniqueNewsSlug(db, slugify(s.title), news.id) }),
  });
  await repo.replaceNewsLinks(db, news.id, memberIds, themeIds);
  const published: NewsSnapshot = { ...s, publishedAt };
  await revisions.updateRevision(db, revisionId, { state: 'published', snapshot: JSON.stringify(published), content_hash: hashSnapshot(published), reviewed_by: actor.id, reviewed_at: nowIso });
  await indexNews(db, news.id);
  await bumpContentVersion(db);
  const when = publishedAt > nowIso ? ` (programmée pour le ${publishedAt.slice(0, 10)})` : '';
  await audit(db, actor, { action: 'news.published', target: { type: 'news', id: news.id }, summary: `Actualité « ${s.title} » publiée${when}.` }, now);
}

/**
 * Takes a published item offline: it becomes a draft again (out of every public page, feed and
 * search), its versions stay in the history, and submitting it again puts it back online (through
 * moderation when its member has it). Returns whether it was online.
 */
export async function unpublishNews(db: Db, actor: Actor, news: NewsRow, now = new Date()): Promise<boolean> {
  if (news.status !== 'published') return false;
  await latestPublishedNews(db, news); // the live content is kept as a version before it goes offline
  await repo.updateNewsRow(db, news.id, { status: 'draft' });
  await indexNews(db, news.id);
  await bumpContentVersion(db);
  await audit(db, actor, { action: 'news.unpublished', target: { type: 'news', id: news.id }, summary: `Actualité « ${news.title} » retirée de la publication.` }, now);
  return true;
}

export async function rejectNewsRevision(db: Db, actor: Actor, revisionId: number, comment: string, now = new Date()): Promise<void> {
  const text = comment.trim();
  if (!text) throw new InvalidInput(['Commentaire : expliquez au rédacteur pourquoi l’actualité est refusée et ce qu’il faut changer.']);
  if (text.length > 2000) throw new InvalidInput(['Commentaire : 2 000 caractères au plus.']);
  const revision = await findNewsRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state !== 'submitted') throw new AppError('conflict', 'Cette version n’est plus en attente de validation : elle a déjà été traitée.');
  await revisions.updateRevision(db, revisionId, { state: 'rejected', reviewed_by: actor.id, reviewed_at: now.toISOString(), review_comment: text });
  await audit(db, actor, { action: 'news.rejected', target: { type: 'news', id: revision.news_id }, summary: `Actualité « ${revision.snapshot.title} » refusée : ${text.slice(0, 200)}` }, now);
}

/** Publishes an earlier version again, as a new version (admins only). */
export async function restoreNewsRevision(db: Db, actor: Actor, revisionId: number, now = new Date()): Promise<number> {
  if (!can(actor, 'network.admin')) throw new AppError('forbidden', 'Seule l’équipe du réseau peut restaurer une version.');
  const revision = await findNewsRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  const snapshot = revision.snapshot;
  const id = await revisions.insertRevision(db, {
    subject_type: 'news', subject_id: revision.news_id, created_at: now.toISOString(), author: actor.name, author_id: actor.id, origin: 'restore', state: 'submitted',
    content_hash: hashSnapshot(snapshot), snapshot: JSON.stringify(snapshot), base_revision_id: revision.id,
  });
  await publishNewsRevision(db, actor, id, now);
  await audit(db, actor, { action: 'news.restored', target: { type: 'news', id: revision.news_id }, summary: `Version n° ${revision.id} de l’actualité « ${snapshot.title} » restaurée (nouvelle version n° ${id}).` }, now);
  return id;
}
