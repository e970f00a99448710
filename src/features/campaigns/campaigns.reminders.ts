/**
 * Reminders of open campaigns, run by the scheduler every hour (and safe with several instances:
 * each reminder is claimed by one insert). At each configured number of days before the deadline,
 * the editors of every member that has not submitted get an e-mail; once the deadline has passed,
 * the network's admins get the list of members still missing. Dates are days in Paris.
 */
import type { Db } from '../../db/database.ts';
import { audit, listActiveAdmins, listEditorsOfMember, type AuditActor } from '../accounts/accounts.public.ts';
import { queueMailToEach } from '../mail/mail.public.ts';
import { listMembersByIds } from '../members/members.public.ts';
import * as repo from './campaigns.repository.ts';
import { campaignOf, enrolMembers, type Campaign } from './campaigns.service.ts';
import { answered, responseStates } from './campaigns.responses.ts';

/** Today in Paris, YYYY-MM-DD. */
export function parisDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const frenchDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

async function missingMembers(db: Db, campaign: Campaign) {
  const states = await responseStates(db, campaign.id);
  const missing = states.filter((s) => !answered(s.status));
  return listMembersByIds(
    db,
    missing.map((s) => s.memberId),
  );
}

/**
 * Sends the reminder due for one campaign, if any (or at once when `manual`: an admin's button);
 * returns the queued message ids.
 */
export async function remindCampaign(
  db: Db,
  actor: AuditActor,
  campaign: Campaign,
  publicUrl: string,
  now = new Date(),
  options: { manual?: boolean } = {},
): Promise<number[]> {
  const left = daysBetween(parisDay(now), campaign.deadline);
  if (!options.manual) {
    if (left < 0) return [];
    // Every reminder due now is claimed; one e-mail goes, however many were due (after a stop, say).
    const due = campaign.reminderDays.filter((d) => left <= d);
    let claimed = false;
    for (const d of due) if (await repo.claimReminder(db, campaign.id, d, now.toISOString())) claimed = true;
    if (!claimed) return [];
  }
  const ids: number[] = [];
  const members = await missingMembers(db, campaign);
  for (const member of members) {
    const when =
      left < 0
        ? `Le réseau attend toujours la réponse de ${member.name} à « ${campaign.title} » : la date limite du ${frenchDate(campaign.deadline)} est passée.`
        : `Le réseau attend la réponse de ${member.name} à « ${campaign.title} » avant le ${frenchDate(campaign.deadline)}${left === 0 ? ' (aujourd’hui)' : ` (dans ${left} jour${left > 1 ? 's' : ''})`}.`;
    ids.push(
      ...(await queueMailToEach(
        db,
        await listEditorsOfMember(db, member.id),
        () => ({
          subject: `${campaign.title} : votre réponse est attendue${left < 0 ? '' : ` avant le ${frenchDate(campaign.deadline)}`}`,
          text: [
            'Bonjour,',
            '',
            when,
            'Le questionnaire est prérempli avec vos réponses de l’an dernier et les chiffres de votre profil : vérifiez-les, complétez, puis envoyez.',
            '',
            `Pour répondre : ${publicUrl}/admin/adherents/${member.slug}/campagnes/${campaign.id}`,
            '',
            'Merci !',
          ].join('\n'),
        }),
        now,
      )),
    );
  }
  await audit(
    db,
    actor,
    {
      action: 'campaign.reminded',
      target: { type: 'campaign', id: campaign.id },
      summary: `Relance de « ${campaign.title} » envoyée aux ${members.length} adhérents sans réponse (${ids.length} courriels).`,
    },
    now,
  );
  return ids;
}

/** Once the deadline has passed: the admins get the list of members still missing (once). */
export async function noticeDeadline(
  db: Db,
  actor: AuditActor,
  campaign: Campaign,
  publicUrl: string,
  now = new Date(),
): Promise<number[]> {
  if (daysBetween(parisDay(now), campaign.deadline) >= 0) return [];
  if (!(await repo.claimDeadlineNotice(db, campaign.id, now.toISOString()))) return [];
  const members = await missingMembers(db, campaign);
  const list = members.length ? members.map((m) => `- ${m.name}`).join('\n') : 'Aucun : tous les adhérents concernés ont répondu.';
  const ids = await queueMailToEach(
    db,
    await listActiveAdmins(db),
    () => ({
      subject: `${campaign.title} : date limite passée, ${members.length} adhérent${members.length > 1 ? 's' : ''} sans réponse`,
      text: [
        'Bonjour,',
        '',
        `La date limite de « ${campaign.title} » (${frenchDate(campaign.deadline)}) est passée. Adhérents qui n’ont pas envoyé leur réponse :`,
        '',
        list,
        '',
        `Tableau de bord de la campagne : ${publicUrl}/admin/campagnes/${campaign.id}`,
      ].join('\n'),
    }),
    now,
  );
  await audit(
    db,
    actor,
    {
      action: 'campaign.deadline_passed',
      target: { type: 'campaign', id: campaign.id },
      summary: `Date limite de « ${campaign.title} » passée : ${members.length} adhérents sans réponse, administrateurs prévenus.`,
    },
    now,
  );
  return ids;
}

/**
 * The scheduler's pass over every open campaign: asks the members that joined since, then reminds
 * and notices. Returns the queued message ids.
 */
export async function remindOpenCampaigns(db: Db, publicUrl: string, now = new Date()): Promise<number[]> {
  const ids: number[] = [];
  for (const row of await repo.listCampaignsInState(db, 'open')) {
    const campaign = campaignOf(row);
    await enrolMembers(db, campaign);
    ids.push(...(await db.transaction().execute((trx) => remindCampaign(trx, 'system', campaign, publicUrl, now))));
    ids.push(...(await db.transaction().execute((trx) => noticeDeadline(trx, 'system', campaign, publicUrl, now))));
  }
  return ids;
}
