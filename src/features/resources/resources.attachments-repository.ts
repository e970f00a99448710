/** SQL of a resource's files: renaming, ordering, detaching, and whether stored bytes are still used. */
import type { Db } from '../../db/database.ts';
import { anySnapshotMentions } from '../revisions/revisions.public.ts';

/** A resource's files in their order, with their positions. */
export async function attachmentOrder(db: Db, resourceId: number): Promise<{ id: number; position: number }[]> {
  return db
    .selectFrom('resource_attachments')
    .select(['id', 'position'])
    .where('resource_id', '=', resourceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** The position after the last file of a resource: where a new file goes. */
export async function nextAttachmentPosition(db: Db, resourceId: number): Promise<number> {
  const row = await db
    .selectFrom('resource_attachments')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function setAttachmentTitle(db: Db, attachmentId: number, title: string): Promise<void> {
  await db.updateTable('resource_attachments').set({ title }).where('id', '=', attachmentId).execute();
}

export async function setAttachmentPositions(db: Db, writes: { id: number; position: number }[]): Promise<void> {
  for (const { id, position } of writes) await db.updateTable('resource_attachments').set({ position }).where('id', '=', id).execute();
}

export async function deleteAttachment(db: Db, attachmentId: number): Promise<void> {
  await db.deleteFrom('resource_attachments').where('id', '=', attachmentId).execute();
}

/**
 * Whether stored bytes are still used: by a file of any resource, by a news image, or by a version
 * of a news item (which holds the image's SHA-256 in its snapshot, and may be restored).
 */
export async function mediaInUse(db: Db, media: { id: number; sha256: string }): Promise<boolean> {
  const attached = await db.selectFrom('resource_attachments').select('id').where('media_id', '=', media.id).limit(1).executeTakeFirst();
  if (attached) return true;
  const news = await db.selectFrom('news').select('id').where('image_id', '=', media.id).limit(1).executeTakeFirst();
  if (news) return true;
  return anySnapshotMentions(db, 'news', media.sha256);
}

export async function deleteMedia(db: Db, mediaId: number): Promise<void> {
  await db.deleteFrom('media').where('id', '=', mediaId).execute();
}
