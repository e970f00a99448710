/** The PostgreSQL search layout: both tsvectors kept in the row, rows written before rewritten. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, dialects, migrateTestDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';

const PREVIOUS = '20261208T0900_read_paths';
const postgres = dialects().find((d) => d.name === 'postgres')!;

test('PostgreSQL: the tsvectors are kept in the row, and documents indexed before are written again', { skip: postgres.skip }, async () => {
  const database = await createTestDatabase('postgres');
  try {
    const { db } = database;
    await migrateTestDatabase(database, PREVIOUS);
    // No figures: their table changes shape in a later migration.
    await createTestMember(db, {
      slug: 'avant',
      name: 'Commune indexée avant',
      territory: { kind: 'commune', code: '86194' },
      figures: [],
    });
    const layout = async () =>
      (
        await sql<{ attname: string; attstorage: string }>`
          SELECT attname, attstorage FROM pg_attribute
          WHERE attrelid = 'search_documents'::regclass AND attname IN ('tsv_folded', 'tsv_stems') ORDER BY attname`.execute(db)
      ).rows.map((r) => `${r.attname}:${r.attstorage}`);
    const version = async () =>
      (await sql<{ v: string }>`SELECT xmin::text AS v FROM search_documents WHERE title = 'Commune indexée avant'`.execute(db)).rows[0]!.v;
    assert.deepEqual(await layout(), ['tsv_folded:x', 'tsv_stems:x']);
    const before = await version();

    await migrateTestDatabase(database, 'latest');
    assert.deepEqual(await layout(), ['tsv_folded:m', 'tsv_stems:m']);
    assert.notEqual(await version(), before, 'the row was written again');
    const found = await sql<{ n: string }>`
      SELECT count(*) AS n FROM search_documents d
      WHERE d.tsv_folded @@ to_tsquery('essor_folded', 'indexee') AND d.title = 'Commune indexée avant'`.execute(db);
    assert.equal(Number(found.rows[0]!.n), 1, 'its tsvectors, computed again, still match');
  } finally {
    await database.close();
  }
});
