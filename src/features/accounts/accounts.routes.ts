/** Routes of the accounts feature: sign-in and out, invitation links, password reset. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError, InvalidInput } from '../../errors.ts';
import { Type } from 'typebox';
import { clearSessionCookie, csrfToken, protectedRoute, setSessionCookie } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field } from '../../web/forms.tsx';
import { sendPrivatePage } from '../../web/admin/frame.ts';
import { deliverMail } from '../mail/mail.public.ts';
import { ForgotPasswordPage, SetPasswordPage, SignInPage } from './accounts.pages.tsx';
import {
  closeSession,
  createSession,
  findTokenUser,
  requestPasswordReset,
  setPasswordWithToken,
  signIn,
  signOut,
} from './accounts.service.ts';
import type { TokenPurpose } from './accounts.table.ts';

/** Where to go after signing in: a local back-office or resource path only (no open redirect). */
export function safeReturn(value: string): string {
  // The back office, or a resource page (members-only resources link to sign in and back).
  // Printable ASCII only: a Location header cannot carry anything else (a percent-encoded address can).
  return /^\/(admin|ressources)(\/[!-[\]-~]*)?(\?[!-[\]-~]*)?$/.test(value) && !value.startsWith('//') ? value : '/admin';
}

const meta = (request: FastifyRequest) => ({ ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null });

export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/connexion',
    access: 'anyone',
    schema: { querystring: Type.Object({ retour: Type.Optional(Type.String()), message: Type.Optional(Type.String()) }) },
    handler: async ({ request, reply, query: q }) => {
      if (request.actor) return reply.redirect(safeReturn(q.retour ?? ''), 303);
      return sendPrivatePage(
        reply,
        h(SignInPage, {
          demo: ctx.site.demo,
          csrf: csrfToken(reply),
          back: q.retour ? safeReturn(q.retour) : undefined,
          notice:
            q.message === 'deconnecte'
              ? 'Vous êtes déconnecté.'
              : q.message === 'mot-de-passe'
                ? 'Votre mot de passe a été enregistré : connectez-vous.'
                : undefined,
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/connexion',
    access: 'anyone',
    rateLimit: { max: 10, timeWindow: '1 minute' },
    handler: async ({ request, reply, body }) => {
      const email = field(body, 'email');
      const back = safeReturn(field(body, 'retour'));
      const result = await signIn(db, email, field(body, 'password'), meta(request));
      if (!result.ok) {
        const problems =
          result.reason === 'locked'
            ? [
                `Trop d’essais infructueux depuis votre connexion : les essais sont suspendus jusqu’à ${new Date(result.until!).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' })} (heure de Paris). Vous pouvez aussi réinitialiser votre mot de passe.`,
              ]
            : ['Adresse électronique ou mot de passe incorrect.'];
        return sendPrivatePage(
          reply,
          h(SignInPage, { demo: ctx.site.demo, csrf: csrfToken(reply), email, back, problems }),
          result.reason === 'locked' ? 429 : 401,
        );
      }
      // A session the browser already had is closed: the new one has a fresh token.
      if (request.sessionHash) await closeSession(db, request.sessionHash);
      setSessionCookie(ctx, reply, result.token);
      return reply.redirect(back, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/deconnexion',
    access: 'anyone',
    handler: async ({ request, reply }) => {
      if (request.actor && request.sessionHash) await signOut(db, request.sessionHash, request.actor);
      clearSessionCookie(ctx, reply);
      return reply.redirect('/connexion?message=deconnecte', 303);
    },
  });

  for (const [purpose, path] of [
    ['invitation', '/invitation/:token'],
    ['reset', '/mot-de-passe/:token'],
  ] as [TokenPurpose, string][]) {
    const invitation = purpose === 'invitation';
    protectedRoute(app, ctx, {
      method: 'GET',
      url: path,
      access: 'anyone',
      schema: { params: Type.Object({ token: Type.String() }) },
      handler: async ({ request, reply, params }) => {
        const { token } = params;
        const user = await findTokenUser(db, token, purpose);
        if (!user)
          throw new AppError(
            'not_found',
            'Ce lien n’est plus valide : il a déjà servi ou a expiré. Demandez un nouveau lien à l’équipe du réseau, ou utilisez « Mot de passe oublié ».',
          );
        return sendPrivatePage(
          reply,
          h(SetPasswordPage, {
            demo: ctx.site.demo,
            csrf: csrfToken(reply),
            action: request.url.split('?')[0]!,
            email: user.email,
            invitation,
            name: user.name === user.email ? '' : user.name,
          }),
        );
      },
    });
    protectedRoute(app, ctx, {
      method: 'POST',
      url: path,
      access: 'anyone',
      schema: { params: Type.Object({ token: Type.String() }) },
      rateLimit: { max: 10, timeWindow: '1 minute' },
      handler: async ({ request, reply, params, body }) => {
        const { token } = params;
        const input = {
          password: field(body, 'password'),
          confirmation: field(body, 'confirmation'),
          ...(invitation ? { name: field(body, 'name') } : {}),
        };
        try {
          const user = await db.transaction().execute((trx) => setPasswordWithToken(trx, token, purpose, input));
          if (request.sessionHash) await closeSession(db, request.sessionHash);
          setSessionCookie(ctx, reply, await createSession(db, user.id, meta(request)));
          return reply.redirect(invitation ? '/admin?message=bienvenue' : '/admin?message=mot-de-passe', 303);
        } catch (error) {
          if (!(error instanceof InvalidInput)) throw error;
          const user = await findTokenUser(db, token, purpose);
          if (!user) throw error;
          return sendPrivatePage(
            reply,
            h(SetPasswordPage, {
              demo: ctx.site.demo,
              csrf: csrfToken(reply),
              action: request.url.split('?')[0]!,
              email: user.email,
              invitation,
              name: input.name ?? '',
              problems: error.problems,
            }),
            400,
          );
        }
      },
    });
  }

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/mot-de-passe-oublie',
    access: 'anyone',
    handler: async ({ reply }) => sendPrivatePage(reply, h(ForgotPasswordPage, { demo: ctx.site.demo, csrf: csrfToken(reply) })),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/mot-de-passe-oublie',
    access: 'anyone',
    rateLimit: { max: 5, timeWindow: '10 minutes' },
    handler: async ({ request, reply, body }) => {
      const email = field(body, 'email').trim();
      if (!email) {
        return sendPrivatePage(
          reply,
          h(ForgotPasswordPage, {
            demo: ctx.site.demo,
            csrf: csrfToken(reply),
            problems: ['Adresse électronique : indiquez l’adresse de votre compte.'],
          }),
          400,
        );
      }
      const outboxId = await db.transaction().execute((trx) => requestPasswordReset(trx, email, ctx.config.publicUrl));
      if (outboxId !== null) await deliverMail(db, ctx.config, [outboxId], request.log);
      return sendPrivatePage(reply, h(ForgotPasswordPage, { demo: ctx.site.demo, csrf: csrfToken(reply), sent: true, email }));
    },
  });
}
