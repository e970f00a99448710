/**
 * Signed-in requests: cookies, form bodies, sessions, CSRF and the access check of every
 * back-office route.
 *
 * - The session cookie holds a random token; `request.actor` is the user it belongs to (null for
 *   visitors). It is HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix behind HTTPS.
 * - Every state-changing request must carry the CSRF token of the form it comes from
 *   (@fastify/csrf-protection, secret in its own HttpOnly cookie).
 * - Back-office routes are declared with `protectedRoute`, which names the permission they need:
 *   the route table (ctx.routes) is what the route × role matrix test walks. The guard resolves the
 *   actor and, for member-scoped routes, the member once, and hands both to the handler with the
 *   params, query and body typed by the route's schema.
 * - This file knows no feature: sessions are resolved by `ctx.sessions` and members by the
 *   `findMember` of each member-scoped access rule, both given from above.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import { AppError, forbidden } from '../errors.ts';
import { can, type Actor, type Permission } from '../shared/access.ts';
import { getMeta } from '../db/meta.repository.ts';
import type { AppContext } from './context.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered after installAuth, and those declared with an access rule. */
    routeTable: { all: { method: string; url: string }[]; declared: RouteEntry[] };
  }
  interface FastifyRequest {
    /** The signed-in user, or null. */
    actor: Actor | null;
    /** SHA-256 of the session token, when signed in. */
    sessionHash: string | null;
  }
}

/** How sessions are read, given by the composition root (the accounts feature owns them). */
export interface SessionResolver {
  /** The signed-in actor of a session token, or null when it is unknown or expired. */
  resolve(token: string): Promise<{ actor: Actor; tokenHash: string } | null>;
  /** How long the session cookie lives, in days. */
  maxDays: number;
}

/**
 * Who may call a route:
 * - `{ permission }`: a signed-in user allowed by `can(actor, permission)`;
 * - `{ permission, memberParam, findMember }`: the same, for the member whose slug is in that URL
 *   parameter, found once by `findMember` and handed to the handler;
 * - `'anyone'`: public forms (sign-in, invitation, password reset) — CSRF still applies.
 */
export type Access =
  | 'anyone'
  | { permission: Permission; memberParam?: undefined }
  | { permission: Permission; memberParam: string; findMember: (slug: string) => Promise<{ id: number } | undefined> };

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

/** The schemas of a route's input; each becomes the typed `params`, `query` or `body` of its handler. */
export interface RouteSchema {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
}

type Input<T> = T extends TSchema ? Static<T> : unknown;
type MemberOf<A> = [A] extends [never]
  ? undefined
  : A extends { findMember: (slug: string) => Promise<infer M | undefined> }
    ? M
    : undefined;

/** What a guarded handler receives: the actor (and member) already checked, and its typed input. */
export interface Guarded<A extends Access, S extends RouteSchema> {
  request: FastifyRequest;
  reply: FastifyReply;
  /** The signed-in person (null only on `'anyone'` routes). */
  actor: [A] extends ['anyone'] ? Actor | null : Actor;
  /** The member named by the URL, for member-scoped routes. */
  member: MemberOf<A>;
  params: Input<S['params']>;
  query: Input<S['querystring']>;
  body: Input<S['body']>;
}

export function sessionCookieName(ctx: AppContext): string {
  return ctx.config.publicUrl.startsWith('https:') ? '__Host-essor_session' : 'essor_session';
}

function secure(ctx: AppContext): boolean {
  return ctx.config.publicUrl.startsWith('https:');
}

export async function installAuth(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 2 * 1024 * 1024 });
  await app.register(csrf, {
    cookieKey: secure(ctx) ? '__Host-essor_csrf' : 'essor_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: secure(ctx), signed: false },
  });
  await app.register(rateLimit, {
    global: false,
    // Thrown as the error: the error handler shows its message on the French 429 page.
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Trop de tentatives depuis votre adresse : réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
    }),
  });

  const all: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) all.push({ method: String(method), url: route.url });
  });
  app.decorate('routeTable', { all, declared: ctx.routes });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  const name = sessionCookieName(ctx);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[name];
    if (!token) return;
    const session = await ctx.sessions.resolve(token);
    if (session) {
      request.actor = session.actor;
      request.sessionHash = session.tokenHash;
    }
  });
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(ctx), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(ctx),
    maxAge: ctx.sessions.maxDays * 86_400,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(ctx), { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(ctx) });
}

/** A fresh CSRF token for a form (and its secret cookie on first use). */
export function csrfToken(reply: FastifyReply): string {
  return reply.generateCsrf();
}

/** Where a visitor is sent to sign in, coming back to `url` afterwards. */
export function signInUrl(url: string): string {
  return `/connexion?retour=${encodeURIComponent(url)}`;
}

/**
 * Registers a back-office or form route with its access rule. Order of checks: signed in (else
 * GET → sign-in page, others → 401), allowed (else 403; an unknown member is a 404 for admins),
 * CSRF token (for state changes), input schema (else 400), handler. Every response is `no-store`.
 */
export function protectedRoute<const A extends Access, const S extends RouteSchema = Record<never, never>>(
  app: FastifyInstance,
  ctx: AppContext,
  route: {
    method: 'GET' | 'POST';
    url: string;
    access: A;
    schema?: S;
    handler: (guarded: Guarded<A, S>) => unknown;
    rateLimit?: { max: number; timeWindow: string };
  },
): void {
  ctx.routes.push({ method: route.method, url: route.url, access: route.access });
  const members = new WeakMap<FastifyRequest, unknown>();
  app.route({
    method: route.method,
    url: route.url,
    schema: { hide: true, ...route.schema },
    config: route.rateLimit ? { rateLimit: route.rateLimit } : {},
    // Access is decided before the input is validated: a visitor learns nothing from a 400.
    onRequest: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      await checkAccess(request, reply, route.access, members);
      if (reply.sent) return reply;
      return undefined;
    },
    preHandler: async (request, reply) => {
      if (route.method !== 'GET' && !verifyCsrf(app, request, reply)) return reply;
      return undefined;
    },
    // After a change of published content by a signed-in person, this instance drops its cached
    // pages before it answers (read-your-writes); the others follow within a second through the
    // content version. A change that publishes nothing (a draft saved, an account edited) leaves the
    // version, and the cache, as they were; so do public forms (sign-in, password).
    ...(route.method !== 'GET' && route.access !== 'anyone'
      ? { onSend: async () => ctx.cache.followVersion(await getMeta(ctx.database.db, 'content_version')) }
      : {}),
    handler: async function (request, reply) {
      const guarded = {
        request,
        reply,
        actor: request.actor,
        member: members.get(request),
        params: request.params,
        query: request.query,
        body: request.body,
      } as Guarded<A, S>;
      return route.handler(guarded);
    },
  });
}

async function checkAccess(
  request: FastifyRequest,
  reply: FastifyReply,
  access: Access,
  members: WeakMap<FastifyRequest, unknown>,
): Promise<void> {
  if (access === 'anyone') return;
  if (!request.actor) {
    if (request.method === 'GET') {
      await reply.redirect(signInUrl(request.url), 303);
      return;
    }
    throw new AppError('unauthorized', 'Votre session a expiré ou vous n’êtes pas connecté : connectez-vous, puis recommencez.');
  }
  let memberId: number | undefined;
  if (access.memberParam) {
    const slug = (request.params as Record<string, string | undefined>)[access.memberParam] ?? '';
    const member = await access.findMember(slug);
    // An unknown member is a 404 for those who could edit some member, a 403 otherwise.
    if (!member) {
      if (can(request.actor, 'network.admin')) throw new AppError('not_found', 'Aucun adhérent à cette adresse.');
      throw forbidden();
    }
    members.set(request, member);
    memberId = member.id;
  }
  if (!can(request.actor, access.permission, memberId === undefined ? {} : { memberId })) throw forbidden();
}

/** The French explanation of a refused CSRF check (the plugin answers with its own English errors). */
export const CSRF_REFUSED =
  'Le formulaire a expiré ou ne vient pas de ce site (jeton de sécurité manquant ou invalide). Rechargez la page et recommencez.';

/**
 * Checks the CSRF token. The plugin's check is synchronous: it calls back when the token is good,
 * or sends its error through the error handler (which shows CSRF_REFUSED) and returns false here.
 */
function verifyCsrf(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): boolean {
  let valid = false;
  app.csrfProtection(request, reply, () => {
    valid = true;
  });
  return valid;
}
