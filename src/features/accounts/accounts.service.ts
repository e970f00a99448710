/**
 * Accounts: invitations, passwords, sign-in protection, sessions (changes of role: accounts.admin.ts).
 * Tokens (sessions, invitations, resets) are 256-bit random values given to the person once;
 * the database keeps only their SHA-256, so a copy of the database opens no account.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput } from '../../errors.ts';
import { queueMail } from '../mail/mail.public.ts';
import { audit, type AuditActor } from './accounts.audit.ts';
import { hashPassword, passwordProblems, verifyDecoy, verifyPassword } from './accounts.passwords.ts';
import { ROLE_LABELS, roleNeedsMember, type Actor, type Role } from './accounts.policy.ts';
import * as repo from './accounts.repository.ts';
import type { TokenPurpose, UserRow } from './accounts.table.ts';

export const INVITATION_DAYS = 7;
export const RESET_HOURS = 2;
/** A session lasts this long after the last request (sliding), and never longer than SESSION_MAX_DAYS. */
export const SESSION_IDLE_DAYS = 14;
export const SESSION_MAX_DAYS = 60;
/**
 * Sign-in protection (README, "Sign-in protection"). Attempts are counted in windows of
 * LOCK_MINUTES, atomically, per (e-mail, client address), per address and per e-mail, whether an
 * account has the e-mail or not (the answers are the same):
 * - MAX_FAILED_LOGINS attempts of one e-mail from one address: that pair is refused until the window
 *   ends. The lock falls on the attacking addresses: the real person, from elsewhere, still signs in;
 * - MAX_ADDRESS_ATTEMPTS from one address, whatever the e-mails: that address is refused;
 * - beyond ACCOUNT_DELAY_AFTER attempts of one e-mail from every address (many addresses at
 *   once), each attempt waits a little longer (up to MAX_DELAY_MS): slow for a botnet, never a lock.
 */
export const MAX_FAILED_LOGINS = 5;
export const MAX_ADDRESS_ATTEMPTS = 100;
export const ACCOUNT_DELAY_AFTER = 50;
export const MAX_DELAY_MS = 10_000;
export const LOCK_MINUTES = 15;

const DAY = 86_400_000;

export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function actorOf(user: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'member_id'> & { member_slug?: string | null }): Actor {
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role, memberId: user.member_id };
  return user.member_slug === undefined ? actor : { ...actor, memberSlug: user.member_slug };
}

// --- invitations and passwords ---------------------------------------------------------

export interface InvitationInput {
  email: string;
  name: string;
  role: Role;
  memberId: number | null;
}

/** Checks an invitation's fields; French problems, empty when valid. */
export async function invitationProblems(db: Db, input: InvitationInput): Promise<string[]> {
  const problems: string[] = [];
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) problems.push('Adresse électronique : saisissez une adresse valide, par exemple prenom.nom@collectivite.fr.');
  else if (await repo.findUserByEmail(db, email)) problems.push(`Adresse électronique : un compte existe déjà pour ${email}.`);
  if (input.name.trim().length > 120) problems.push('Nom : 120 caractères au plus.');
  if (roleNeedsMember(input.role) && input.memberId === null)
    problems.push(`Adhérent : un ${ROLE_LABELS[input.role].toLowerCase()} doit être rattaché à un adhérent.`);
  if (!roleNeedsMember(input.role) && input.memberId !== null)
    problems.push('Adhérent : un administrateur du réseau n’est rattaché à aucun adhérent.');
  if (input.memberId !== null && !(await repo.memberExists(db, input.memberId))) {
    problems.push('Adhérent : cet adhérent n’existe pas.');
  }
  return problems;
}

/**
 * Creates an account without a password and mails a single-use link to set it. Run in a
 * transaction; returns the link (for the command line) and the queued message's id.
 */
export async function inviteUser(
  db: Db,
  actor: AuditActor,
  input: InvitationInput,
  publicUrl: string,
  now = new Date(),
): Promise<{ userId: number; link: string; outboxId: number }> {
  const problems = await invitationProblems(db, input);
  if (problems.length) throw new InvalidInput(problems);
  const email = normalizeEmail(input.email);
  const userId = await repo.insertUser(db, {
    email,
    name: input.name.trim() || email,
    role: input.role,
    member_id: input.memberId,
    password_hash: null,
    status: 'active',
    locked_until: null,
    created_at: now.toISOString(),
    last_login_at: null,
  });
  const { link, outboxId } = await sendInvitation(db, actor, userId, publicUrl, now);
  await audit(
    db,
    actor,
    { action: 'user.invited', target: { type: 'user', id: userId }, summary: `Invitation de ${email} (${ROLE_LABELS[input.role]}).` },
    now,
  );
  return { userId, link, outboxId };
}

/** (Re)sends an invitation: any previous link stops working. */
export async function sendInvitation(db: Db, actor: AuditActor, userId: number, publicUrl: string, now = new Date()) {
  const user = await repo.findUserById(db, userId);
  if (!user) throw new AppError('not_found', 'Ce compte n’existe pas.');
  const token = await issueToken(db, user.id, 'invitation', typeof actor === 'object' ? actor.id : null, now, INVITATION_DAYS * DAY);
  const link = `${publicUrl}/invitation/${token}`;
  const outboxId = await queueMail(
    db,
    {
      to: user.email,
      subject: 'Invitation à l’espace adhérents',
      text: [
        'Bonjour,',
        '',
        `Un compte a été créé pour vous sur le site du réseau (${ROLE_LABELS[user.role].toLowerCase()}).`,
        'Pour choisir votre mot de passe et activer votre compte, ouvrez ce lien :',
        '',
        link,
        '',
        `Ce lien ne fonctionne qu’une fois et expire dans ${INVITATION_DAYS} jours.`,
        'Si vous n’attendiez pas cette invitation, ignorez ce message.',
      ].join('\n'),
    },
    now,
  );
  return { link, outboxId };
}

async function issueToken(
  db: Db,
  userId: number,
  purpose: TokenPurpose,
  createdBy: number | null,
  now: Date,
  lifetimeMs: number,
): Promise<string> {
  await repo.revokeTokens(db, userId, purpose, now.toISOString());
  const { token, hash } = newToken();
  await repo.insertToken(db, {
    token_hash: hash,
    purpose,
    user_id: userId,
    created_by: createdBy,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + lifetimeMs).toISOString(),
    used_at: null,
  });
  return token;
}

/** The account a link opens, if the link is valid, unused and not expired. */
export async function findTokenUser(db: Db, token: string, purpose: TokenPurpose, now = new Date()): Promise<UserRow | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const row = await repo.findToken(db, hashToken(token), purpose);
  if (!row || row.used_at || row.expires_at <= now.toISOString()) return undefined;
  const user = await repo.findUserById(db, row.user_id);
  return user && user.status === 'active' ? user : undefined;
}

/**
 * Sets the password through an invitation or reset link, which then stops working. Every other
 * session of the account is revoked and a lock is lifted. Throws bad_request with French problems.
 */
export async function setPasswordWithToken(
  db: Db,
  token: string,
  purpose: TokenPurpose,
  input: { password: string; confirmation: string; name?: string },
  now = new Date(),
): Promise<UserRow> {
  const user = await findTokenUser(db, token, purpose, now);
  if (!user) throw new AppError('not_found', 'Ce lien n’est plus valide : il a déjà servi ou a expiré. Demandez-en un nouveau.');
  const problems = passwordProblems(input.password, input.confirmation, { email: user.email });
  if (input.name !== undefined && input.name.trim().length > 120) problems.push('Nom : 120 caractères au plus.');
  if (problems.length) throw new InvalidInput(problems);
  if (!(await repo.consumeToken(db, hashToken(token), now.toISOString()))) {
    throw new AppError('not_found', 'Ce lien vient d’être utilisé. Connectez-vous avec votre nouveau mot de passe.');
  }
  // A new password lifts every suspension of the account's e-mail.
  await repo.clearSignInAttempts(db, user.email);
  await repo.updateUser(db, user.id, {
    password_hash: await hashPassword(input.password),
    ...(input.name?.trim() ? { name: input.name.trim() } : {}),
  });
  await repo.deleteSessionsOfUser(db, user.id);
  const actor = actorOf(user);
  await audit(
    db,
    actor,
    {
      action: purpose === 'invitation' ? 'user.activated' : 'user.password_reset',
      target: { type: 'user', id: user.id },
      summary:
        purpose === 'invitation'
          ? `${user.email} a activé son compte.`
          : `${user.email} a choisi un nouveau mot de passe (lien de réinitialisation).`,
    },
    now,
  );
  return (await repo.findUserById(db, user.id))!;
}

/**
 * Mails a reset link when the address belongs to an active account; does nothing otherwise. The
 * caller answers the same in both cases, so that nobody can probe which addresses have accounts.
 */
export async function requestPasswordReset(db: Db, email: string, publicUrl: string, now = new Date()): Promise<number | null> {
  const user = isEmail(normalizeEmail(email)) ? await repo.findUserByEmail(db, normalizeEmail(email)) : undefined;
  if (!user || user.status !== 'active') return null;
  const token = await issueToken(db, user.id, 'reset', null, now, RESET_HOURS * 3_600_000);
  const outboxId = await queueMail(
    db,
    {
      to: user.email,
      subject: 'Réinitialisation de votre mot de passe',
      text: [
        'Bonjour,',
        '',
        'Quelqu’un (vous, sans doute) a demandé à réinitialiser le mot de passe de votre compte.',
        'Pour en choisir un nouveau, ouvrez ce lien :',
        '',
        `${publicUrl}/mot-de-passe/${token}`,
        '',
        `Ce lien ne fonctionne qu’une fois et expire dans ${RESET_HOURS} heures.`,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe ne change pas.',
      ].join('\n'),
    },
    now,
  );
  await audit(
    db,
    'system',
    { action: 'user.reset_requested', target: { type: 'user', id: user.id }, summary: `Lien de réinitialisation envoyé à ${user.email}.` },
    now,
  );
  return outboxId;
}

// --- sign-in and sessions ----------------------------------------------------------------

export type SignInResult = { ok: true; actor: Actor; token: string } | { ok: false; reason: 'invalid' | 'locked'; until?: string };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks the credentials, after counting the attempt (see MAX_FAILED_LOGINS): a refused pair,
 * address or e-mail gets no password check at all, so that concurrent attempts cannot run more
 * checks than the limit. On success the pair's count is forgotten and a new session is created — a
 * fresh token, never one the browser brought (no session fixation).
 */
export async function signIn(
  db: Db,
  emailInput: string,
  password: string,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
  wait: (ms: number) => Promise<void> = sleep,
): Promise<SignInResult> {
  const email = normalizeEmail(emailInput).slice(0, 254);
  const ip = meta.ip ?? 'inconnue';
  const windowMs = LOCK_MINUTES * 60_000;
  const until = (start: string) => new Date(Date.parse(start) + windowMs).toISOString();
  const pair = await repo.countSignInAttempt(db, email, ip, now, windowMs);
  const address = await repo.countSignInAttempt(db, '*', ip, now, windowMs);
  const account = await repo.countSignInAttempt(db, email, '*', now, windowMs);
  if (pair.attempts > MAX_FAILED_LOGINS || address.attempts > MAX_ADDRESS_ATTEMPTS) {
    await verifyDecoy(password);
    const start = pair.attempts > MAX_FAILED_LOGINS ? pair.windowStartedAt : address.windowStartedAt;
    return { ok: false, reason: 'locked', until: until(start) };
  }
  if (account.attempts > ACCOUNT_DELAY_AFTER) await wait(Math.min(MAX_DELAY_MS, (account.attempts - ACCOUNT_DELAY_AFTER) * 250));
  const refused = async (user: UserRow | undefined, why: string): Promise<SignInResult> => {
    const lock = pair.attempts === MAX_FAILED_LOGINS;
    if (user)
      await audit(
        db,
        'system',
        {
          action: lock ? 'user.locked' : 'user.login_failed',
          target: { type: 'user', id: user.id },
          summary: lock
            ? `Connexion à ${email} suspendue ${LOCK_MINUTES} minutes depuis l’adresse ${ip} après ${MAX_FAILED_LOGINS} échecs.`
            : `${why} (${pair.attempts}ᵉ essai depuis l’adresse ${ip}).`,
          ip: meta.ip,
        },
        now,
      );
    return lock ? { ok: false, reason: 'locked', until: until(pair.windowStartedAt) } : { ok: false, reason: 'invalid' };
  };
  const user = isEmail(email) ? await repo.findUserByEmail(db, email) : undefined;
  if (!user || !user.password_hash || user.status !== 'active') {
    await verifyDecoy(password);
    return refused(user, `Connexion refusée pour ${email} (compte inactif ou sans mot de passe)`);
  }
  if (!(await verifyPassword(user.password_hash, password))) return refused(user, `Mot de passe erroné pour ${email}`);
  await repo.clearSignInAttempts(db, email, ip);
  await repo.updateUser(db, user.id, { last_login_at: now.toISOString() });
  const token = await createSession(db, user.id, meta, now);
  const actor = actorOf(user);
  await audit(
    db,
    actor,
    { action: 'user.login', target: { type: 'user', id: user.id }, summary: `Connexion de ${email}.`, ip: meta.ip },
    now,
  );
  return { ok: true, actor, token };
}

export async function createSession(
  db: Db,
  userId: number,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const { token, hash } = newToken();
  await repo.insertSession(db, {
    token_hash: hash,
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_IDLE_DAYS * DAY).toISOString(),
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export interface ResolvedSession {
  actor: Actor;
  tokenHash: string;
}

/** The signed-in user of a session token, extending the session at most every five minutes. */
export async function resolveSession(db: Db, token: string, now = new Date()): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const row = await repo.findSession(db, tokenHash, now.toISOString());
  if (!row || row.status !== 'active') return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 5 * 60_000) {
    const cap = new Date(row.created_at).getTime() + SESSION_MAX_DAYS * DAY;
    await repo.touchSession(db, tokenHash, {
      last_seen_at: now.toISOString(),
      expires_at: new Date(Math.min(cap, now.getTime() + SESSION_IDLE_DAYS * DAY)).toISOString(),
    });
  }
  return { actor: actorOf(row), tokenHash };
}

/** Closes a session without a trace in the audit log (a browser signing in again gets a fresh one). */
export async function closeSession(db: Db, tokenHash: string): Promise<void> {
  await repo.deleteSession(db, tokenHash);
}

export async function signOut(db: Db, tokenHash: string, actor: Actor): Promise<void> {
  await repo.deleteSession(db, tokenHash);
  await audit(db, actor, { action: 'user.logout', target: { type: 'user', id: actor.id }, summary: `Déconnexion de ${actor.email}.` });
}

export { changeUser, type UserChange } from './accounts.admin.ts';
