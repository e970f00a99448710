/**
 * Reminders for stale profiles: the editors of a member whose profile has not changed for a while
 * get an e-mail. Sent by an admin from the dashboard, or automatically by the server once a profile
 * passes the configured age — at most once per REMINDER_INTERVAL_DAYS for the same member, even with
 * several app instances (the claim on `reminded_at` is one conditional UPDATE).
 */
import type { Db } from '../../../db/database.ts';
import { audit, type AuditActor } from '../../accounts/accounts.public.ts';
import { countEditorsByMember, listEditorsOfMember } from '../../accounts/accounts.public.ts';
import * as repo from '../members.repository.ts';
import { queueMailToEach } from '../../mail/mail.public.ts';
import type { MemberRow } from '../members.table.ts';

export const REMINDER_INTERVAL_DAYS = 90;

/** Members ordered by the age of their last published change, oldest first. */
export async function listProfilesByAge(db: Db, limit: number) {
  const [rows, counts] = await Promise.all([repo.listMembersByContentAge(db, limit), countEditorsByMember(db)]);
  return rows.map((r) => ({ ...r, editors: counts.get(r.id) ?? 0 }));
}

/**
 * Claims and sends the reminder for one member. Returns the queued message ids (empty when the member
 * has no active editor, or was reminded less than `minIntervalDays` ago — then nothing is claimed).
 */
export async function remindEditors(
  db: Db,
  actor: AuditActor,
  member: Pick<MemberRow, 'id' | 'slug' | 'name' | 'content_updated_at'>,
  publicUrl: string,
  now = new Date(),
  minIntervalDays = 0,
): Promise<number[]> {
  const editors = await listEditorsOfMember(db, member.id);
  if (!editors.length) return [];
  const cutoff = new Date(now.getTime() - minIntervalDays * 86_400_000).toISOString();
  if (!(await repo.claimReminder(db, member.id, now.toISOString(), cutoff))) return [];
  const since = new Date(member.content_updated_at).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
  const ids = await queueMailToEach(
    db,
    editors,
    () => ({
      subject: `Le profil de ${member.name} attend une mise à jour`,
      text: [
        'Bonjour,',
        '',
        `Le profil de ${member.name} sur le site du réseau n’a pas été mis à jour depuis le ${since}.`,
        'Les visiteurs voient la date de dernière mise à jour : un profil récent donne une image fidèle de votre politique en faveur de l’ESS.',
        '',
        `Pour le mettre à jour : ${publicUrl}/admin/adherents/${member.slug}/profil`,
        '',
        'Merci !',
      ].join('\n'),
    }),
    now,
  );
  await audit(
    db,
    actor,
    {
      action: 'profile.reminded',
      target: { type: 'member', id: member.slug },
      summary: `Rappel de mise à jour envoyé aux rédacteurs de ${member.name} (${editors.length}).`,
    },
    now,
  );
  return ids;
}

/** The automatic pass: reminds the editors of every profile older than `months`. Returns the queued ids. */
export async function remindStaleProfiles(db: Db, months: number, publicUrl: string, now = new Date()): Promise<number[]> {
  if (months <= 0) return [];
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const stale = await repo.listMembersUnchangedSince(db, limit.toISOString());
  const ids: number[] = [];
  for (const member of stale) {
    ids.push(...(await db.transaction().execute((trx) => remindEditors(trx, 'system', member, publicUrl, now, REMINDER_INTERVAL_DAYS))));
  }
  return ids;
}
