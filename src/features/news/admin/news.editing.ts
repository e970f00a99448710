/**
 * Writing news in the back office: a news item as a subject of the editorial workflow (`newsItems`,
 * revisions/revisions.workflow.ts), as profiles are edited; every version is a row of `revisions`.
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
import type { Db } from '../../../db/database.ts';
import { bumpContentVersion } from '../../../db/meta.repository.ts';
import { AppError } from '../../../errors.ts';
import { slugify } from '../../../shared/text.ts';
import { normalizeRichText } from '../../../shared/html.ts';
import type { Actor } from '../../accounts/accounts.public.ts';
import { findMediaInfo } from '../../media/media.public.ts';
import { indexNews } from '../../search/search.public.ts';
import { listNewsThemes } from '../../themes/themes.public.ts';
import { hashSnapshot, type NewsSnapshot } from '../news.content.ts';
import { canEditNews, canLinkMembers } from '../news.policy.ts';
import * as repo from '../news.repository.ts';
import type { NewsRow } from '../news.table.ts';
import { findMemberById } from '../../members/members.public.ts';
import {
  editable,
  latestPublished,
  queue,
  sameContent,
  saveDraft,
  takeOffline,
  type EditorialSubject,
  type Version,
} from '../../revisions/revisions.public.ts';

/** The live content of an item, as a revision stores it. */
export async function snapshotLive(db: Db, news: NewsRow): Promise<NewsSnapshot> {
  const members = await repo.listNewsMembers(db, news.id);
  const themes = await listNewsThemes(db, [news.id]);
  const media = news.image_id === null ? undefined : await findMediaInfo(db, { id: news.image_id });
  return {
    title: news.title,
    summary: news.summary,
    bodyHtml: news.body_html,
    publishedAt: news.published_at,
    image: media
      ? {
          mediaId: media.id,
          sha256: media.sha256,
          contentType: media.content_type,
          width: media.width,
          height: media.height,
          alt: news.image_alt ?? '',
        }
      : null,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** A news item in the editorial workflow. */
export const newsItems: EditorialSubject<NewsRow, NewsSnapshot> = {
  type: 'news',
  action: 'news',
  label: (news, snapshot) => `de l’actualité « ${snapshot?.title ?? news.title} »`,
  publishedSummary: (_news, snapshot) => `Actualité « ${snapshot.title} » publiée`,
  editPath: async (db, news) => {
    const owner = news.member_id === null ? undefined : await findMemberById(db, news.member_id);
    return owner ? `/admin/adherents/${owner.slug}/actualites/${news.id}` : `/admin/actualites/${news.id}`;
  },
  auditTarget: (news) => ({ type: 'news', id: news.id }),
  find: (db, id) => repo.findNewsById(db, id),
  id: (news) => news.id,
  // Only a published item has content online; a draft item's row follows its draft.
  live: async (db, news) => (news.status === 'published' ? snapshotLive(db, news) : null),
  liveDate: (news) => news.updated_at ?? news.published_at,
  hash: hashSnapshot,
  moderation: async (db, news) => (news.member_id === null ? null : ((await findMemberById(db, news.member_id))?.moderation ?? null)),
  assertCanEdit: async (db, actor, news, content) => {
    const current = await editableNews(db, news);
    if (!canEditNews(actor, news)) throw new AppError('forbidden', 'Votre compte ne permet pas de modifier cette actualité.');
    if (
      !canLinkMembers(
        actor,
        content.members.map((m) => m.id),
        current.content.members.map((m) => m.id),
      )
    ) {
      throw new AppError('forbidden', 'Votre compte ne permet de lier une actualité qu’à votre propre collectivité.');
    }
  },
  draftOf: (_news, content) => content,
  contentOf: (snapshot) => snapshot,
  comparable: (snapshot) => ({ ...snapshot, bodyHtml: normalizeRichText(snapshot.bodyHtml) }),
  // A never-published item shows its latest title in the back-office lists.
  afterDraft: async (db, news, content) => {
    if (news.status === 'draft')
      await repo.updateNewsRow(db, news.id, { title: content.title, summary: content.summary, body_html: content.bodyHtml });
  },
  publish: async (db, news, s, now) => {
    const nowIso = now.toISOString();
    const publishedAt = s.publishedAt ?? (news.status === 'published' ? news.published_at : nowIso);
    const wasOnline = news.status === 'published' && news.published_at <= nowIso;
    // A new address only for an item never online: one taken offline and put back keeps its links.
    const everPublished = news.status === 'published' || (await latestPublished(db, newsItems, news)) !== null;
    const live = await snapshotLive(db, news);
    const changed = !sameContent(newsItems, { ...live, publishedAt: null }, { ...s, publishedAt: null });
    // Links to members or themes deleted since the draft was written are dropped.
    const { memberIds, themeIds } = await repo.existingLinks(
      db,
      s.members.map((m) => m.id),
      s.themes.map((t) => t.id),
    );
    await repo.updateNewsRow(db, news.id, {
      title: s.title,
      summary: s.summary,
      body_html: s.bodyHtml,
      published_at: publishedAt,
      updated_at: wasOnline && changed && publishedAt <= nowIso ? nowIso : news.updated_at,
      image_id: s.image?.mediaId ?? null,
      image_alt: s.image?.alt ?? null,
      status: 'published',
      ...(everPublished ? {} : { slug: await repo.uniqueNewsSlug(db, slugify(s.title), news.id) }),
    });
    await repo.replaceNewsLinks(db, news.id, memberIds, themeIds);
    await indexNews(db, news.id);
    await bumpContentVersion(db);
    return { snapshot: { ...s, publishedAt }, note: publishedAt > nowIso ? ` (programmée pour le ${publishedAt.slice(0, 10)})` : '' };
  },
  takeOffline: async (db, news) => {
    await repo.updateNewsRow(db, news.id, { status: 'draft' });
    await indexNews(db, news.id);
    await bumpContentVersion(db);
    return `Actualité « ${news.title} » retirée de la publication.`;
  },
};

/** What the form starts from: the open draft, the waiting submission, the refused version, else the item's row. */
export async function editableNews(
  db: Db,
  news: NewsRow,
): Promise<{ content: NewsSnapshot; from: 'draft' | 'submitted' | 'rejected' | 'published'; revision: Version<NewsSnapshot> | null }> {
  const { content, from, revision } = await editable(db, newsItems, news);
  return { content: content ?? (await snapshotLive(db, news)), from, revision };
}

/** News submissions waiting for the network, oldest first. */
export async function newsModerationQueue(db: Db) {
  const waiting = await queue(db, newsItems);
  const owners = await repo.findNewsOwners(
    db,
    waiting.map((w) => w.row.id),
  );
  return waiting.map(({ revision, row }) => ({
    id: revision.id,
    news_id: row.id,
    created_at: revision.created_at,
    author: revision.author,
    member_name: owners.get(row.id)?.member_name ?? null,
    title: revision.snapshot.title,
  }));
}

/** Creates an item (status `draft`, not public) owned by a member (or by the network) with its first draft. */
export async function createNewsDraft(
  db: Db,
  actor: Actor,
  ownerId: number | null,
  content: NewsSnapshot,
  now = new Date(),
): Promise<{ newsId: number; revisionId: number }> {
  if (!canEditNews(actor, { member_id: ownerId }))
    throw new AppError('forbidden', 'Votre compte ne permet pas de modifier cette actualité.');
  if (
    !canLinkMembers(
      actor,
      content.members.map((m) => m.id),
      [],
    )
  )
    throw new AppError('forbidden', 'Votre compte ne permet de lier une actualité qu’à votre propre collectivité.');
  const newsId = await repo.insertNews(
    db,
    {
      slug: await repo.uniqueNewsSlug(db, slugify(content.title), null),
      title: content.title,
      summary: content.summary,
      body_html: content.bodyHtml,
      published_at: content.publishedAt ?? now.toISOString(),
      updated_at: null,
      is_demo: 0,
      status: 'draft',
      member_id: ownerId,
    },
    [],
  );
  // A new item is never online: its first draft is always kept.
  const revision = (await saveDraft(db, newsItems, actor, (await repo.findNewsById(db, newsId))!, content, now, { created: true }))!;
  return { newsId, revisionId: revision.id };
}

/**
 * Takes a published item offline: it becomes a draft again (out of every public page, feed and
 * search), its versions stay in the history, and submitting it again puts it back online (through
 * moderation when its member has it). Returns whether it was online.
 */
export const unpublishNews = (db: Db, actor: Actor, news: NewsRow, now = new Date()) => takeOffline(db, newsItems, actor, news, now);
