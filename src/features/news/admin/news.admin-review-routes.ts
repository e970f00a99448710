/** Back-office routes of news for the network's staff only: restore a version, review a submission. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError, InvalidInput } from '../../../errors.ts';
import { protectedRoute } from '../../../web/auth.ts';
import { IdParams } from '../../../web/route-schemas.ts';
import type { AppContext } from '../../../web/context.ts';
import { field } from '../../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { deliverMail } from '../../mail/mail.public.ts';
import { findMemberById } from '../../members/members.public.ts';
import { workflow } from '../../revisions/revisions.public.ts';
import { diffNews } from './news.diff.ts';
import { newsItems, snapshotLive } from './news.editing.ts';
import { NewsModerationPage } from './news.admin-history-pages.tsx';
import { loadNews, type Scope } from './news.admin-routes.ts';

/** Admin-only: restore a version, review a submission. */
export function registerNewsReviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const network: Scope = { member: null, base: '/admin/actualites' };

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/actualites/:id/historique/restaurer',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ reply, actor, body, params }) => {
      const news = await loadNews(db, params.id, network);
      const revision = await workflow.findVersion(db, newsItems, Number(field(body, 'version')));
      if (!revision || revision.subject_id !== news.id) throw new AppError('bad_request', 'Choisissez une version de cette actualité.');
      await db.transaction().execute((trx) => workflow.restore(trx, newsItems, actor, revision.id, { publicUrl: ctx.config.publicUrl }));
      return reply.redirect(`/admin/actualites/${news.id}/historique?message=restaure`, 303);
    },
  });

  const waiting = async (id: string) => {
    const news = await loadNews(db, id, network);
    const revision = await workflow.waitingSubmission(db, newsItems, news);
    if (!revision)
      throw new AppError(
        'conflict',
        'Aucune version de cette actualité n’attend de validation : elle a déjà été validée, refusée ou remplacée.',
      );
    const live = news.status === 'published' ? await snapshotLive(db, news) : null;
    const member = news.member_id === null ? undefined : await findMemberById(db, news.member_id);
    return { news, revision, diff: diffNews(live, revision.snapshot), memberName: member?.name ?? null };
  };
  const reviewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { problems?: string[]; comment?: string } = {},
  ) => {
    const { news, revision, diff, memberName } = await waiting(id);
    return sendPrivatePage(
      reply,
      h(NewsModerationPage, {
        frame: await frameOf(ctx, request, reply),
        newsId: news.id,
        revisionId: revision.id,
        title: revision.snapshot.title,
        memberName,
        author: revision.author,
        submittedAt: revision.created_at,
        diff,
        ...extra,
      }),
      extra.problems ? 400 : 200,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/actualites/:id/moderation',
    access: admin,
    schema: { params: IdParams },
    handler: ({ request, reply, params }) => reviewPage(request, reply, params.id),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/actualites/:id/moderation',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const { revision } = await waiting(params.id);
      const decision = field(body, 'decision');
      const comment = field(body, 'comment');
      try {
        const mail = await workflow.decide(db, newsItems, actor, revision.id, decision, comment, { publicUrl: ctx.config.publicUrl });
        await deliverMail(db, ctx.config, mail, request.log);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return reviewPage(request, reply, params.id, { problems: error.problems, comment });
      }
      return reply.redirect(`/admin/moderation?message=${decision === 'approve' ? 'valide' : 'refuse'}`, 303);
    },
  });
}
