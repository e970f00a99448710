/** SQL of a resource's files: renaming, ordering, detaching, and whether stored bytes are still used. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** One file of a resource (without its bytes). */
export async function findAttachment(db: Db, resourceId: number, attachmentId: number) {
  return db
    .selectFrom('resource_attachments as a')
    .innerJoin('media as m', 'm.id', 'a.media_id')
    .select(['a.id', 'a.title', 'a.media_id', 'a.position', 'm.sha256', 'm.filename'])
    .where('a.resource_id', '=', resourceId)
    .where('a.id', '=', attachmentId)
    .executeTakeFirst();
}

/** The ids of a resource's files in their order. */
export async function attachmentOrder(db: Db, resourceId: number): Promise<number[]> {
  const rows = await db.selectFrom('resource_attachments').select('id').where('resource_id', '=', resourceId).orderBy('position').orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function setAttachmentTitle(db: Db, attachmentId: number, title: string): Promise<void> {
  await db.updateTable('resource_attachments').set({ title }).where('id', '=', attachmentId).execute();
}

/** Numbers the files 0, 1, 2… in the given order. */
export async function setAttachmentOrder(db: Db, resourceId: number, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('resource_attachments').set({ position }).where('id', '=', id).where('resource_id', '=', resourceId).execute();
  }
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
  const revision = await db.selectFrom('news_revisions').select('id').where(sql<boolean>`snapshot like ${`%"${media.sha256}"%`}`).limit(1).executeTakeFirst();
  return Boolean(revision);
}

export async function deleteMedia(db: Db, mediaId: number): Promise<void> {
  await db.deleteFrom('media').where('id', '=', mediaId).execute();
}
