/**
 * The move of member_revisions, news_revisions and resource_revisions into `revisions`: every
 * version of a database made by the previous release is kept, with its state, review, snapshot and
 * the version its draft started from; the way back restores the three tables as they were.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { describeEachDatabase, migrateTestDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestNews, createTestUser } from '../../../test/factories.ts';
import { openDatabase } from '../database.ts';
import { MIGRATION_NAMES, migrateTo, migrateToLatest } from '../migrate.ts';
import { profiles } from '../../features/members/admin/members.editing.ts';
import { findVersion, history } from '../../features/revisions/revisions.workflow.ts';
import { newsItems } from '../../features/news/admin/news.editing.ts';
import { createResource } from '../../features/resources/resources.service.ts';
import { findMemberBySlug } from '../../features/members/members.repository.ts';

const PREVIOUS = '20261127T0100_search_prefix';
const THIS = '20261207T1200_revisions';

test('the migration follows the previous release', () => {
  assert.equal(MIGRATION_NAMES[MIGRATION_NAMES.indexOf(THIS) - 1], PREVIOUS);
});

test('going back restores the three tables of the previous release, column for column (SQLite)', async () => {
  const columns = async (db: Kysely<any>, table: string) =>
    (
      await sql<{
        name: string;
        type: string;
        notnull: number;
      }>`select name, type, "notnull" from pragma_table_info(${table}) order by name`.execute(db)
    ).rows;
  const previous = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  const roundTrip = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  try {
    await migrateTo(previous, PREVIOUS);
    await migrateToLatest(roundTrip);
    await migrateTo(roundTrip, PREVIOUS);
    for (const table of ['member_revisions', 'news_revisions', 'resource_revisions']) {
      assert.deepEqual(await columns(roundTrip.db, table), await columns(previous.db, table), table);
    }
  } finally {
    await previous.close();
    await roundTrip.close();
  }
});

describeEachDatabase('migration to one revisions table', (getDb) => {
  test('every version of every subject is kept, in order, with its links', async () => {
    const database = getDb();
    const { db } = database;
    const member = await createTestMember(db, { slug: 'grand-poitiers-migration' });
    const slug = 'grand-poitiers-migration';
    const news = await createTestNews(db, { memberSlugs: [slug] });
    const resource = await createResource(db, {
      title: 'Guide migré',
      type: 'guide',
      summary: 'Un guide.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'public',
      publishedAt: '2026-03-02',
    });
    const reviewer = await createTestUser(db, { role: 'admin', name: 'Relectrice' });

    // The database as the previous release left it, with versions written the way it wrote them.
    await migrateTestDatabase(database, PREVIOUS);
    const old = db as unknown as Kysely<any>;
    const snapshot = (title: string) => JSON.stringify({ title, sections: [] });
    const insert = async (table: string, values: Record<string, unknown>) =>
      (
        await old
          .insertInto(table)
          .values({ created_at: '2026-01-02T10:00:00.000Z', author: 'Rédactrice', content_hash: 'h', ...values })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id as number;
    const memberPublished = await insert('member_revisions', {
      member_id: member.id,
      origin: 'import',
      state: 'published',
      snapshot: snapshot('importé'),
    });
    const memberRejected = await insert('member_revisions', {
      member_id: member.id,
      origin: 'edit',
      state: 'rejected',
      snapshot: snapshot('refusé'),
      base_revision_id: memberPublished,
      reviewed_by: reviewer.id,
      reviewed_at: '2026-01-03T10:00:00.000Z',
      review_comment: 'Chiffres sans source.',
    });
    const memberSubmitted = await insert('member_revisions', {
      member_id: member.id,
      origin: 'edit',
      state: 'submitted',
      snapshot: snapshot('soumis'),
      base_revision_id: memberPublished,
    });
    const newsPublished = await insert('news_revisions', {
      news_id: news.id,
      origin: 'snapshot',
      state: 'published',
      snapshot: snapshot('actualité'),
    });
    const newsDraft = await insert('news_revisions', {
      news_id: news.id,
      origin: 'edit',
      state: 'draft',
      snapshot: snapshot('brouillon'),
      base_revision_id: newsPublished,
    });
    await insert('resource_revisions', { resource_id: resource, origin: 'create', state: 'published', snapshot: snapshot('guide') });
    await insert('resource_revisions', { resource_id: resource, origin: 'edit', state: 'superseded', snapshot: snapshot('abandonné') });
    await insert('resource_revisions', { resource_id: resource, origin: 'edit', state: 'draft', snapshot: snapshot('en cours') });
    const before = {
      member: await old.selectFrom('member_revisions').selectAll().orderBy('id').execute(),
      news: await old.selectFrom('news_revisions').selectAll().orderBy('id').execute(),
      resource: await old.selectFrom('resource_revisions').selectAll().orderBy('id').execute(),
    };

    assert.deepEqual(await migrateTestDatabase(database, THIS), [THIS]);

    const after = await db.selectFrom('revisions').selectAll().orderBy('id').execute();
    const ofType = (type: string) => after.filter((r) => r.subject_type === type);
    const subjectColumn = { member: 'member_id', news: 'news_id', resource: 'resource_id' } as const;
    for (const type of ['member', 'news', 'resource'] as const) {
      const moved = ofType(type);
      assert.equal(moved.length, before[type].length, `${type}: every version moved`);
      before[type].forEach((row: Record<string, unknown>, i) => {
        const now = moved[i]!;
        assert.equal(now.subject_id, row[subjectColumn[type]]);
        for (const column of ['created_at', 'author', 'origin', 'state', 'content_hash', 'snapshot'] as const)
          assert.equal(now[column], row[column], `${type} ${i} ${column}`);
      });
    }
    // Links to the base version follow the new ids; the review is kept.
    const moved = (type: string, oldId: number, rows: Record<string, unknown>[]) => ofType(type)[rows.findIndex((r) => r.id === oldId)]!;
    const submitted = moved('member', memberSubmitted, before.member);
    assert.equal(submitted.base_revision_id, moved('member', memberPublished, before.member).id);
    const rejected = moved('member', memberRejected, before.member);
    assert.deepEqual([rejected.reviewed_by, rejected.review_comment], [reviewer.id, 'Chiffres sans source.']);
    assert.equal(moved('news', newsDraft, before.news).base_revision_id, moved('news', newsPublished, before.news).id);
    assert.ok(ofType('resource').every((r) => r.base_revision_id === null && r.reviewed_by === null));

    // The application reads them where it read them before.
    assert.equal((await findVersion(db, profiles, submitted.id))?.state, 'submitted');
    assert.equal(
      await findVersion(db, profiles, moved('news', newsDraft, before.news).id),
      undefined,
      'a news version is not a profile version',
    );
    assert.equal((await findVersion(db, newsItems, moved('news', newsDraft, before.news).id))?.subject_id, news.id);
    const versions = await history(db, profiles, (await findMemberBySlug(db, slug))!);
    assert.equal(versions.find((h) => h.id === rejected.id)?.reviewer_name, 'Relectrice');
    // One open draft per resource, still.
    await assert.rejects(
      db
        .insertInto('revisions')
        .values({
          subject_type: 'resource',
          subject_id: resource,
          created_at: 'x',
          author: 'x',
          origin: 'edit',
          state: 'draft',
          content_hash: 'x',
          snapshot: '{}',
        })
        .execute(),
    );
  });
});
