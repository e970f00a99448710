/**
 * A campaign of the previous release learns the kinds of member it concerns from the members it
 * already asks ('' when it asks every kind), so that members joining later are asked too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestDatabase, describeEachDatabase, migrateTestDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { MIGRATION_NAMES } from '../migrate.ts';

const PREVIOUS = '20261209T1000_campaigns';
const THIS = '20261210T0900_campaign_member_kinds';

test('the migration follows the previous release', () => {
  assert.equal(MIGRATION_NAMES[MIGRATION_NAMES.indexOf(THIS) - 1], PREVIOUS);
});

describeEachDatabase('campaign member kinds migration', (_getDb, dialect) => {
  test('existing campaigns keep the kinds of the members they ask', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const db = database.db as any;
      await migrateTestDatabase(database, PREVIOUS);
      const commune = await createTestMember(database.db, {
        slug: 'commune-a',
        territory: { kind: 'commune', code: '86194' },
        figures: [],
      });
      const region = await createTestMember(database.db, { slug: 'region-a', territory: { kind: 'region', code: '75' }, figures: [] });
      const campaign = (year: number) => ({
        year,
        title: `Campagne ${year}`,
        opens_on: `${year}-01-01`,
        deadline: `${year}-03-31`,
        state: 'open',
        reminder_days: '7',
        min_cell: 5,
        created_at: `${year}-01-01T00:00:00.000Z`,
      });
      const ids: number[] = [];
      for (const year of [2025, 2026, 2027])
        ids.push(Number((await db.insertInto('campaigns').values(campaign(year)).returning('id').executeTakeFirstOrThrow()).id));
      await db
        .insertInto('campaign_responses')
        .values([
          { campaign_id: ids[0], member_id: commune.id },
          { campaign_id: ids[2], member_id: commune.id },
          { campaign_id: ids[2], member_id: region.id },
        ])
        .execute();

      await migrateTestDatabase(database, 'latest');
      const rows = await db.selectFrom('campaigns').select(['id', 'member_kinds']).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r: { member_kinds: string }) => r.member_kinds),
        ['commune', '', 'region,commune'],
      );

      await migrateTestDatabase(database, PREVIOUS);
      const back = await db.selectFrom('campaigns').selectAll().executeTakeFirstOrThrow();
      assert.equal('member_kinds' in back, false);
    } finally {
      await database.close();
    }
  });
});
