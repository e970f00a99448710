/**
 * A campaign remembers the kinds of member it concerns (issue 16), so that a member joining the
 * network, or becoming active, while a campaign is prepared or open is asked too. Existing
 * campaigns get the kinds of the members they already ask ('' when they ask every kind). Frozen in time.
 */
import type { Kysely } from 'kysely';

const ALL_KINDS = ['region', 'departement', 'metropole', 'intercommunalite', 'commune'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('member_kinds', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows: { campaign_id: number; kind: string }[] = await db
    .selectFrom('campaign_responses as r')
    .innerJoin('members as m', 'm.id', 'r.member_id')
    .select(['r.campaign_id', 'm.kind'])
    .distinct()
    .execute();
  const kinds = new Map<number, Set<string>>();
  for (const row of rows) kinds.set(row.campaign_id, (kinds.get(row.campaign_id) ?? new Set()).add(row.kind));
  for (const [id, set] of kinds) {
    const list = ALL_KINDS.filter((k) => set.has(k));
    if (list.length < ALL_KINDS.length)
      await db
        .updateTable('campaigns')
        .set({ member_kinds: list.join(',') })
        .where('id', '=', id)
        .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('member_kinds').execute();
}
