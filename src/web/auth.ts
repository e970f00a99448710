/**
 * Signed-in requests: cookies, form bodies, sessions, CSRF and the access check of every
 * back-office route.
 *
 * - The session cookie holds a random token; `request.actor` is the user it belongs to (null for
 *   visitors). It is HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix behind HTTPS.
 * - Every state-changing request must carry the CSRF token of the form it comes from
 *   (@fastify/csrf-protection, secret in its own HttpOnly cookie).
 * - Back-office routes are declared with `protectedRoute`, which names the permission they need:
 *   the route table (ctx.routes) is what the route × role matrix test walks.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { AppError, forbidden } from '../errors.ts';
import { can, type Actor, type Permission } from '../features/accounts/accounts.policy.ts';
import { resolveSession, SESSION_MAX_DAYS } from '../features/accounts/accounts.service.ts';
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

/**
 * Who may call a route:
 * - `{ permission }`: a signed-in user allowed by `can(actor, permission)`;
 * - `{ permission, memberParam }`: the same, for the member whose slug is in that URL parameter;
 * - `'anyone'`: public forms (sign-in, invitation, password reset) — CSRF still applies.
 */
export type Access = { permission: Permission; memberParam?: string } | 'anyone';

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
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
      statusCode: 429, message: `Trop de tentatives depuis votre adresse : réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
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
    const session = await resolveSession(ctx.database.db, token);
    if (session) {
      request.actor = session.actor;
      request.sessionHash = session.tokenHash;
    }
  });
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(ctx), token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(ctx), maxAge: SESSION_MAX_DAYS * 86_400 });
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
 * GET → sign-in page, others → 401), allowed (else 403), CSRF token (for state changes), handler.
 * Every response is `no-store`.
 */
export function protectedRoute(
  app: FastifyInstance,
  ctx: AppContext,
  route: { method: 'GET' | 'POST'; url: string; access: Access; handler: RouteHandlerMethod; rateLimit?: { max: number; timeWindow: string } },
): void {
  ctx.routes.push({ method: route.method, url: route.url, access: route.access });
  app.route({
    method: route.method,
    url: route.url,
    schema: { hide: true },
    config: route.rateLimit ? { rateLimit: route.rateLimit } : {},
    preHandler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      await checkAccess(ctx, request, reply, route.access);
      if (reply.sent) return reply;
      if (route.method !== 'GET' && !verifyCsrf(app, request, reply)) return reply;
      return undefined;
    },
    // After a change by a signed-in person, this instance drops its cached pages at once
    // (read-your-writes); the others follow within a second through the content version. Public forms
    // (sign-in, password) change no page: a stream of sign-in attempts must not empty the cache.
    handler: route.method === 'GET' || route.access === 'anyone' ? route.handler : async function (this: FastifyInstance, request, reply) {
      const result: unknown = await route.handler.call(this, request, reply);
      ctx.cache.clear();
      return result;
    },
  });
}

async function checkAccess(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, access: Access): Promise<void> {
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
    const slug = (request.params as Record<string, string>)[access.memberParam] ?? '';
    const member = await ctx.database.db.selectFrom('members').select('id').where('slug', '=', slug).executeTakeFirst();
    // An unknown member is a 404 for those who could edit some member, a 403 otherwise.
    if (!member) {
      if (can(request.actor, 'network.admin')) throw new AppError('not_found', 'Aucun adhérent à cette adresse.');
      throw forbidden();
    }
    memberId = member.id;
  }
  if (!can(request.actor, access.permission, memberId === undefined ? {} : { memberId })) throw forbidden();
}

/** The French explanation of a refused CSRF check (the plugin answers with its own English errors). */
export const CSRF_REFUSED = 'Le formulaire a expiré ou ne vient pas de ce site (jeton de sécurité manquant ou invalide). Rechargez la page et recommencez.';

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
