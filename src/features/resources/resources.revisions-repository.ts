/** SQL of resource revisions (resources.editing.ts holds the rules). */
import type { Db } from '../../db/database.ts';
import type { ResourceRevisionRow, ResourceRevisionState, ResourceRevisionsTable } from './resources.table.ts';
import type { Insertable } from 'kysely';

export async function findRevision(db: Db, id: number): Promise<ResourceRevisionRow | undefined> {
  return db.selectFrom('resource_revisions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest revision of a resource in that state. */
export async function latestRevision(db: Db, resourceId: number, state: ResourceRevisionState): Promise<ResourceRevisionRow | undefined> {
  return db.selectFrom('resource_revisions').selectAll().where('resource_id', '=', resourceId).where('state', '=', state).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertRevision(db: Db, row: Insertable<ResourceRevisionsTable>): Promise<number> {
  const { id } = await db.insertInto('resource_revisions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateRevision(db: Db, id: number, values: Partial<Insertable<ResourceRevisionsTable>>): Promise<void> {
  await db.updateTable('resource_revisions').set(values).where('id', '=', id).execute();
}

/** Every version of a resource, newest first, without the snapshots. */
export async function listRevisions(db: Db, resourceId: number) {
  return db.selectFrom('resource_revisions').select(['id', 'created_at', 'author', 'origin', 'state']).where('resource_id', '=', resourceId).orderBy('id', 'desc').execute();
}

/** Ids of the resources that have an open draft (for the back-office list). */
export async function resourcesWithDraft(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('resource_revisions').select('resource_id').where('state', '=', 'draft').execute();
  return new Set(rows.map((r) => r.resource_id));
}
