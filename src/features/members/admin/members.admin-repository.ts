/** SQL of the back office's member list: members with the state of their profile (editors, open draft, waiting submission). */
import type { Db } from '../../../db/database.ts';
import { escapeLike } from '../../../shared/text.ts';
import type { MemberKind, MemberStatus } from '../members.schemas.ts';
import type { MemberRow } from '../members.table.ts';

export interface AdminMemberFilter {
  /** Folded text searched in the folded name. */
  nameFolded?: string | undefined;
  kind?: MemberKind | undefined;
  status?: MemberStatus | undefined;
  /** One member only. */
  slug?: string | undefined;
}

export interface AdminMemberRow extends MemberRow {
  territory_name: string | null;
  /** Active editor accounts of the member. */
  editors: number;
  /** The submission waiting for the network, if any. */
  submission_id: number | null;
  /** The open draft, if any. */
  draft_id: number | null;
}

function filtered(db: Db, filter: AdminMemberFilter) {
  let query = db.selectFrom('members as m');
  if (filter.kind) query = query.where('m.kind', '=', filter.kind);
  if (filter.status) query = query.where('m.status', '=', filter.status);
  if (filter.slug !== undefined) query = query.where('m.slug', '=', filter.slug);
  if (filter.nameFolded) query = query.where('m.name_folded', 'like', `%${escapeLike(filter.nameFolded)}%`);
  return query;
}

/** One page of members by name, with the state of their profile, and the total count. */
export async function listAdminMembers(
  db: Db,
  filter: AdminMemberFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AdminMemberRow[]; total: number }> {
  const count = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, filter)
    .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .selectAll('m')
    .select((eb) => [
      't.name as territory_name',
      eb
        .selectFrom('users as u')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('u.member_id', '=', 'm.id')
        .where('u.role', '=', 'editor')
        .where('u.status', '=', 'active')
        .as('editors'),
      eb
        .selectFrom('revisions as s')
        .select((e) => e.fn.max('s.id').as('id'))
        .where('s.subject_type', '=', 'member')
        .whereRef('s.subject_id', '=', 'm.id')
        .where('s.state', '=', 'submitted')
        .as('submission_id'),
      eb
        .selectFrom('revisions as d')
        .select((e) => e.fn.max('d.id').as('id'))
        .where('d.subject_type', '=', 'member')
        .whereRef('d.subject_id', '=', 'm.id')
        .where('d.state', '=', 'draft')
        .as('draft_id'),
    ])
    .orderBy('m.name_folded')
    .orderBy('m.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    rows: rows.map((r) => ({
      ...r,
      editors: Number(r.editors ?? 0),
      submission_id: r.submission_id === null ? null : Number(r.submission_id),
      draft_id: r.draft_id === null ? null : Number(r.draft_id),
    })),
    total: Number(count.n),
  };
}

/** Members whose slug starts with `base` (to pick a free one). */
export async function listSlugsLike(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('members')
    .select('slug')
    .where('slug', 'like', `${escapeLike(base)}%`)
    .execute();
  return rows.map((r) => r.slug);
}
