/**
 * Loads the demo content (members and news written for the purpose) into an empty
 * database, in one transaction, and records it so pages show the demo notice.
 */
import type { Db } from '../../db/database.ts';
import { setMeta } from '../../db/meta.repository.ts';
import { countMembers } from '../members/members.repository.ts';
import { createMember } from '../members/members.service.ts';
import { createNews } from '../news/news.service.ts';
import { demoMembers } from './demo.members.ts';
import { demoNews } from './demo.news.ts';
import { createResource } from '../resources/resources.service.ts';
import { demoResources } from './demo.resources.ts';

/** Loads the demo when the database holds no member. Returns whether it loaded. */
export async function loadDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countMembers(db)) > 0) return false;
  await db.transaction().execute(async (trx) => {
    for (const m of demoMembers) {
      await createMember(trx, { ...m, isDemo: true });
    }
    for (const n of demoNews) {
      await createNews(trx, { ...n, memberSlugs: n.members, updatedAt: n.updatedAt ?? null, isDemo: true });
    }
    for (const r of demoResources()) await createResource(trx, r);
    await setMeta(trx, 'demo_loaded', '1');
  });
  return true;
}
