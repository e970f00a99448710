/** The outbox: every message the site sends is written here first, so none is ever lost. */
import type { Generated, Selectable } from 'kysely';

export interface OutboxTable {
  id: Generated<number>;
  created_at: string;
  to_address: string;
  subject: string;
  body_text: string;
  /** `kept`: no SMTP server configured, readable in the back office; `sent`; `failed` (see error). */
  state: 'kept' | 'sent' | 'failed';
  sent_at: string | null;
  error: string | null;
}

export type OutboxRow = Selectable<OutboxTable>;
