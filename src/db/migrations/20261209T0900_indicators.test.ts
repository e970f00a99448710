/**
 * Figures become series of indicator values: a database of the previous release keeps every
 * figure (confirmed ones declared with the definition not checked, imported ones extracted),
 * its profile versions take the new shape, and the way back keeps one figure per kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestDatabase, describeEachDatabase, migrateTestDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { MIGRATION_NAMES } from '../migrate.ts';

const PREVIOUS = '20261208T1000_search_storage';
const THIS = '20261209T0900_indicators';

test('the migration follows the previous release', () => {
  assert.equal(MIGRATION_NAMES[MIGRATION_NAMES.indexOf(THIS) - 1], PREVIOUS);
});

describeEachDatabase('indicators migration', (_getDb, dialect) => {
  test('figures and profile versions of the previous release are kept, and come back', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const db = database.db as any;
      await migrateTestDatabase(database, PREVIOUS);
      // No figures through today's code: their table has the previous shape here.
      const member = await createTestMember(database.db, { slug: 'avant-indicateurs', figures: [] });
      const old = (kind: string, value: number, year: number | null, confirmed: number) => ({
        member_id: member.id,
        kind,
        value,
        unit: '€',
        year,
        source: 'Source',
        confirmed,
        source_text: confirmed ? null : 'Phrase lue.',
      });
      await db
        .insertInto('member_figures')
        .values([old('budget_eur', 1000, 2024, 1), old('ess_jobs', 4200, null, 0)])
        .execute();
      const figure = { kind: 'budget_eur', value: 1000, unit: '€', year: 2024, source: 'Source', confirmed: true, sourceText: null };
      await db
        .insertInto('revisions')
        .values({
          subject_type: 'member',
          subject_id: member.id,
          created_at: '2026-01-01T00:00:00.000Z',
          author: 'Test',
          origin: 'edit',
          state: 'published',
          content_hash: 'x',
          snapshot: JSON.stringify({ name: 'x', joinedYear: null, updatedAt: '2026-01-01', sections: [], figures: [figure] }),
        })
        .execute();

      await migrateTestDatabase(database, 'latest');
      const rows = await db
        .selectFrom('member_figures')
        .select(['kind', 'year', 'status', 'follows_definition', 'source_text'])
        .where('member_id', '=', member.id)
        .orderBy('kind')
        .execute();
      assert.deepEqual(rows, [
        { kind: 'budget_eur', year: 2024, status: 'declared', follows_definition: null, source_text: null },
        { kind: 'ess_jobs', year: null, status: 'extracted', follows_definition: null, source_text: 'Phrase lue.' },
      ]);
      const version = await db.selectFrom('revisions').select('snapshot').where('subject_id', '=', member.id).executeTakeFirstOrThrow();
      const { kind, value, unit, year, source, sourceText } = figure;
      assert.deepEqual(JSON.parse(version.snapshot).figures, [
        { kind, value, unit, year, source, sourceText, status: 'declared', followsDefinition: null, definitionNote: null },
      ]);
      assert.equal((await db.selectFrom('indicators').select('code').execute()).length, 5);

      // A second year of the budget: the way back keeps the latest year of each kind.
      await db
        .insertInto('member_figures')
        .values({ member_id: member.id, kind: 'budget_eur', value: 1200, unit: '€', year: 2025, source: 'Source', status: 'validated' })
        .execute();
      await migrateTestDatabase(database, PREVIOUS);
      const back = await db
        .selectFrom('member_figures')
        .select(['kind', 'value', 'confirmed'])
        .where('member_id', '=', member.id)
        .orderBy('kind')
        .execute();
      assert.deepEqual(back, [
        { kind: 'budget_eur', value: 1200, confirmed: 1 },
        { kind: 'ess_jobs', value: 4200, confirmed: 0 },
      ]);
      const versionBack = await db.selectFrom('revisions').select('snapshot').where('subject_id', '=', member.id).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(versionBack.snapshot).figures, [figure]);
    } finally {
      await database.close();
    }
  });
});
