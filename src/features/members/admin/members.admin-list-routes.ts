/** Back-office routes for members' official data: the list, creating a member, editing its official data (network admins only). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { InvalidInput, notFound } from '../../../errors.ts';
import { foldText } from '../../../shared/text.ts';
import { protectedRoute } from '../../../web/auth.ts';
import type { AppContext } from '../../../web/context.ts';
import { field, noticeOf } from '../../../web/forms.tsx';
import { SlugParams } from '../../../web/route-schemas.ts';
import { Type } from 'typebox';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { MemberListPage, type MemberListFilter } from './members.admin-list.tsx';
import { MemberOfficialPage } from './members.admin-official.tsx';
import { listAdminMembers, type AdminMemberRow } from './members.admin-repository.ts';
import { createMemberFromForm, updateOfficialData, type OfficialValues } from '../members.official.ts';
import { MEMBER_KINDS, MEMBER_STATUSES, type MemberKind, type MemberStatus } from '../members.schemas.ts';

const PAGE_SIZE = 50;

const NOTICES: Record<string, string> = {
  cree: 'Adhérent créé. Invitez ses rédacteurs depuis la page « Comptes », ou remplissez son profil.',
  enregistre: 'Données officielles enregistrées.',
  inchange: 'Rien n’a changé : les données officielles étaient déjà celles-ci.',
};

/** Reads the form's fields as typed. */
function readOfficialForm(body: unknown): OfficialValues {
  return {
    name: field(body, 'name'),
    territoryKind: field(body, 'territoryKind'),
    territory: field(body, 'territory'),
    joinedYear: field(body, 'joinedYear'),
    status: field(body, 'status'),
    moderation: field(body, 'moderation'),
    website: field(body, 'website'),
  };
}

/** The form's starting values for an existing member. */
function valuesOf(member: AdminMemberRow): OfficialValues {
  return {
    name: member.name,
    territoryKind: member.territory_kind,
    territory: member.territory_code,
    joinedYear: member.joined_year === null ? '' : String(member.joined_year),
    status: member.status,
    moderation: member.moderation,
    website: '',
  };
}

/** The filters of the members' list (`/admin/adherents`). */
const AdminMembersQuery = Type.Object({
  q: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
  statut: Type.Optional(Type.String()),
  page: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
});

export function registerMemberAdminListRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const notice = (request: FastifyRequest) => noticeOf(request, NOTICES);

  const memberOf = async (slug: string): Promise<AdminMemberRow> => {
    const { rows } = await listAdminMembers(db, { slug }, 1, 0);
    if (!rows[0]) throw notFound('Aucun adhérent à cette adresse.');
    return rows[0];
  };

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    page: { member?: AdminMemberRow; values: OfficialValues; problems?: string[] },
    status = 200,
  ) => {
    const text = notice(request);
    return sendPrivatePage(
      reply,
      h(MemberOfficialPage, { frame: await frameOf(ctx, request, reply), ...page, ...(text && status === 200 ? { notice: text } : {}) }),
      status,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents',
    access: admin,
    schema: { querystring: AdminMembersQuery },
    handler: async ({ request, reply, query: q }) => {
      const filter: MemberListFilter = {
        q: (q.q ?? '').trim().slice(0, 100),
        type: (MEMBER_KINDS as readonly string[]).includes(q.type ?? '') ? q.type! : '',
        statut: (MEMBER_STATUSES as readonly string[]).includes(q.statut ?? '') ? q.statut! : '',
      };
      const page = Math.max(1, Math.min(10_000, Number(q.page) || 1));
      const { rows, total } = await listAdminMembers(
        db,
        {
          nameFolded: filter.q ? foldText(filter.q) : undefined,
          kind: (filter.type || undefined) as MemberKind | undefined,
          status: (filter.statut || undefined) as MemberStatus | undefined,
        },
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
      );
      const text = notice(request);
      return sendPrivatePage(
        reply,
        h(MemberListPage, {
          frame: await frameOf(ctx, request, reply),
          rows,
          total,
          page,
          pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
          filter,
          ...(text ? { notice: text } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/nouveau',
    access: admin,
    handler: ({ request, reply }) =>
      formPage(request, reply, {
        values: {
          name: '',
          territoryKind: 'commune',
          territory: '',
          joinedYear: String(new Date().getUTCFullYear()),
          status: 'active',
          moderation: 'review',
          website: '',
        },
      }),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const values = readOfficialForm(body);
      try {
        const slug = await db.transaction().execute((trx) => createMemberFromForm(trx, actor, values));
        return reply.redirect(`/admin/adherents/${slug}?message=cree`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return formPage(request, reply, { values, problems: error.problems }, 400);
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ request, reply, params }) => {
      const member = await memberOf(params.slug);
      return formPage(request, reply, { member, values: valuesOf(member) });
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug',
    access: admin,
    schema: { params: SlugParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const member = await memberOf(params.slug);
      const values = readOfficialForm(body);
      try {
        const changed = await db.transaction().execute((trx) => updateOfficialData(trx, actor, member, values));
        return reply.redirect(`/admin/adherents/${member.slug}?message=${changed ? 'enregistre' : 'inchange'}`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return formPage(request, reply, { member, values, problems: error.problems }, 400);
      }
    },
  });
}
