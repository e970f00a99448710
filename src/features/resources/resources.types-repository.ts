/** The SQL of the network's list of resource types (resources.types.ts). */
import type { Db } from '../../db/database.ts';
import type { ResourceTypeRow } from './resources.table.ts';

export function listResourceTypes(db: Db): Promise<ResourceTypeRow[]> {
  return db.selectFrom('resource_types').selectAll().orderBy('position').orderBy('id').execute();
}

export function findResourceType(db: Db, id: number): Promise<ResourceTypeRow | undefined> {
  return db.selectFrom('resource_types').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertResourceType(db: Db, row: { slug: string; name: string; position: number }): Promise<number> {
  const { id } = await db.insertInto('resource_types').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateResourceType(db: Db, id: number, patch: { name?: string; position?: number }): Promise<void> {
  await db.updateTable('resource_types').set(patch).where('id', '=', id).execute();
}

export async function deleteResourceType(db: Db, id: number): Promise<void> {
  await db.deleteFrom('resource_types').where('id', '=', id).execute();
}

/** Every resource's live type (id, type slug). */
export function listResourceTypeUses(db: Db): Promise<{ id: number; type: string }[]> {
  return db.selectFrom('resources').select(['id', 'type']).execute();
}

/** Ids of the resources of a type. */
export async function listResourceIdsOfType(db: Db, slug: string): Promise<number[]> {
  return (await db.selectFrom('resources').select('id').where('type', '=', slug).execute()).map((r) => r.id);
}
