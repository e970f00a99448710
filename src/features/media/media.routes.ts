/**
 * Serves stored media at `/medias/<sha256>.<ext>`: the content never changes at an address, so the
 * answer is cacheable for a year, with the hash as ETag. The type comes from the stored, sniffed
 * type, and `nosniff` stops browsers from guessing another one.
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.ts';
import type { AppContext } from '../../web/context.ts';
import { findMediaWithData } from './media.repository.ts';
import { mediaUrl } from './media.service.ts';
import { IMAGE_TYPES } from './media.sniff.ts';

export function registerMediaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { file: string } }>('/medias/:file', { schema: { hide: true } }, async (request, reply) => {
    const match = /^([0-9a-f]{64})\.(jpg|png|webp|bin)$/.exec(request.params.file);
    const media = match ? await findMediaWithData(ctx.database.db, match[1]!) : undefined;
    // Only images are public here; attachments (which may be members-only) go through their resource's access check.
    if (!media || !(media.content_type in IMAGE_TYPES) || mediaUrl(media) !== `/medias/${request.params.file}`)
      throw notFound('Ce fichier n’existe pas.');
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
