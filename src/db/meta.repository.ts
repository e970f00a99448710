/** SQL of the `meta` key/value table. */
import type { Db } from './database.ts';

export async function getMeta(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Several values in one query (absent keys are absent from the result). */
export async function getMetas(db: Db, keys: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** Inserts or replaces a value (ON CONFLICT works the same on SQLite and PostgreSQL). */
export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Marks published content as changed: every app instance polls this value and drops
 * its cached pages when it moves (see src/web/page-cache.ts).
 */
export async function bumpContentVersion(db: Db): Promise<void> {
  await setMeta(db, 'content_version', `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
}
