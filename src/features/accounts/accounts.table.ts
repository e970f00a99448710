/** Tables of the accounts feature: users, sessions, single-use tokens, audit log. */
import type { Generated, Selectable } from 'kysely';
import type { Role } from './accounts.policy.ts';

export interface UsersTable {
  id: Generated<number>;
  /** Lower-case; unique. */
  email: string;
  name: string;
  role: Role;
  /** The member an editor or reader belongs to; null for admins. */
  member_id: number | null;
  /** argon2id; null until the person has set a password. */
  password_hash: string | null;
  status: 'active' | 'disabled';
  failed_logins: Generated<number>;
  /** ISO date until which sign-in is refused after repeated failures. */
  locked_until: string | null;
  created_at: string;
  last_login_at: string | null;
}

/** Sign-in attempts in the current window, per (e-mail, address); '*' stands for every e-mail or every address. */
export interface SignInAttemptsTable {
  email_key: string;
  ip: string;
  attempts: number;
  window_started_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token (the token itself is never stored). */
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export type TokenPurpose = 'invitation' | 'reset';

export interface AccountTokensTable {
  token_hash: string;
  purpose: TokenPurpose;
  user_id: number;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  /** E-mail of the actor at the time, or "système" / "ligne de commande". */
  actor_label: string;
  /** Stable dotted code, e.g. `user.invited`, `profile.published`. */
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** French sentence shown in the log. */
  summary: string;
  ip: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
