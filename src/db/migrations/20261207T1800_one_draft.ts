/**
 * At most one open draft and one waiting submission per subject, enforced by the database (the
 * workflow's read-then-write let concurrent saves create several on PostgreSQL), and a row per
 * subject that a change locks first (`subject_locks`), so that concurrent changes of one subject
 * run one after the other on both databases. Extra drafts or submissions left by the old race are
 * set aside (`superseded` / `rejected`), the newest kept. Frozen in time.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Keep the newest open draft and waiting submission of each subject.
  await sql`update revisions set state = 'superseded'
    where state = 'draft' and exists (
      select 1 from revisions newer where newer.subject_type = revisions.subject_type
        and newer.subject_id = revisions.subject_id and newer.state = 'draft' and newer.id > revisions.id)`.execute(db);
  await sql`update revisions set state = 'rejected', review_comment = 'Remplacée par une soumission plus récente.'
    where state = 'submitted' and exists (
      select 1 from revisions newer where newer.subject_type = revisions.subject_type
        and newer.subject_id = revisions.subject_id and newer.state = 'submitted' and newer.id > revisions.id)`.execute(db);
  await sql`drop index if exists revisions_one_resource_draft_idx`.execute(db);
  await sql`create unique index revisions_one_draft_idx on revisions (subject_type, subject_id) where state = 'draft'`.execute(db);
  await sql`create unique index revisions_one_submission_idx on revisions (subject_type, subject_id) where state = 'submitted'`.execute(db);
  await db.schema
    .createTable('subject_locks')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('subject_locks_pk', ['subject_type', 'subject_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('subject_locks').execute();
  await sql`drop index revisions_one_submission_idx`.execute(db);
  await sql`drop index revisions_one_draft_idx`.execute(db);
  await sql`create unique index revisions_one_resource_draft_idx on revisions (subject_id) where subject_type = 'resource' and state = 'draft'`.execute(
    db,
  );
}
