/** The editorial workflow, driven through a member's profile: who publishes directly, and who is told. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import type { Actor } from '../../shared/access.ts';
import { contentOf, profiles } from '../members/members.public.ts';
import { findMemberBySlug, updateMember } from '../members/members.public.ts';
import { snapshotProfile } from '../members/members.public.ts';
import type { MemberRow } from '../members/members.public.ts';
import { publishesDirectly } from './revisions.policy.ts';
import { approve, editable, history, reject, saveDraft, submit } from './revisions.workflow.ts';

const PUBLIC_URL = 'http://essor.test';

test('an admin publishes directly; an editor only when the member is in direct moderation', () => {
  const editor: Actor = { id: 1, email: 'e@x.fr', name: 'E', role: 'editor', memberId: 3 };
  const admin: Actor = { id: 2, email: 'a@x.fr', name: 'A', role: 'admin', memberId: null };
  assert.equal(publishesDirectly(admin, 'review'), true);
  assert.equal(publishesDirectly(admin, null), true);
  assert.equal(publishesDirectly(editor, 'review'), false);
  assert.equal(publishesDirectly(editor, 'direct'), true);
  assert.equal(publishesDirectly(null, 'review'), false);
});

describeEachDatabase('editorial workflow', (getDb) => {
  let member: MemberRow;
  let editor: Actor;
  let admins: { email: string; actor: Actor }[];

  before(async () => {
    const { db } = getDb();
    const created = await createTestMember(db, { slug: 'ville-moderee', name: 'Ville modérée' });
    member = (await findMemberBySlug(db, created.slug ?? 'ville-moderee'))!;
    editor = (await createTestUser(db, { role: 'editor', memberId: member.id, name: 'Rédactrice', email: 'redactrice@ville.test' })).actor;
    admins = [
      await createTestUser(db, { role: 'admin', name: 'Admin Un' }),
      await createTestUser(db, { role: 'admin', name: 'Admin Deux' }),
    ];
    await createTestUser(db, { role: 'admin', status: 'disabled' });
  });

  const outboxAfter = async (id: number) => getDb().db.selectFrom('outbox').selectAll().where('id', '>', id).orderBy('id').execute();
  const lastOutboxId = async () =>
    Number(
      (
        await getDb()
          .db.selectFrom('outbox')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirst()
      )?.id ?? 0,
    );

  test('a submission that waits tells every active admin, with a link to the queue', async () => {
    const { db } = getDb();
    const mark = await lastOutboxId();
    const live = contentOf(await snapshotProfile(db, member.id));
    const result = await db
      .transaction()
      .execute((trx) =>
        submit(trx, profiles, editor, member, { ...live, website: 'https://ville-moderee.test' }, { publicUrl: PUBLIC_URL }),
      );
    assert.equal(result.state, 'submitted');
    const sent = await outboxAfter(mark);
    assert.deepEqual(sent.map((m) => m.to_address).sort(), admins.map((a) => a.email).sort());
    assert.deepEqual(result.mail.sort(), sent.map((m) => m.id).sort());
    assert.match(sent[0]!.subject, /Modification du profil de Ville modérée à relire/);
    assert.match(sent[0]!.body_text, /Rédactrice a soumis une modification du profil de Ville modérée/);
    assert.match(sent[0]!.body_text, /http:\/\/essor\.test\/admin\/moderation/);
  });

  test('approving publishes and tells the author', async () => {
    const { db } = getDb();
    const mark = await lastOutboxId();
    const waiting = (await editable(db, profiles, member)).revision!;
    const mail = await db.transaction().execute((trx) => approve(trx, profiles, admins[0]!.actor, waiting.id, { publicUrl: PUBLIC_URL }));
    const sent = await outboxAfter(mark);
    assert.deepEqual(
      sent.map((m) => m.id),
      mail,
    );
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.to_address, 'redactrice@ville.test');
    assert.match(sent[0]!.body_text, /Admin Un a validé votre modification du profil de Ville modérée : elle est en ligne\./);
    assert.match(sent[0]!.body_text, /http:\/\/essor\.test\/admin\/adherents\/ville-moderee\/profil/);
    assert.equal((await findMemberBySlug(db, member.slug))!.website, 'https://ville-moderee.test');
  });

  test('rejecting keeps the text and tells the author why', async () => {
    const { db } = getDb();
    const live = contentOf(await snapshotProfile(db, member.id));
    const { revisionId } = await db
      .transaction()
      .execute((trx) => submit(trx, profiles, editor, member, { ...live, website: 'https://ailleurs.test' }, { publicUrl: PUBLIC_URL }));
    const mark = await lastOutboxId();
    await db
      .transaction()
      .execute((trx) => reject(trx, profiles, admins[1]!.actor, revisionId!, 'Adresse du site à vérifier.', { publicUrl: PUBLIC_URL }));
    const sent = await outboxAfter(mark);
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.subject, /à reprendre/);
    assert.match(
      sent[0]!.body_text,
      /Admin Deux n’a pas validé votre modification du profil de Ville modérée\. Son commentaire :\n\nAdresse du site à vérifier\./,
    );
    assert.equal((await findMemberBySlug(db, member.slug))!.website, 'https://ville-moderee.test', 'nothing public changed');
    assert.equal((await history(db, profiles, member)).find((h) => h.id === revisionId)?.state, 'rejected');
  });

  test('a member in direct moderation publishes at once, and nobody is told', async () => {
    const { db } = getDb();
    await updateMember(db, member.id, { moderation: 'direct' });
    const direct = (await findMemberBySlug(db, member.slug))!;
    const mark = await lastOutboxId();
    const live = contentOf(await snapshotProfile(db, member.id));
    const result = await db
      .transaction()
      .execute((trx) => submit(trx, profiles, editor, direct, { ...live, website: 'https://directe.test' }, { publicUrl: PUBLIC_URL }));
    assert.equal(result.state, 'published');
    assert.deepEqual(await outboxAfter(mark), []);
    assert.equal((await findMemberBySlug(db, member.slug))!.website, 'https://directe.test');
  });

  test('concurrent saves and submissions of one subject leave one draft and one waiting submission, without an error', async () => {
    const { db } = getDb();
    await updateMember(db, member.id, { moderation: 'review' });
    const reviewed = (await findMemberBySlug(db, member.slug))!;
    const live = contentOf(await snapshotProfile(db, member.id));
    const count = async (state: string) =>
      (
        await db
          .selectFrom('revisions')
          .select('id')
          .where('subject_type', '=', 'member')
          .where('subject_id', '=', member.id)
          .where('state', '=', state as 'draft')
          .execute()
      ).length;
    // Twelve editors' saves at once, each in its own transaction (on PostgreSQL, on as many connections).
    const saves = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction().execute((trx) => saveDraft(trx, profiles, editor, reviewed, { ...live, website: `https://essai-${i}.test` })),
      ),
    );
    assert.deepEqual(
      saves.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      [],
    );
    assert.equal(await count('draft'), 1);
    const submissions = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        db.transaction().execute((trx) => submit(trx, profiles, editor, reviewed, { ...live, website: `https://soumis-${i}.test` })),
      ),
    );
    assert.deepEqual(
      submissions.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      [],
    );
    assert.equal(await count('submitted'), 1);
    assert.equal(await count('draft'), 0);
    // The database refuses a second open draft whatever the code does.
    const insert = () =>
      db
        .insertInto('revisions')
        .values({
          subject_type: 'member',
          subject_id: member.id,
          created_at: new Date().toISOString(),
          author: 'Test',
          author_id: null,
          origin: 'edit',
          state: 'draft',
          content_hash: 'x',
          snapshot: '{}',
        })
        .execute();
    await insert();
    await assert.rejects(insert);
  });
});
