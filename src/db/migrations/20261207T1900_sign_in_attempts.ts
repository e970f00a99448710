/**
 * Sign-in attempts counted per (e-mail, client address), per address and per e-mail
 * (`sign_in_attempts`), instead of one counter per account that anyone could fill to lock the
 * real user out (accounts.service.ts, signIn). The users' own counter and lock are no longer
 * read. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    // A normalised e-mail (whether an account has it or not), or '*' for every e-mail.
    .addColumn('email_key', 'text', (c) => c.notNull())
    // The client's address, or '*' for every address.
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_attempts_pk', ['email_key', 'ip'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_attempts').execute();
}
