/** The audit log: every change of content, role or account, with who, when and from where. */
import type { Db } from '../../db/database.ts';
import type { Actor } from './accounts.policy.ts';
import { insertAudit } from './accounts.repository.ts';

/** Who did it: a signed-in user, the command line, or the site itself (scheduled work). */
export type AuditActor = Actor | 'cli' | 'system';

export interface AuditEntry {
  action: string;
  target?: { type: string; id: string | number };
  summary: string;
  ip?: string | null;
}

export async function audit(db: Db, actor: AuditActor, entry: AuditEntry, now = new Date()): Promise<void> {
  await insertAudit(db, {
    at: now.toISOString(),
    actor_id: typeof actor === 'object' ? actor.id : null,
    actor_label: typeof actor === 'object' ? actor.email : actor === 'cli' ? 'ligne de commande' : 'système',
    action: entry.action,
    target_type: entry.target?.type ?? null,
    target_id: entry.target ? String(entry.target.id) : null,
    summary: entry.summary,
    ip: entry.ip ?? null,
  });
}
