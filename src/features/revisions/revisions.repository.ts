/**
 * SQL of `revisions`, the versions of every edited content. Each subject (a member's profile, a
 * news item, a resource) is named by its type and id; the rules of each subject's workflow live
 * in its feature, the queries here.
 */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RevisionOrigin, RevisionRow, RevisionsTable, RevisionState, SubjectType } from './revisions.table.ts';

/** A content that has versions. */
export interface Subject {
  type: SubjectType;
  id: number;
}

export async function findRevision(db: Db, id: number): Promise<RevisionRow | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  return db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest version of a subject, in one of the given states and origins when given. */
export async function latestRevision(
  db: Db,
  subject: Subject,
  filter: { state?: RevisionState | RevisionState[]; origin?: RevisionOrigin | RevisionOrigin[] } = {},
): Promise<RevisionRow | undefined> {
  let query = db.selectFrom('revisions').selectAll().where('subject_type', '=', subject.type).where('subject_id', '=', subject.id);
  if (filter.state) query = query.where('state', 'in', [filter.state].flat());
  if (filter.origin) query = query.where('origin', 'in', [filter.origin].flat());
  return query.orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertRevision(db: Db, row: Insertable<RevisionsTable>): Promise<number> {
  const { id } = await db.insertInto('revisions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateRevision(db: Db, id: number, values: Updateable<RevisionsTable>): Promise<void> {
  await db.updateTable('revisions').set(values).where('id', '=', id).execute();
}

/** Every version of a subject, oldest first. */
export async function listRevisionRows(db: Db, subject: Subject): Promise<RevisionRow[]> {
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .orderBy('id')
    .execute();
}

/** The history of a subject, newest first, without snapshots, with the reviewer's name. */
export async function listHistory(db: Db, subject: Subject) {
  return db
    .selectFrom('revisions as r')
    .leftJoin('users as reviewer', 'reviewer.id', 'r.reviewed_by')
    .select([
      'r.id',
      'r.created_at',
      'r.author',
      'r.origin',
      'r.state',
      'r.reviewed_at',
      'r.review_comment',
      'reviewer.name as reviewer_name',
    ])
    .where('r.subject_type', '=', subject.type)
    .where('r.subject_id', '=', subject.id)
    .orderBy('r.id', 'desc')
    .execute();
}

/** Submissions of one type of subject waiting for the network, oldest first. */
export async function listSubmitted(db: Db, type: SubjectType): Promise<RevisionRow[]> {
  return db.selectFrom('revisions').selectAll().where('state', '=', 'submitted').where('subject_type', '=', type).orderBy('id').execute();
}

/**
 * The last version a reviewer refused (not one replaced by a newer submission, which no one
 * reviewed), when nothing was published since; with its reviewer's name.
 */
export async function lastRefused(db: Db, subject: Subject): Promise<(RevisionRow & { reviewer: string | null }) | null> {
  const rejected = await db
    .selectFrom('revisions as r')
    .leftJoin('users as u', 'u.id', 'r.reviewed_by')
    .selectAll('r')
    .select('u.name as reviewer')
    .where('r.subject_type', '=', subject.type)
    .where('r.subject_id', '=', subject.id)
    .where('r.state', '=', 'rejected')
    .where('r.reviewed_by', 'is not', null)
    .orderBy('r.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!rejected) return null;
  const published = await latestRevision(db, subject, { state: 'published' });
  return !published || rejected.id > published.id ? rejected : null;
}

/** The last refusal by a reviewer of a subject, when nothing was published since. */
export async function lastRejection(db: Db, subject: Subject): Promise<{ at: string; comment: string; by: string | null } | null> {
  const rejected = await lastRefused(db, subject);
  return rejected ? { at: rejected.reviewed_at!, comment: rejected.review_comment ?? '', by: rejected.reviewer } : null;
}

/** Ids of the subjects of a type that have a version in that state. */
export async function subjectsInState(db: Db, type: SubjectType, state: RevisionState): Promise<Set<number>> {
  const rows = await db.selectFrom('revisions').select('subject_id').where('subject_type', '=', type).where('state', '=', state).execute();
  return new Set(rows.map((r) => r.subject_id));
}

/** The open drafts of a type of subject, with their snapshots. */
export async function listDrafts(db: Db, type: SubjectType): Promise<{ subject_id: number; snapshot: string }[]> {
  return db
    .selectFrom('revisions')
    .select(['subject_id', 'snapshot'])
    .where('subject_type', '=', type)
    .where('state', '=', 'draft')
    .execute();
}

/** Whether any version of a type of subject mentions this text in its snapshot (an image's SHA-256). */
export async function anySnapshotMentions(db: Db, type: SubjectType, text: string): Promise<boolean> {
  const row = await db
    .selectFrom('revisions')
    .select('id')
    .where('subject_type', '=', type)
    .where(sql<boolean>`snapshot like ${`%"${text}"%`}`)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Takes the lock of a subject until the transaction ends: an upsert of its `subject_locks` row,
 * which PostgreSQL holds row-locked until commit (a concurrent change of the same subject waits),
 * and SQLite serialises with every write. Call it first in a transaction that changes a subject.
 */
export async function lockSubject(db: Db, subject: Subject): Promise<void> {
  await db
    .insertInto('subject_locks')
    .values({ subject_type: subject.type, subject_id: subject.id, changes: 1 })
    .onConflict((oc) => oc.columns(['subject_type', 'subject_id']).doUpdateSet((eb) => ({ changes: eb('subject_locks.changes', '+', 1) })))
    .execute();
}
