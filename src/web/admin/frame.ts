/** What every back-office page shares: the frame (user, CSRF token, site state) and a private, uncached answer. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { csrfToken } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { renderDocument } from '../render.ts';
import { AppError } from '../../errors.ts';
import type { AdminFrame } from './layout.tsx';

/** Sends a page made for one person: never stored by a cache. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page component of any props
export function sendPrivatePage(reply: FastifyReply, page: VNode<any>, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDocument(page));
}

/** The frame of a back-office page for the signed-in user (protectedRoute has checked there is one). */
export async function frameOf(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<AdminFrame> {
  const actor = request.actor;
  if (!actor) throw new AppError('unauthorized', 'Connectez-vous pour accéder à l’espace adhérents.');
  return { actor, csrf: csrfToken(reply), demo: ctx.site.demo, memberSlug: actor.memberSlug ?? null };
}
