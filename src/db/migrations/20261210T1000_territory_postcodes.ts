/**
 * Postcodes of communes (issue 17: the territory finder answers "87000" with Limoges), from the
 * same official package as the rest of the geography; filled when the geography is (re)loaded.
 * Space-separated, e.g. "87000 87100 87280". Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('territories').addColumn('postcodes', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('territories').dropColumn('postcodes').execute();
}
