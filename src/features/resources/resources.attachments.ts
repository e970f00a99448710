/**
 * Managing a resource's files in the back office: rename, move up or down, remove. Files are not
 * versioned with the content: each change applies at once to the live resource (its page and API
 * read the titles and `position`), is audited, and moves the content version. Removing detaches the
 * file; its stored bytes are deleted only when nothing else uses them.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { InvalidInput, notFound } from '../../errors.ts';
import { audit } from '../accounts/accounts.public.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { moveInOrder } from '../../shared/order.ts';
import * as repo from './resources.attachments-repository.ts';
import { findAttachmentFile } from './resources.repository.ts';
import type { ResourceRow } from './resources.table.ts';

export const ATTACHMENT_TITLE_MAX = 200;

/** One file of the resource, without its bytes; not found when it is not one of the resource's. */
export async function findResourceAttachment(db: Db, resource: ResourceRow, attachmentId: number) {
  const file = Number.isSafeInteger(attachmentId) ? await findAttachmentFile(db, resource.id, attachmentId) : undefined;
  if (!file) throw notFound('Ce fichier n’existe pas ou a déjà été retiré de la ressource.');
  return file;
}

export async function renameAttachment(
  db: Db,
  actor: Actor,
  resource: ResourceRow,
  attachmentId: number,
  rawTitle: string,
  now = new Date(),
): Promise<void> {
  const file = await findResourceAttachment(db, resource, attachmentId);
  const title = rawTitle.trim().replace(/\s+/g, ' ');
  if (!title) throw new InvalidInput([`Intitulé de « ${file.title} » : indiquez un intitulé.`]);
  if (title.length > ATTACHMENT_TITLE_MAX)
    throw new InvalidInput([`Intitulé de « ${file.title} » : ${ATTACHMENT_TITLE_MAX} caractères au plus.`]);
  if (title === file.title) return;
  await repo.setAttachmentTitle(db, file.id, title);
  await bumpContentVersion(db);
  await audit(
    db,
    actor,
    {
      action: 'resource.attachment_rename',
      target: { type: 'resource', id: resource.id },
      summary: `Fichier « ${file.title} » de la ressource « ${resource.title} » renommé en « ${title} ».`,
    },
    now,
  );
}

/** Moves a file one place up or down; nothing happens at either end. */
export async function moveAttachment(
  db: Db,
  actor: Actor,
  resource: ResourceRow,
  attachmentId: number,
  direction: 'up' | 'down',
  now = new Date(),
): Promise<void> {
  const file = await findResourceAttachment(db, resource, attachmentId);
  const order = await repo.attachmentOrder(db, resource.id);
  const { writes, place } = moveInOrder(order, file.id, direction);
  if (writes.length === 0) return;
  await repo.setAttachmentPositions(db, writes);
  await bumpContentVersion(db);
  await audit(
    db,
    actor,
    {
      action: 'resource.attachment_move',
      target: { type: 'resource', id: resource.id },
      summary: `Fichier « ${file.title} » de la ressource « ${resource.title} » placé en position ${place} sur ${order.length}.`,
    },
    now,
  );
}

/** Detaches a file; deletes its bytes when no other resource, news item or news version uses them. */
export async function removeAttachment(db: Db, actor: Actor, resource: ResourceRow, attachmentId: number, now = new Date()): Promise<void> {
  const file = await findResourceAttachment(db, resource, attachmentId);
  await repo.deleteAttachment(db, file.id);
  const kept = await repo.mediaInUse(db, { id: file.media_id, sha256: file.sha256 });
  if (!kept) await repo.deleteMedia(db, file.media_id);
  await bumpContentVersion(db);
  await audit(
    db,
    actor,
    {
      action: 'resource.attachment_remove',
      target: { type: 'resource', id: resource.id },
      summary: `Fichier « ${file.title} » (${file.filename}) retiré de la ressource « ${resource.title} »${kept ? ' ; il reste utilisé ailleurs' : ' et supprimé'}.`,
    },
    now,
  );
}
