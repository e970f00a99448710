/**
 * Sending mail: every message is first written to the outbox, in the caller's transaction, so
 * that none is lost. Delivery happens after: through SMTP when SMTP_URL is configured; otherwise
 * the message stays in the outbox ("kept"), readable by admins, and is printed in the log.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import * as repo from './mail.repository.ts';
import type { OutboxRow } from './mail.table.ts';

export interface Message {
  to: string;
  subject: string;
  text: string;
}

/** Writes a message to the outbox (state `kept` until delivered). Returns its id. */
export async function queueMail(db: Db, message: Message, now = new Date()): Promise<number> {
  return repo.insertOutboxMessage(db, {
    created_at: now.toISOString(),
    to_address: message.to,
    subject: message.subject,
    body_text: message.text,
  });
}

/** Writes one message per recipient, each composed for them. Returns the ids, in the recipients' order. */
export async function queueMailToEach<R extends { email: string }>(
  db: Db,
  recipients: readonly R[],
  compose: (recipient: R) => Omit<Message, 'to'>,
  now = new Date(),
): Promise<number[]> {
  const ids: number[] = [];
  for (const r of recipients) ids.push(await queueMail(db, { to: r.email, ...compose(r) }, now));
  return ids;
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
  const rows = await repo.listUnsent(db, ids);
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
    await repo.markSent(db, row.id, new Date().toISOString());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ outbox: row.id, err: message }, 'mail delivery failed; kept in the outbox');
    await repo.markFailed(db, row.id, message.slice(0, 500));
  }
}

export const listOutbox = repo.listOutbox;
/** Messages of the outbox by state (metrics). */
export const countOutboxByState = repo.countOutboxByState;
export const findOutboxMessage = repo.findOutboxMessage;
