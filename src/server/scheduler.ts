/**
 * Work the server does on its own, every hour: remind the editors of stale profiles (when
 * ESSOR_REMINDER_MONTHS > 0), remind members of open campaigns and tell admins when a deadline
 * passes, and forget expired sessions. Safe with several instances: each
 * reminder is claimed by one conditional UPDATE.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { deleteExpiredSessions } from '../features/accounts/accounts.repository.ts';
import { deliverMail } from '../features/mail/mail.service.ts';
import { remindStaleProfiles } from '../features/members/admin/members.reminders.ts';
import { remindOpenCampaigns } from '../features/campaigns/campaigns.reminders.ts';
import { indexDueContent } from '../features/search/search.due.ts';

const HOUR = 3_600_000;

/** Runs of each job in this process, by outcome (read by the metrics). */
export const schedulerStats = {
  hourly: { ok: 0, failed: 0, lastOkAt: 0 },
  due: { ok: 0, failed: 0, lastOkAt: 0 },
};

export function startScheduler(
  config: Readonly<Config>,
  database: Database,
  log: FastifyBaseLogger,
  options: { firstRunMs?: number; everyMs?: number } = {},
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await deleteExpiredSessions(database.db, new Date().toISOString());
      const ids = await remindStaleProfiles(database.db, config.reminderMonths, config.publicUrl);
      if (ids.length) log.info({ messages: ids.length }, 'stale-profile reminders queued');
      const campaignIds = await remindOpenCampaigns(database.db, config.publicUrl);
      if (campaignIds.length) log.info({ messages: campaignIds.length }, 'campaign reminders queued');
      await deliverMail(database.db, config, [...ids, ...campaignIds], log);
      schedulerStats.hourly.ok++;
      schedulerStats.hourly.lastOkAt = Date.now();
    } catch (error) {
      schedulerStats.hourly.failed++;
      log.error({ err: error }, 'scheduled work failed');
    } finally {
      running = false;
    }
  };
  // Scheduled news and resources become searchable (and page caches drop) within a minute of their date.
  const dueNews = setInterval(
    () => {
      indexDueContent(database.db).then(
        (due) => {
          schedulerStats.due.ok++;
          schedulerStats.due.lastOkAt = Date.now();
          if (due.news.length || due.resources.length) log.info(due, 'scheduled content now public');
        },
        (error: unknown) => {
          schedulerStats.due.failed++;
          log.error({ err: error }, 'scheduled content failed');
        },
      );
    },
    Math.min(options.everyMs ?? 60_000, 60_000),
  );
  dueNews.unref();
  const first = setTimeout(() => void run(), options.firstRunMs ?? 60_000);
  const timer = setInterval(() => void run(), options.everyMs ?? HOUR);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(dueNews);
    clearInterval(timer);
  };
}
