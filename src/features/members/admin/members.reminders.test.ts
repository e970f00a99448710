/** Reminders for stale profiles, on both databases: who gets one, and at most once per period. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../../test/factories.ts';
import { listProfilesByAge, REMINDER_INTERVAL_DAYS, remindEditors, remindStaleProfiles } from './members.reminders.ts';

const PUBLIC = 'http://essor.test';
const DAY = 86_400_000;

describeEachDatabase('stale-profile reminders', (getDb) => {
  let stale: { id: number };
  let fresh: { id: number };
  let orphan: { id: number };
  before(async () => {
    const { db } = getDb();
    stale = await createTestMember(db, { slug: 'vieux-profil', name: 'Vieux profil', updatedAt: '2014-05-01' });
    fresh = await createTestMember(db, { slug: 'profil-recent', name: 'Profil récent', updatedAt: '2026-10-01' });
    orphan = await createTestMember(db, { slug: 'sans-redacteur', name: 'Sans rédacteur', updatedAt: '2015-01-01' });
    await createTestUser(db, { role: 'editor', memberId: stale.id, email: 'a@vieux.fr' });
    await createTestUser(db, { role: 'editor', memberId: stale.id, email: 'b@vieux.fr' });
    await createTestUser(db, { role: 'editor', memberId: stale.id, email: 'parti@vieux.fr', status: 'disabled' });
    await createTestUser(db, { role: 'reader', memberId: stale.id, email: 'lecteur@vieux.fr' });
    await createTestUser(db, { role: 'editor', memberId: fresh.id, email: 'c@recent.fr' });
  });

  test('the dashboard lists profiles oldest first, with their number of active editors', async () => {
    const rows = await listProfilesByAge(getDb().db, 10);
    assert.deepEqual(
      rows.map((r) => [r.slug, r.editors]),
      [
        ['vieux-profil', 2],
        ['sans-redacteur', 0],
        ['profil-recent', 1],
      ],
    );
  });

  test('the automatic pass mails the active editors of profiles past the age, once per period', async () => {
    const { db } = getDb();
    const now = new Date('2026-11-26T08:00:00Z');
    const ids = await remindStaleProfiles(db, 24, PUBLIC, now);
    const mails = await db
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'body_text'])
      .where('id', 'in', ids)
      .orderBy('to_address')
      .execute();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      ['a@vieux.fr', 'b@vieux.fr'],
    );
    assert.match(mails[0]!.subject, /Vieux profil attend une mise à jour/);
    assert.match(mails[0]!.body_text, /depuis le 1 mai 2014/);
    assert.ok(mails[0]!.body_text.includes(`${PUBLIC}/admin/adherents/vieux-profil/profil`));

    assert.deepEqual(await remindStaleProfiles(db, 24, PUBLIC, new Date(now.getTime() + 10 * DAY)), [], 'not again within the period');
    assert.equal(
      (await remindStaleProfiles(db, 24, PUBLIC, new Date(now.getTime() + (REMINDER_INTERVAL_DAYS + 1) * DAY))).length,
      2,
      'again after it',
    );
    assert.deepEqual(await remindStaleProfiles(db, 0, PUBLIC, now), [], '0 months turns reminders off');
    const audited = await db.selectFrom('audit_log').select('actor_label').where('action', '=', 'profile.reminded').execute();
    assert.deepEqual(
      audited.map((a) => a.actor_label),
      ['système', 'système'],
    );
  });

  test('an admin can remind at once; a member without editor gets no reminder and no claim', async () => {
    const { db } = getDb();
    const admin = await createTestUser(db, { role: 'admin' });
    const member = await db.selectFrom('members').selectAll().where('id', '=', orphan.id).executeTakeFirstOrThrow();
    assert.deepEqual(await remindEditors(db, admin.actor, member, PUBLIC), []);
    const after = await db.selectFrom('members').select('reminded_at').where('id', '=', orphan.id).executeTakeFirstOrThrow();
    assert.equal(after.reminded_at, null);
    const recent = await db.selectFrom('members').selectAll().where('id', '=', fresh.id).executeTakeFirstOrThrow();
    assert.equal((await remindEditors(db, admin.actor, recent, PUBLIC)).length, 1);
  });
});
