/** Back-office routes of the admin feature: dashboard, accounts, outbox, audit log, reminders, moderation setting. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { Type } from 'typebox';
import { protectedRoute } from '../../web/auth.ts';
import { IdParams, SlugParams } from '../../web/route-schemas.ts';
import type { AppContext } from '../../web/context.ts';
import { field } from '../../web/forms.tsx';
import { audit } from '../accounts/accounts.public.ts';
import { can, ROLES, type Role } from '../accounts/accounts.public.ts';
import {
  deleteSessionsOfUser,
  findUserById,
  listAudit,
  listAuditActions,
  listSessionsOfUser,
  listUsers,
} from '../accounts/accounts.public.ts';
import { changeUser, inviteUser, sendInvitation } from '../accounts/accounts.public.ts';
import { deliverMail, findOutboxMessage, listOutbox } from '../mail/mail.public.ts';
import { findMemberById, findMemberBySlug, listMemberNames, moderationQueue, setModeration } from '../members/members.public.ts';
import { newsModerationQueue } from '../news/news.public.ts';
import { listProfilesByAge, remindEditors } from '../members/members.public.ts';
import { latestRevision } from '../revisions/revisions.public.ts';
import { campaignsOfMember } from '../campaigns/campaigns.public.ts';
import { DashboardPage, UsersPage, type DashboardData, type InviteValues } from './admin.pages.tsx';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { AuditPage, OutboxMessagePage, OutboxPage } from './admin.log-pages.tsx';

const PAGE_SIZE = 50;

const NOTICES: Record<string, string> = {
  bienvenue: 'Bienvenue ! Votre compte est activé.',
  'mot-de-passe': 'Votre nouveau mot de passe est enregistré.',
  sessions: 'Vos autres sessions sont fermées.',
  rappel: 'Rappel envoyé aux rédacteurs.',
  'rappel-inutile': 'Aucun rappel envoyé : cet adhérent n’a pas de rédacteur actif.',
  moderation: 'Réglage de validation enregistré.',
  invite: 'Invitation envoyée.',
  compte: 'Compte mis à jour.',
  'sessions-compte': 'Toutes les sessions de ce compte sont fermées.',
};

const pageOf = (value: unknown) => Math.max(1, Math.min(10_000, Number(value) || 1));

/** The filters of the audit log (`/admin/journal`). */
const JournalQuery = Type.Object({
  action: Type.Optional(Type.String()),
  acteur: Type.Optional(Type.String()),
  du: Type.Optional(Type.String()),
  au: Type.Optional(Type.String()),
  page: Type.Optional(Type.String()),
});

export function registerAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const notice = (query: unknown) => NOTICES[(query as { message?: string }).message ?? ''];

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin',
    access: { permission: 'account' },
    handler: async ({ request, reply, actor }) => {
      const isAdmin = can(actor, 'network.admin');
      const nowIso = new Date().toISOString();
      let own: DashboardData['own'] = null;
      if (actor.role === 'editor' && actor.memberId !== null) {
        const member = await findMemberById(db, actor.memberId);
        if (member) {
          const last = await latestRevision(db, { type: 'member', id: member.id }, { origin: ['edit', 'restore'] });
          own = {
            slug: member.slug,
            name: member.name,
            updatedAt: member.content_updated_at,
            moderation: member.moderation,
            state: last?.state ?? null,
            stateAt: last?.created_at ?? null,
            comment: last?.review_comment ?? null,
          };
        }
      }
      const data: DashboardData = {
        queue: isAdmin ? await moderationQueue(db) : [],
        newsQueue: isAdmin ? await newsModerationQueue(db) : [],
        stale: isAdmin ? await listProfilesByAge(db, 15) : [],
        own,
        campaigns: own
          ? (await campaignsOfMember(db, actor.memberId!))
              .filter((c) => c.campaign.state === 'open')
              .map((c) => ({ id: c.campaign.id, title: c.campaign.title, deadline: c.campaign.deadline, status: c.status }))
          : [],
        sessions: (await listSessionsOfUser(db, actor.id, nowIso)).length,
        smtp: ctx.config.smtpUrl !== null,
      };
      const text = notice(request.query);
      return sendPrivatePage(
        reply,
        h(DashboardPage, { frame: await frameOf(ctx, request, reply), data, ...(text ? { notice: text } : {}) }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/compte/sessions',
    access: { permission: 'account' },
    handler: async ({ request, reply, actor }) => {
      const closed = await deleteSessionsOfUser(db, actor.id, request.sessionHash ?? undefined);
      await audit(db, actor, {
        action: 'user.sessions_revoked',
        target: { type: 'user', id: actor.id },
        summary: `${actor.email} a fermé ses autres sessions (${closed}).`,
        ip: request.ip,
      });
      return reply.redirect('/admin?message=sessions', 303);
    },
  });

  // --- accounts ---------------------------------------------------------------------------

  const usersPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { invite?: InviteValues; problems?: string[]; status?: number } = {},
  ) => {
    const [users, members] = await Promise.all([listUsers(db), listMemberNames(db)]);
    const text = notice(request.query);
    return sendPrivatePage(
      reply,
      h(UsersPage, {
        frame: await frameOf(ctx, request, reply),
        users,
        members,
        invite: extra.invite ?? { email: '', name: '', role: 'editor', member: '' },
        ...(extra.problems ? { problems: extra.problems } : {}),
        ...(text ? { notice: text } : {}),
      }),
      extra.status ?? 200,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/comptes',
    access: admin,
    handler: ({ request, reply }) => usersPage(request, reply),
  });

  const readRole = (value: string): Role | null => ((ROLES as readonly string[]).includes(value) ? (value as Role) : null);
  const readMember = (value: string): number | null => (/^\d+$/.test(value) ? Number(value) : null);

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/comptes',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const invite: InviteValues = {
        email: field(body, 'email'),
        name: field(body, 'name'),
        role: field(body, 'role'),
        member: field(body, 'member'),
      };
      const role = readRole(invite.role);
      if (!role) return usersPage(request, reply, { invite, problems: ['Rôle : choisissez un rôle dans la liste.'], status: 400 });
      try {
        const { outboxId } = await db
          .transaction()
          .execute((trx) =>
            inviteUser(
              trx,
              actor,
              { email: invite.email, name: invite.name, role, memberId: readMember(invite.member) },
              ctx.config.publicUrl,
            ),
          );
        await deliverMail(db, ctx.config, [outboxId], request.log);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return usersPage(request, reply, { invite, problems: error.problems, status: 400 });
      }
      return reply.redirect('/admin/comptes?message=invite', 303);
    },
  });

  const userParam = async (id: string) => {
    const user = /^\d+$/.test(id) ? await findUserById(db, Number(id)) : undefined;
    if (!user) throw notFound('Ce compte n’existe pas.');
    return user;
  };

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/comptes/:id',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, params, body }) => {
      const user = await userParam(params.id);
      const role = readRole(field(body, 'role'));
      const status = field(body, 'status');
      if (!role || (status !== 'active' && status !== 'disabled'))
        throw new AppError('bad_request', 'Choisissez un rôle et un état dans les listes.');
      try {
        await db
          .transaction()
          .execute((trx) => changeUser(trx, actor, user.id, { role, memberId: readMember(field(body, 'member')), status }));
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return usersPage(request, reply, { problems: error.problems, status: 400 });
      }
      return reply.redirect('/admin/comptes?message=compte', 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/comptes/:id/invitation',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, params }) => {
      const user = await userParam(params.id);
      if (user.status !== 'active') throw new AppError('bad_request', 'Ce compte est désactivé : réactivez-le d’abord.');
      const { outboxId } = await db.transaction().execute(async (trx) => {
        const sent = await sendInvitation(trx, actor, user.id, ctx.config.publicUrl);
        await audit(trx, actor, {
          action: 'user.invitation_sent',
          target: { type: 'user', id: user.id },
          summary: `Nouveau lien envoyé à ${user.email}.`,
        });
        return sent;
      });
      await deliverMail(db, ctx.config, [outboxId], request.log);
      return reply.redirect('/admin/comptes?message=invite', 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/comptes/:id/sessions',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, params }) => {
      const user = await userParam(params.id);
      const closed = await deleteSessionsOfUser(db, user.id);
      await audit(db, actor, {
        action: 'user.sessions_revoked',
        target: { type: 'user', id: user.id },
        summary: `Sessions de ${user.email} fermées (${closed}).`,
        ip: request.ip,
      });
      return reply.redirect('/admin/comptes?message=sessions-compte', 303);
    },
  });

  // --- members: reminders and moderation setting --------------------------------------------

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/rappel',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ request, reply, actor, params }) => {
      const member = await findMemberBySlug(db, params.slug);
      if (!member) throw notFound('Aucun adhérent à cette adresse.');
      const ids = await db.transaction().execute((trx) => remindEditors(trx, actor, member, ctx.config.publicUrl));
      await deliverMail(db, ctx.config, ids, request.log);
      return reply.redirect(`/admin?message=${ids.length ? 'rappel' : 'rappel-inutile'}`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/moderation',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ reply, actor, params, body }) => {
      const member = await findMemberBySlug(db, params.slug);
      if (!member) throw notFound('Aucun adhérent à cette adresse.');
      const value = field(body, 'moderation');
      if (value !== 'direct' && value !== 'review')
        throw new AppError('bad_request', 'Choisissez « publication directe » ou « validation par le réseau ».');
      await setModeration(db, actor, member, value);
      return reply.redirect(`/admin/adherents/${member.slug}/profil?message=moderation`, 303);
    },
  });

  // --- outbox and audit log -----------------------------------------------------------------

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/envois',
    access: admin,
    schema: { querystring: Type.Object({ page: Type.Optional(Type.String()) }) },
    handler: async ({ request, reply, query }) => {
      const page = pageOf(query.page);
      const { rows, total } = await listOutbox(db, PAGE_SIZE, (page - 1) * PAGE_SIZE);
      return sendPrivatePage(
        reply,
        h(OutboxPage, {
          frame: await frameOf(ctx, request, reply),
          rows,
          total,
          page,
          pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
          smtp: ctx.config.smtpUrl !== null,
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/envois/:id',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, params }) => {
      const id = params.id;
      const message = /^\d+$/.test(id) ? await findOutboxMessage(db, Number(id)) : undefined;
      if (!message) throw notFound('Ce courriel n’existe pas.');
      return sendPrivatePage(reply, h(OutboxMessagePage, { frame: await frameOf(ctx, request, reply), message }));
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/journal',
    access: admin,
    schema: { querystring: JournalQuery },
    handler: async ({ request, reply, query: q }) => {
      const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
      const filter = { action: (q.action ?? '').slice(0, 60), actor: (q.acteur ?? '').slice(0, 120), from: day(q.du), to: day(q.au) };
      const page = pageOf(q.page);
      const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
      const { rows, total } = await listAudit(
        db,
        {
          action: filter.action || undefined,
          actor: filter.actor || undefined,
          from: filter.from ? `${filter.from}T00:00:00.000Z` : undefined,
          to: filter.to ? nextDay(filter.to) : undefined,
        },
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
      );
      return sendPrivatePage(
        reply,
        h(AuditPage, {
          frame: await frameOf(ctx, request, reply),
          rows,
          total,
          page,
          pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
          actions: await listAuditActions(db),
          filter,
        }),
      );
    },
  });
}
