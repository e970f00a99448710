/** SQL of the accounts feature: users, sessions, single-use tokens, audit log. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AccountTokensTable, AuditLogTable, SessionsTable, TokenPurpose, UsersTable } from './accounts.table.ts';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<number> {
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(db: Db, id: number, patch: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Users with their member's name, for the back office. */
/** Whether a member exists (accounts are attached to members by id). */
export async function memberExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('members').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function listUsers(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('members', 'members.id', 'users.member_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.status',
      'users.member_id',
      'users.created_at',
      'users.last_login_at',
      'users.locked_until',
      'users.password_hash',
      'members.name as member_name',
      'members.slug as member_slug',
    ])
    .orderBy('users.email')
    .execute();
}

export function listEditorsOfMember(db: Db, memberId: number) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('role', '=', 'editor')
    .where('status', '=', 'active')
    .execute();
}

/** How many active editors each member has, by member id. */
export async function countEditorsByMember(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('users')
    .select(['member_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('role', '=', 'editor')
    .where('status', '=', 'active')
    .where('member_id', 'is not', null)
    .groupBy('member_id')
    .execute();
  return new Map(rows.map((r) => [r.member_id!, Number(r.n)]));
}

/** The network's active admins, who are told of submissions waiting for review. */
export function listActiveAdmins(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
}

/** An active account's address and name, to tell its owner of a decision. */
export function findActiveRecipient(db: Db, id: number) {
  return db.selectFrom('users').select(['id', 'email', 'name']).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
}

export async function countAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// --- sessions ------------------------------------------------------------------

export async function insertSession(db: Db, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session and its user, if the session exists and has not expired. */
export function findSession(db: Db, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', 'members.id', 'users.member_id')
    .select([
      'members.slug as member_slug',
      'sessions.token_hash',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.member_id',
      'users.status',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string, patch: { last_seen_at: string; expires_at: string }): Promise<void> {
  await db.updateTable('sessions').set(patch).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Revokes every session of a user (but one, when given). Returns how many were revoked. */
export async function deleteSessionsOfUser(db: Db, userId: number, except?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) query = query.where('token_hash', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function listSessionsOfUser(db: Db, userId: number, nowIso: string) {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', nowIso)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}

// --- single-use tokens ------------------------------------------------------------

export async function insertToken(db: Db, row: Insertable<AccountTokensTable>): Promise<void> {
  await db.insertInto('account_tokens').values(row).execute();
}

export function findToken(db: Db, tokenHash: string, purpose: TokenPurpose) {
  return db.selectFrom('account_tokens').selectAll().where('token_hash', '=', tokenHash).where('purpose', '=', purpose).executeTakeFirst();
}

/** Marks a token used; returns false when it already was (two tabs racing). */
export async function consumeToken(db: Db, tokenHash: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('account_tokens')
    .set({ used_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Cancels the unused tokens of a user for a purpose (a new invitation replaces the old one). */
export async function revokeTokens(db: Db, userId: number, purpose: TokenPurpose, nowIso: string): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ used_at: nowIso })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export function listPendingInvitations(db: Db, nowIso: string) {
  return db
    .selectFrom('account_tokens')
    .innerJoin('users', 'users.id', 'account_tokens.user_id')
    .select(['users.id as user_id', 'users.email', 'account_tokens.created_at', 'account_tokens.expires_at'])
    .where('account_tokens.purpose', '=', 'invitation')
    .where('account_tokens.used_at', 'is', null)
    .where('account_tokens.expires_at', '>', nowIso)
    .orderBy('account_tokens.created_at', 'desc')
    .execute();
}

// --- audit log -------------------------------------------------------------------

export async function insertAudit(db: Db, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditFilter {
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listAudit(db: Db, filter: AuditFilter, limit: number, offset: number) {
  let query = db.selectFrom('audit_log');
  if (filter.action) query = query.where('action', 'like', `${filter.action}%`);
  if (filter.actor) query = query.where('actor_label', 'like', `%${filter.actor.toLowerCase()}%`);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}

/**
 * Counts one sign-in attempt of (email key, address) in the current window of `windowMs`, in one
 * statement (atomic on both databases: concurrent attempts get distinct counts). A window older
 * than `windowMs` starts again at 1. Returns the count and when the window started.
 */
export async function countSignInAttempt(
  db: Db,
  emailKey: string,
  ip: string,
  now: Date,
  windowMs: number,
): Promise<{ attempts: number; windowStartedAt: string }> {
  const nowIso = now.toISOString();
  const expired = new Date(now.getTime() - windowMs).toISOString();
  const { rows } = await sql<{ attempts: number; window_started_at: string }>`
    insert into sign_in_attempts (email_key, ip, attempts, window_started_at) values (${emailKey}, ${ip}, 1, ${nowIso})
    on conflict (email_key, ip) do update set
      attempts = case when sign_in_attempts.window_started_at <= ${expired} then 1 else sign_in_attempts.attempts + 1 end,
      window_started_at = case when sign_in_attempts.window_started_at <= ${expired} then ${nowIso} else sign_in_attempts.window_started_at end
    returning attempts, window_started_at`.execute(db);
  return { attempts: Number(rows[0]!.attempts), windowStartedAt: rows[0]!.window_started_at };
}

/** Forgets the attempts of an e-mail (after a successful sign-in from an address, or a new password: every address). */
export async function clearSignInAttempts(db: Db, emailKey: string, ip?: string): Promise<void> {
  let query = db.deleteFrom('sign_in_attempts').where('email_key', '=', emailKey);
  if (ip !== undefined) query = query.where('ip', '=', ip);
  await query.execute();
}
