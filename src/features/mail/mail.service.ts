/**
 * Sending mail: every message is first written to the outbox, in the caller's transaction, so
 * that none is lost. Delivery happens after: through SMTP when SMTP_URL is configured; otherwise
 * the message stays in the outbox ("kept"), readable by admins, and is printed in the log.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { OutboxRow } from './mail.table.ts';

export interface Message {
  to: string;
  subject: string;
  text: string;
}

/** Writes a message to the outbox (state `kept` until delivered). Returns its id. */
export async function queueMail(db: Db, message: Message, now = new Date()): Promise<number> {
  const { id } = await db
    .insertInto('outbox')
    .values({
      created_at: now.toISOString(),
      to_address: message.to,
      subject: message.subject,
      body_text: message.text,
      state: 'kept',
      sent_at: null,
      error: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface MailLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/**
 * Delivers kept messages by SMTP, or logs them when no server is configured. Call it after the
 * transaction that queued them has committed. Never throws: a failure is recorded on the message.
 */
export async function deliverMail(db: Db, config: Pick<Config, 'smtpUrl' | 'mailFrom'>, ids: number[], log: MailLogger): Promise<void> {
  if (!ids.length) return;
  const rows = await db.selectFrom('outbox').selectAll().where('id', 'in', ids).where('state', '!=', 'sent').execute();
  if (!config.smtpUrl) {
    for (const row of rows)
      log.info({ outbox: row.id, to: row.to_address, subject: row.subject, text: row.body_text }, 'mail kept in the outbox (no SMTP_URL)');
    return;
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  try {
    for (const row of rows) await sendOne(db, transport, config.mailFrom, row, log);
  } finally {
    transport.close();
  }
}

async function sendOne(db: Db, transport: nodemailer.Transporter, from: string, row: OutboxRow, log: MailLogger): Promise<void> {
  try {
    await transport.sendMail({ from, to: row.to_address, subject: row.subject, text: row.body_text });
    await db
      .updateTable('outbox')
      .set({ state: 'sent', sent_at: new Date().toISOString(), error: null })
      .where('id', '=', row.id)
      .execute();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ outbox: row.id, err: message }, 'mail delivery failed; kept in the outbox');
    await db
      .updateTable('outbox')
      .set({ state: 'failed', error: message.slice(0, 500) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function listOutbox(db: Db, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findOutboxMessage(db: Db, id: number) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
