/** SQL of stored media. */
import type { Db } from '../../db/database.ts';
import type { MediaInfo, MediaRow, MediaTable } from './media.table.ts';
import { sql, type Insertable } from 'kysely';

const INFO = ['id', 'sha256', 'content_type', 'byte_size', 'width', 'height', 'filename', 'created_at', 'created_by'] as const;

export async function findMediaInfo(db: Db, by: { id: number } | { sha256: string }): Promise<MediaInfo | undefined> {
  const query = db.selectFrom('media').select(INFO);
  return ('id' in by ? query.where('id', '=', by.id) : query.where('sha256', '=', by.sha256)).executeTakeFirst();
}

export async function findMediaWithData(db: Db, sha256: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export async function insertMedia(db: Db, row: Insertable<MediaTable>): Promise<number> {
  const { id } = await db.insertInto('media').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Several media by id, without their bytes. */
export async function listMediaInfo(db: Db, ids: number[]): Promise<MediaInfo[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('media').select(INFO).where('id', 'in', ids).execute();
}

/** Whether an image illustrates a news item that is published and due (then anyone may see it). */
export async function isPublicNewsImage(db: Db, mediaId: number, nowIso: string): Promise<boolean> {
  const row = await db
    .selectFrom('news')
    .select('id')
    .where('image_id', '=', mediaId)
    .where('status', '=', 'published')
    .where('published_at', '<=', nowIso)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether an image illustrates a news item of a member, online or in one of its versions (drafts included). */
export async function isImageOfMemberNews(db: Db, media: { id: number; sha256: string }, memberId: number): Promise<boolean> {
  const row = await db
    .selectFrom('news as n')
    .select('n.id')
    .where('n.member_id', '=', memberId)
    .where((eb) =>
      eb.or([
        eb('n.image_id', '=', media.id),
        eb.exists(
          eb
            .selectFrom('revisions as r')
            .select('r.id')
            .where('r.subject_type', '=', 'news')
            .whereRef('r.subject_id', '=', 'n.id')
            .where(sql<boolean>`r.snapshot like ${`%"${media.sha256}"%`}`),
        ),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
