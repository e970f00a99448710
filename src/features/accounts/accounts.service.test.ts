/** Accounts on both databases: invitations, passwords, lockout, sessions, changes of role. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { InvalidInput } from '../../errors.ts';
import { passwordProblems } from './accounts.passwords.ts';
import {
  changeUser,
  createSession,
  findTokenUser,
  INVITATION_DAYS,
  inviteUser,
  LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  requestPasswordReset,
  resolveSession,
  SESSION_IDLE_DAYS,
  setPasswordWithToken,
  signIn,
} from './accounts.service.ts';

const PUBLIC = 'http://essor.test';
const META = { ip: '192.0.2.1', userAgent: 'test' };
const PASSWORD = 'une phrase de passe solide';
const tokenOf = (link: string) => link.split('/').at(-1)!;

test('password rules: length, confirmation, not the e-mail, not repetitive', () => {
  assert.deepEqual(passwordProblems(PASSWORD, PASSWORD, { email: 'a@b.fr' }), []);
  assert.match(passwordProblems('court', 'court', { email: 'a@b.fr' }).join(), /au moins 12/);
  assert.match(passwordProblems(PASSWORD, 'autre chose', { email: 'a@b.fr' }).join(), /pas identiques/);
  assert.match(
    passwordProblems('camille.martin2024', 'camille.martin2024', { email: 'camille.martin@ville.fr' }).join(),
    /adresse électronique/,
  );
  assert.match(passwordProblems('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa', { email: 'x@y.fr' }).join(), /répétitif/);
});

describeEachDatabase('accounts', (getDb) => {
  let memberId: number;
  before(async () => {
    memberId = (await createTestMember(getDb().db)).id;
  });

  test('an invitation creates an account without password, mails a single-use link, and the link sets the password', async () => {
    const { db } = getDb();
    const admin = await createTestUser(db, { role: 'admin' });
    const now = new Date('2026-03-01T10:00:00Z');
    const { userId, link, outboxId } = await inviteUser(
      db,
      admin.actor,
      { email: ' Camille@Ville.FR ', name: '', role: 'editor', memberId },
      PUBLIC,
      now,
    );
    assert.match(link, /^http:\/\/essor\.test\/invitation\/[A-Za-z0-9_-]{43}$/);
    const mail = await db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirstOrThrow();
    assert.equal(mail.to_address, 'camille@ville.fr');
    assert.ok(mail.body_text.includes(link));
    assert.equal(mail.state, 'kept');
    const stored = await db.selectFrom('account_tokens').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, tokenOf(link), 'the database keeps only a hash of the token');

    // Expired one second after its lifetime.
    const late = new Date(now.getTime() + INVITATION_DAYS * 86_400_000 + 1000);
    assert.equal(await findTokenUser(db, tokenOf(link), 'invitation', late), undefined);

    await assert.rejects(
      setPasswordWithToken(db, tokenOf(link), 'invitation', { password: 'court', confirmation: 'court' }, now),
      (e: unknown) => e instanceof InvalidInput,
    );
    const user = await setPasswordWithToken(
      db,
      tokenOf(link),
      'invitation',
      { password: PASSWORD, confirmation: PASSWORD, name: 'Camille Martin' },
      now,
    );
    assert.equal(user.name, 'Camille Martin');
    assert.match(user.password_hash!, /^\$argon2id\$/);
    await assert.rejects(
      setPasswordWithToken(db, tokenOf(link), 'invitation', { password: PASSWORD, confirmation: PASSWORD }, now),
      /plus valide/,
    );

    const result = await signIn(db, 'CAMILLE@ville.fr', PASSWORD, META, now);
    assert.ok(result.ok);
    assert.equal(result.actor.role, 'editor');
    assert.equal(result.actor.memberId, memberId);
    const actions = (await db.selectFrom('audit_log').select('action').where('target_id', '=', String(userId)).execute()).map(
      (r) => r.action,
    );
    assert.deepEqual(actions, ['user.invited', 'user.activated', 'user.login']);
  });

  test('invitations are refused with every problem: bad e-mail, existing account, editor without member', async () => {
    const { db } = getDb();
    const admin = await createTestUser(db, { role: 'admin' });
    await assert.rejects(
      inviteUser(db, admin.actor, { email: 'pas-une-adresse', name: '', role: 'editor', memberId: null }, PUBLIC),
      (e: unknown) => {
        assert.ok(e instanceof InvalidInput);
        assert.equal(e.problems.length, 2);
        return true;
      },
    );
    await assert.rejects(
      inviteUser(db, admin.actor, { email: admin.email.toUpperCase(), name: '', role: 'admin', memberId: null }, PUBLIC),
      /existe déjà/,
    );
  });

  test(`${MAX_FAILED_LOGINS} wrong passwords lock the account for ${LOCK_MINUTES} minutes, even against the right password`, async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-02T10:00:00Z');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      assert.deepEqual(await signIn(db, user.email, `mauvais ${i}`, META, t0), { ok: false, reason: 'invalid' });
    const locked = await signIn(db, user.email, 'mauvais encore', META, t0);
    assert.equal(locked.ok, false);
    assert.equal(!locked.ok && locked.reason, 'locked');
    const during = new Date(t0.getTime() + (LOCK_MINUTES - 1) * 60_000);
    const refused = await signIn(db, user.email, PASSWORD, META, during);
    assert.equal(!refused.ok && refused.reason, 'locked');
    const after = new Date(t0.getTime() + (LOCK_MINUTES + 1) * 60_000);
    assert.equal((await signIn(db, user.email, PASSWORD, META, after)).ok, true);
    const logged = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', String(user.id))
      .where('action', '=', 'user.locked')
      .execute();
    assert.equal(logged.length, 1);
  });

  test('the suspension falls on the attacking address: the person, from elsewhere, still signs in', async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-03T10:00:00Z');
    const attacker = { ip: '203.0.113.66', userAgent: 'x' };
    for (let i = 0; i < MAX_FAILED_LOGINS + 3; i++) await signIn(db, user.email, `mauvais ${i}`, attacker, t0);
    assert.equal((await signIn(db, user.email, PASSWORD, attacker, t0)).ok, false, 'the attacking address stays refused');
    assert.equal((await signIn(db, user.email, PASSWORD, { ip: '198.51.100.4', userAgent: 'x' }, t0)).ok, true);
  });

  test('an e-mail without an account gets the same answers, suspension included (no account enumeration)', async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-04T10:00:00Z');
    const answers = async (email: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < MAX_FAILED_LOGINS + 1; i++) {
        const r = await signIn(db, email, 'mauvais', { ip, userAgent: 'x' }, t0);
        out.push(r.ok ? 'ok' : r.reason);
      }
      return out;
    };
    assert.deepEqual(await answers('personne@nulle-part.example', '203.0.113.1'), await answers(user.email, '203.0.113.2'));
  });

  test('concurrent wrong passwords run no more password checks than the limit', async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-05T10:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(db, user.email, `mauvais ${i}`, { ip: '203.0.113.40', userAgent: 'x' }, t0)),
    );
    assert.equal(results.filter((r) => !r.ok && r.reason === 'invalid').length, MAX_FAILED_LOGINS - 1);
    assert.equal(results.filter((r) => !r.ok && r.reason === 'locked').length, 40 - (MAX_FAILED_LOGINS - 1));
    const checked = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', String(user.id))
      .where('action', 'in', ['user.login_failed', 'user.locked'])
      .execute();
    assert.equal(checked.length, MAX_FAILED_LOGINS, 'one audited password check per counted attempt');
  });

  test('a new password lifts the suspension of every address', async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-06T10:00:00Z');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await signIn(db, user.email, 'mauvais', META, t0);
    assert.equal((await signIn(db, user.email, PASSWORD, META, t0)).ok, false);
    const outboxId = (await requestPasswordReset(db, user.email, PUBLIC, t0))!;
    const mail = await db.selectFrom('outbox').select('body_text').where('id', '=', outboxId).executeTakeFirstOrThrow();
    const token = /\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(mail.body_text)![1]!;
    await setPasswordWithToken(
      db,
      token,
      'reset',
      { password: 'une autre phrase de passe', confirmation: 'une autre phrase de passe' },
      t0,
    );
    assert.equal((await signIn(db, user.email, 'une autre phrase de passe', META, t0)).ok, true);
  });

  test('unknown e-mails, disabled accounts and accounts without password cannot sign in', async () => {
    const { db } = getDb();
    const disabled = await createTestUser(db, { role: 'reader', memberId, password: PASSWORD, status: 'disabled' });
    const pending = await createTestUser(db, { role: 'reader', memberId });
    for (const email of ['inconnu@example.org', disabled.email, pending.email]) {
      assert.deepEqual(await signIn(db, email, PASSWORD, META), { ok: false, reason: 'invalid' });
    }
  });

  test('sessions: the token resolves to its user, slides, expires, and dies with a password reset', async () => {
    const { db } = getDb();
    const user = await createTestUser(db, { role: 'editor', memberId, password: PASSWORD });
    const t0 = new Date('2026-03-03T10:00:00Z');
    const token = await createSession(db, user.id, META, t0);
    assert.equal((await resolveSession(db, token, t0))?.actor.id, user.id);
    assert.equal(await resolveSession(db, `${token.slice(0, -1)}x`, t0), null);
    // Used after 10 days, it lives SESSION_IDLE_DAYS from then.
    const t10 = new Date(t0.getTime() + 10 * 86_400_000);
    assert.ok(await resolveSession(db, token, t10));
    const t23 = new Date(t10.getTime() + (SESSION_IDLE_DAYS - 1) * 86_400_000);
    assert.ok(await resolveSession(db, token, t23));
    // Left unused for longer than SESSION_IDLE_DAYS, it is gone.
    assert.equal(await resolveSession(db, token, new Date(t23.getTime() + (SESSION_IDLE_DAYS + 1) * 86_400_000)), null);

    const live = await createSession(db, user.id, META, t0);
    const outboxId = await requestPasswordReset(db, user.email, PUBLIC, t0);
    assert.ok(outboxId);
    const mail = await db.selectFrom('outbox').select('body_text').where('id', '=', outboxId).executeTakeFirstOrThrow();
    const resetToken = /\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(mail.body_text)![1]!;
    await setPasswordWithToken(db, resetToken, 'reset', { password: 'un autre mot de passe', confirmation: 'un autre mot de passe' }, t0);
    assert.equal(await resolveSession(db, live, t0), null, 'a password reset closes every session');
    assert.equal((await signIn(db, user.email, PASSWORD, META, t0)).ok, false);
    assert.equal((await signIn(db, user.email, 'un autre mot de passe', META, t0)).ok, true);
    assert.equal(await requestPasswordReset(db, 'personne@nulle-part.fr', PUBLIC, t0), null);
  });

  test('changing a role signs the user out; the network keeps at least one active admin', async () => {
    const { db } = getDb();
    await db.deleteFrom('users').where('role', '=', 'admin').execute();
    const admin = await createTestUser(db, { role: 'admin' });
    const editor = await createTestUser(db, { role: 'editor', memberId });
    const token = await createSession(db, editor.id, META);
    await changeUser(db, admin.actor, editor.id, { role: 'reader', memberId, status: 'active' });
    assert.equal(await resolveSession(db, token), null);
    await assert.rejects(
      changeUser(db, admin.actor, admin.id, { role: 'admin', memberId: null, status: 'disabled' }),
      /au moins un administrateur/,
    );
    await assert.rejects(
      changeUser(db, admin.actor, editor.id, { role: 'editor', memberId: null, status: 'active' }),
      /rattaché à un adhérent/,
    );
    const summary = await db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'user.changed')
      .where('target_id', '=', String(editor.id))
      .executeTakeFirstOrThrow();
    assert.match(summary.summary, /Rédacteur d’un adhérent → Lecteur adhérent/);
  });
});
