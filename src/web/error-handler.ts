/**
 * The one error handler: expected errors (AppError, validation) keep their status and
 * message; anything else is a 500, logged with context and shown without details.
 * API paths answer RFC 9457 problem JSON; pages answer a French HTML page.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError } from '../errors.ts';
import { CSRF_REFUSED } from './auth.ts';
import type { AppContext } from './context.ts';
import { ErrorPage } from './error-page.tsx';
import { renderDocument } from './render.ts';

const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Connexion nécessaire',
  403: 'Accès refusé',
  409: 'Conflit de modification',
  404: 'Page introuvable',
  405: 'Méthode non autorisée',
  413: 'Contenu trop volumineux',
  415: 'Type de contenu non pris en charge',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
};

/** `querystring/page must be >= 1` → `page: doit être ≥ 1` style messages, field first. */
function validationDetail(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  const field =
    (first.instancePath || '').replace(/^\//, '').replace(/\//g, '.') ||
    (first.params as { missingProperty?: string })?.missingProperty ||
    error.validationContext ||
    'request';
  return `${field}: ${first.message ?? 'invalid value'}`;
}

function send(request: FastifyRequest, reply: FastifyReply, ctx: AppContext, status: number, detail: string) {
  const title = TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);
  if (request.url.startsWith('/api/')) {
    return reply
      .code(status)
      .type('application/problem+json; charset=utf-8')
      .send({
        type: 'about:blank',
        title,
        status,
        detail,
        instance: request.url.split('?')[0],
      });
  }
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderDocument(h(ErrorPage, { status, title, detail, demo: ctx.site.demo })));
}

export function installErrorHandlers(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(request, reply, ctx, error.status, error.message);
    if (error.validation) return send(request, reply, ctx, 400, validationDetail(error));
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET')
      return send(request, reply, ctx, 403, CSRF_REFUSED);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return send(request, reply, ctx, error.statusCode, error.message);
    request.log.error({ err: error, url: request.url, method: request.method }, 'unhandled error');
    return send(
      request,
      reply,
      ctx,
      500,
      'Une erreur inattendue s’est produite. L’équipe technique a été prévenue ; veuillez réessayer dans quelques instants.',
    );
  });
  app.setNotFoundHandler((request, reply) =>
    send(
      request,
      reply,
      ctx,
      404,
      request.url.startsWith('/api/')
        ? `Aucune ressource à l’adresse ${request.url.split('?')[0]}.`
        : 'La page demandée n’existe pas ou a été déplacée.',
    ),
  );
}
