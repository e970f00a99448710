/**
 * Serves stored images at `/medias/<sha256>.<ext>`, with the access of the content they illustrate:
 * the image of a published news item is public and cacheable for a year (the content never changes
 * at an address), with the hash as ETag; any other image (a draft's, a resource file's) only to the
 * network's admins and to the editors of the member whose news it illustrates, `private, no-store`,
 * without ETag; to anyone else it does not exist. Files of resources go through their resource's
 * access check (/ressources/:slug/fichiers/:id). The type comes from the stored, sniffed type, and
 * `nosniff` stops browsers from guessing another one.
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.ts';
import type { AppContext } from '../../web/context.ts';
import { can } from '../../shared/access.ts';
import { findMediaWithData, isImageOfMemberNews, isPublicNewsImage } from './media.repository.ts';
import { mediaUrl } from './media.service.ts';
import { IMAGE_TYPES } from './media.sniff.ts';

export function registerMediaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { file: string } }>('/medias/:file', { schema: { hide: true } }, async (request, reply) => {
    const match = /^([0-9a-f]{64})\.(jpg|png|webp|bin)$/.exec(request.params.file);
    const media = match ? await findMediaWithData(ctx.database.db, match[1]!) : undefined;
    // Only images are public here; attachments (which may be members-only) go through their resource's access check.
    if (!media || !(media.content_type in IMAGE_TYPES) || mediaUrl(media) !== `/medias/${request.params.file}`)
      throw notFound('Ce fichier n’existe pas.');
    const db = ctx.database.db;
    const actor = request.actor;
    const open = await isPublicNewsImage(db, media.id, new Date().toISOString());
    if (
      !open &&
      !can(actor, 'network.admin') &&
      !(
        actor?.memberId != null &&
        can(actor, 'member.edit', { memberId: actor.memberId }) &&
        (await isImageOfMemberNews(db, media, actor.memberId))
      )
    )
      throw notFound('Ce fichier n’existe pas.');
    if (!open) {
      reply
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(media.filename)}`);
      return reply.type(media.content_type).send(Buffer.from(media.data));
    }
    const etag = `"${media.sha256}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(media.filename)}`);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(media.content_type).send(Buffer.from(media.data));
  });
}
