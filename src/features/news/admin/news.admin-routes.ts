/**
 * Back-office routes of news. Two families share the same handlers:
 * - `/admin/adherents/:slug/actualites…` for a member's editors (and admins), checked by the member
 *   in the URL like the profile editor;
 * - `/admin/actualites…` for the network's staff: every item, any members and themes (restoring a
 *   version and reviewing a submission: news.admin-review-routes.ts).
 * The forms are multipart (the image), read by @fastify/multipart registered for these routes only.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../db/database.ts';
import { AppError, InvalidInput, notFound } from '../../../errors.ts';
import { protectedRoute, type Access } from '../../../web/auth.ts';
import { CompareQuery, IdParams, MessageQuery } from '../../../web/route-schemas.ts';
import type { AppContext } from '../../../web/context.ts';
import { field } from '../../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { intParam } from '../../../web/query.ts';
import { Type } from 'typebox';
import { can, type Actor } from '../../accounts/accounts.public.ts';
import { MAX_IMAGE_BYTES } from '../../media/media.public.ts';
import { memberAccess } from '../../members/members.public.ts';
import type { MemberRow } from '../../members/members.public.ts';
import { listThemeLinks, listThemes } from '../../themes/themes.public.ts';
import { normalizeNewsInput, type NewsSnapshot } from '../news.content.ts';
import { diffNews } from './news.diff.ts';
import { createNewsDraft, editableNews, newsItems, unpublishNews } from './news.editing.ts';
import { formValuesOfNews, readNewsForm, readUpload } from './news.form.ts';
import { NewsAdminListPage, NewsEditPage, type NewsFormValues, type NewsListRow } from './news.admin-pages.tsx';
import { NewsComparePage, NewsHistoryPage } from './news.admin-history-pages.tsx';
import { NewsPage } from '../news.pages.tsx';
import { findNewsById, listNewsForAdmin } from '../news.repository.ts';
import { workflow } from '../../revisions/revisions.public.ts';
import { publishesDirectly } from '../../revisions/revisions.public.ts';
import { findMemberById, listMemberLinks, listMemberNames } from '../../members/members.public.ts';
import { deliverMail } from '../../mail/mail.public.ts';
import type { NewsItem } from '../news.service.ts';
import type { NewsRow } from '../news.table.ts';
import { mediaUrl } from '../../media/media.public.ts';

const NOTICES: Record<string, string> = {
  brouillon: 'Brouillon enregistré. Il n’est visible que dans l’espace adhérents.',
  soumis: 'Actualité soumise : l’équipe du réseau va la relire avant sa mise en ligne.',
  publie: 'Actualité publiée.',
  inchange: 'Aucune modification : le contenu est celui qui est en ligne, aucune version n’a été créée.',
  restaure: 'Version restaurée et publiée.',
  depublie: 'Actualité retirée de la publication : elle n’apparaît plus sur le site. Soumettez-la à nouveau pour la remettre en ligne.',
};

/** News per page of the back-office lists. */
const ADMIN_PAGE_SIZE = 50;

/** Where a family of routes lives and who may use it. */
export interface Scope {
  member: MemberRow | null;
  base: string;
}

export function registerNewsAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  // Encapsulated: only these routes accept multipart bodies.
  void app.register(async (scoped) => {
    await scoped.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile: readUpload,
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 200, fieldSize: 400_000, parts: 210 },
    });
    // The guard has found the member of the URL (memberAccess gives it as a MemberRow).
    registerFamily(scoped, ctx, db, memberAccess(db, 'member.edit'), '/admin/adherents/:slug/actualites', (found) => {
      const member = found as MemberRow;
      return { member, base: `/admin/adherents/${member.slug}/actualites` };
    });
    registerFamily(scoped, ctx, db, { permission: 'network.admin' }, '/admin/actualites', () => ({
      member: null,
      base: '/admin/actualites',
    }));
  });
}

function newsIdOf(id: string): number {
  if (!/^\d{1,9}$/.test(id)) throw notFound('Cette actualité n’existe pas.');
  return Number(id);
}

export async function loadNews(db: Db, id: string, scope: Scope): Promise<NewsRow> {
  const news = await findNewsById(db, newsIdOf(id));
  // In a member's space, only that member's items exist.
  if (!news || (scope.member && news.member_id !== scope.member.id)) throw notFound('Cette actualité n’existe pas.');
  return news;
}

function registerFamily(
  app: FastifyInstance,
  ctx: AppContext,
  db: Db,
  access: Access,
  url: string,
  scopeOf: (member: unknown) => Scope,
): void {
  const notice = (query: { message?: string | undefined }) => NOTICES[query.message ?? ''];

  protectedRoute(app, ctx, {
    method: 'GET',
    url,
    access,
    schema: { querystring: Type.Object({ message: Type.Optional(Type.String()), page: Type.Optional(Type.String()) }) },
    handler: async ({ request, reply, member, query }) => {
      const scope = scopeOf(member);
      const page = intParam(query, 'page', { min: 1, max: 100_000 }) ?? 1;
      const { rows, total } = await listNewsForAdmin(db, {
        ...(scope.member ? { memberId: scope.member.id } : {}),
        limit: ADMIN_PAGE_SIZE,
        offset: (page - 1) * ADMIN_PAGE_SIZE,
      });
      const text = notice(query);
      return sendPrivatePage(
        reply,
        h(NewsAdminListPage, {
          frame: await frameOf(ctx, request, reply),
          heading: scope.member ? `Actualités de ${scope.member.name}` : 'Actualités du réseau',
          base: scope.base,
          rows: rows as NewsListRow[],
          total,
          page,
          pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
          showMember: scope.member === null,
          ...(text ? { notice: text } : {}),
        }),
      );
    },
  });

  const editPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    scope: Scope,
    news: NewsRow | null,
    values: NewsFormValues,
    problems?: string[],
    message?: string,
  ) => {
    const frame = await frameOf(ctx, request, reply);
    const admin = can(frame.actor, 'network.admin');
    const owner = news ? news.member_id : (scope.member?.id ?? null);
    const moderation = owner === null ? null : ((await findMemberById(db, owner))?.moderation ?? null);
    const status = news ? await statusOf(db, news) : { from: 'new' as const };
    const text = notice({ message });
    return sendPrivatePage(
      reply,
      h(NewsEditPage, {
        frame,
        heading: news ? `Modifier : ${news.title}` : 'Nouvelle actualité',
        action: news ? `${scope.base}/${news.id}` : `${scope.base}/nouvelle`,
        base: scope.base,
        values,
        status,
        direct: publishesDirectly(frame.actor, moderation),
        members: admin ? await listMemberNames(db) : null,
        ownMember: news
          ? (await editableNews(db, news)).content.members.map((m) => m.name).join(', ') || 'aucun'
          : (scope.member?.name ?? null),
        themes: await listThemes(db),
        ...(problems ? { problems } : {}),
        ...(text ? { notice: text } : {}),
        ...(news ? { newsId: news.id } : {}),
      }),
      problems ? 400 : 200,
    );
  };

  const save = async (request: FastifyRequest, reply: FastifyReply, actor: Actor, body: unknown, scope: Scope, news: NewsRow | null) => {
    const owner = news ? news.member_id : (scope.member?.id ?? null);
    const ownerRow = owner === null ? null : ((await findMemberById(db, owner)) ?? null);
    const current = news ? (await editableNews(db, news)).content.members : null;
    const { input, values, uploadProblems } = await readNewsForm(db, body, actor, ownerRow, current);
    const action = field(body, 'action') || 'save';
    let content: NewsSnapshot;
    try {
      content = normalizeNewsInput(input, uploadProblems);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return editPage(request, reply, scope, news, values, error.problems);
    }
    const result = await db.transaction().execute(async (trx) => {
      const item = news ?? (await findNewsById(trx, (await createNewsDraft(trx, actor, owner, content)).newsId))!;
      if (action === 'submit') {
        const { state, mail } = await workflow.submit(trx, newsItems, actor, item, content, { publicUrl: ctx.config.publicUrl });
        return { id: item.id, state, mail };
      }
      const draft = news ? await workflow.saveDraft(trx, newsItems, actor, item, content) : true;
      return { id: item.id, state: draft ? ('draft' as const) : ('unchanged' as const), mail: [] as number[] };
    });
    await deliverMail(db, ctx.config, result.mail, request.log);
    const target = `${scope.base}/${result.id}`;
    if (action === 'preview') return reply.redirect(`${target}/apercu`, 303);
    return reply.redirect(
      `${target}?message=${{ published: 'publie', submitted: 'soumis', unchanged: 'inchange', draft: 'brouillon' }[result.state]}`,
      303,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: `${url}/nouvelle`,
    access,
    handler: async ({ request, reply, member }) => {
      const scope = scopeOf(member);
      const memberIds = scope.member ? [scope.member.id] : [];
      return editPage(request, reply, scope, null, {
        title: '',
        summary: '',
        body: '',
        date: '',
        time: '',
        image: null,
        imageAlt: '',
        memberIds,
        themeIds: [],
      });
    },
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${url}/nouvelle`,
    access,
    handler: ({ request, reply, actor, member, body }) => save(request, reply, actor, body, scopeOf(member), null),
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: `${url}/:id`,
    access,
    schema: { params: IdParams, querystring: MessageQuery },
    handler: async ({ request, reply, member, query, params }) => {
      const scope = scopeOf(member);
      const news = await loadNews(db, params.id, scope);
      return editPage(request, reply, scope, news, formValuesOfNews((await editableNews(db, news)).content), undefined, query.message);
    },
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${url}/:id`,
    access,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, member, body, params }) => {
      const scope = scopeOf(member);
      return save(request, reply, actor, body, scope, await loadNews(db, params.id, scope));
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${url}/:id/depublier`,
    access,
    schema: { params: IdParams },
    handler: async ({ reply, actor, member, params }) => {
      const scope = scopeOf(member);
      const news = await loadNews(db, params.id, scope);
      const done = await db.transaction().execute((trx) => unpublishNews(trx, actor, news));
      return reply.redirect(`${scope.base}/${news.id}${done ? '?message=depublie' : ''}`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: `${url}/:id/apercu`,
    access,
    schema: { params: IdParams },
    handler: async ({ reply, member, params }) => {
      const scope = scopeOf(member);
      const news = await loadNews(db, params.id, scope);
      const { content, from } = await editableNews(db, news);
      const label = {
        published: 'version en ligne',
        draft: 'brouillon',
        submitted: 'version en attente de validation',
        rejected: 'version refusée',
      }[from];
      return sendPrivatePage(
        reply,
        h(NewsPage, {
          item: await previewItem(db, news, content),
          demo: ctx.site.demo,
          preview: { backHref: `${scope.base}/${news.id}`, label },
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: `${url}/:id/historique`,
    access,
    schema: { params: IdParams, querystring: MessageQuery },
    handler: async ({ request, reply, member, query, params }) => {
      const scope = scopeOf(member);
      const news = await loadNews(db, params.id, scope);
      await workflow.latestPublished(db, newsItems, news);
      const text = notice(query);
      return sendPrivatePage(
        reply,
        h(NewsHistoryPage, {
          frame: await frameOf(ctx, request, reply),
          base: scope.base,
          newsId: news.id,
          title: news.title,
          rows: await workflow.history(db, newsItems, news),
          ...(text ? { notice: text } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: `${url}/:id/historique/comparer`,
    access,
    schema: { params: IdParams, querystring: CompareQuery },
    handler: async ({ request, reply, query, member, params }) => {
      const scope = scopeOf(member);
      const news = await loadNews(db, params.id, scope);
      const [from, to] = await Promise.all([
        workflow.findVersion(db, newsItems, Number(query.de)),
        workflow.findVersion(db, newsItems, Number(query.a)),
      ]);
      if (!from || !to || from.subject_id !== news.id || to.subject_id !== news.id)
        throw new AppError('bad_request', 'Choisissez deux versions de cette actualité dans l’historique pour les comparer.');
      const [older, newer] = from.id <= to.id ? [from, to] : [to, from];
      return sendPrivatePage(
        reply,
        h(NewsComparePage, {
          frame: await frameOf(ctx, request, reply),
          base: scope.base,
          newsId: news.id,
          title: news.title,
          from: older.id,
          to: newer.id,
          diff: diffNews(older.snapshot, newer.snapshot),
        }),
      );
    },
  });
}

async function statusOf(db: Db, news: NewsRow) {
  const { from, revision } = await editableNews(db, news);
  return {
    from,
    ...(revision ? { savedAt: revision.created_at, savedBy: revision.author } : {}),
    rejection: await workflow.lastRejection(db, newsItems, news),
    live: { status: news.status, slug: news.slug, publishedAt: news.published_at },
  };
}

/** A version shown as the public page would show it. */
async function previewItem(db: Db, news: NewsRow, content: NewsSnapshot): Promise<NewsItem> {
  const members = await listMemberLinks(
    db,
    content.members.map((m) => m.id),
  );
  const themes = await listThemeLinks(
    db,
    content.themes.map((t) => t.id),
  );
  return {
    ...news,
    title: content.title,
    summary: content.summary,
    body_html: content.bodyHtml,
    published_at: content.publishedAt ?? new Date().toISOString(),
    members,
    themes,
    image: content.image
      ? {
          url: mediaUrl({ sha256: content.image.sha256, content_type: content.image.contentType }),
          alt: content.image.alt,
          width: content.image.width,
          height: content.image.height,
        }
      : null,
  };
}
