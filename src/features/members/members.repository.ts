/** SQL of the members feature: members, sections, figures, and the directory query. */
import type { Db } from '../../db/database.ts';
import { escapeLike } from '../../shared/text.ts';
import type { MemberKind, MemberStatus, SectionKind } from './members.schemas.ts';
import type { FigureValue } from './members.revisions.ts';
import type { Insertable, Updateable } from 'kysely';
import type {
  MemberFigureRow,
  MemberFiguresTable,
  MemberRow,
  MemberSectionRow,
  MemberSectionsTable,
  MembersTable,
  NewMemberRow,
} from './members.table.ts';

export interface DirectoryFilter {
  kind?: MemberKind | undefined;
  regionCode?: string | undefined;
  departementCode?: string | undefined;
  /** Only these members (those acting on a territory). */
  memberIds?: number[] | undefined;
  joinedYear?: number | undefined;
  /** Folded text searched in the folded name. */
  nameFolded?: string | undefined;
  status?: MemberStatus | undefined;
}

export type DirectorySort = 'name' | 'joined' | 'updated';

/** A member row with the names of its territory and région, as the directory shows it. */
export interface DirectoryRow extends MemberRow {
  territory_name: string | null;
  region_code: string | null;
  region_name: string | null;
  departement_code: string | null;
  departement_name: string | null;
  population: number | null;
}

/** Members matching the directory's filters; the région through an EXISTS, so that counting needs no join. */
function directoryQuery(db: Db, filter: DirectoryFilter) {
  let query = db.selectFrom('members as m');
  if (filter.kind) query = query.where('m.kind', '=', filter.kind);
  if (filter.status) query = query.where('m.status', '=', filter.status);
  if (filter.joinedYear !== undefined) query = query.where('m.joined_year', '=', filter.joinedYear);
  if (filter.regionCode) {
    const regionCode = filter.regionCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('territories as rt')
          .select('rt.code')
          .whereRef('rt.kind', '=', 'm.territory_kind')
          .whereRef('rt.code', '=', 'm.territory_code')
          .where('rt.region_code', '=', regionCode),
      ),
    );
  }
  if (filter.departementCode) {
    const departementCode = filter.departementCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('territories as dt')
          .select('dt.code')
          .whereRef('dt.kind', '=', 'm.territory_kind')
          .whereRef('dt.code', '=', 'm.territory_code')
          .where('dt.departement_code', '=', departementCode),
      ),
    );
  }
  if (filter.memberIds) query = query.where('m.id', 'in', filter.memberIds.length ? filter.memberIds : [-1]);
  if (filter.nameFolded) query = query.where('m.name_folded', 'like', `%${escapeLike(filter.nameFolded)}%`);
  return query;
}

/** One page of the directory and the total count of matching members. */
export async function listDirectory(
  db: Db,
  filter: DirectoryFilter,
  sort: DirectorySort,
  limit: number,
  offset: number,
): Promise<{ rows: DirectoryRow[]; total: number }> {
  const countRow = await directoryQuery(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let query = directoryQuery(db, filter)
    .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .leftJoin('territories as r', (join) => join.on('r.kind', '=', 'region').onRef('r.code', '=', 't.region_code'))
    .leftJoin('territories as d', (join) => join.on('d.kind', '=', 'departement').onRef('d.code', '=', 't.departement_code'))
    .selectAll('m')
    .select([
      't.name as territory_name',
      't.region_code',
      'r.name as region_name',
      't.departement_code',
      'd.name as departement_name',
      't.population',
    ]);
  if (sort === 'joined') query = query.orderBy('m.joined_year', 'desc').orderBy('m.name_folded');
  else if (sort === 'updated') query = query.orderBy('m.content_updated_at', 'desc').orderBy('m.name_folded');
  else query = query.orderBy('m.name_folded');
  const rows = await query.orderBy('m.id').limit(limit).offset(offset).execute();
  return { rows: rows as DirectoryRow[], total: Number(countRow.n) };
}

export async function findMemberBySlug(db: Db, slug: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findMemberById(db: Db, id: number): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every member's id and name, in alphabetical order (pickers of the back office). */
export function listMemberNames(db: Db): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('members').select(['id', 'name']).orderBy('name_folded').execute();
}

/** Slugs and names of some members, in alphabetical order. */
export function listMemberLinks(db: Db, ids: number[]): Promise<{ id: number; slug: string; name: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').select(['id', 'slug', 'name']).where('id', 'in', ids).orderBy('name_folded').execute();
}

/** Replaces a profile's live sections, figures and website, and sets "Dernière mise à jour". */
export async function replaceProfileContent(
  db: Db,
  memberId: number,
  content: {
    website: string | null;
    sections: { kind: SectionKind; heading: string | null; html: string }[];
    figures: FigureValue[];
  },
  updatedAt: string,
): Promise<void> {
  await db.deleteFrom('member_sections').where('member_id', '=', memberId).execute();
  if (content.sections.length) {
    await db
      .insertInto('member_sections')
      .values(
        content.sections.map((s, position) => ({ member_id: memberId, position, kind: s.kind, heading: s.heading, body_html: s.html })),
      )
      .execute();
  }
  await db.deleteFrom('member_figures').where('member_id', '=', memberId).execute();
  if (content.figures.length) {
    await db
      .insertInto('member_figures')
      .values(
        content.figures.map((f) => ({
          member_id: memberId,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          year: f.year,
          source: f.source,
          status: f.status,
          follows_definition: f.followsDefinition === null ? null : f.followsDefinition ? 1 : 0,
          definition_note: f.definitionNote,
          source_text: f.sourceText,
        })),
      )
      .execute();
  }
  await db.updateTable('members').set({ website: content.website, content_updated_at: updatedAt }).where('id', '=', memberId).execute();
}

export async function findMemberIdsBySlugs(db: Db, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('members').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function listSections(db: Db, memberId: number): Promise<MemberSectionRow[]> {
  return db.selectFrom('member_sections').selectAll().where('member_id', '=', memberId).orderBy('position').execute();
}

export async function listFigures(db: Db, memberId: number): Promise<MemberFigureRow[]> {
  return db.selectFrom('member_figures').selectAll().where('member_id', '=', memberId).orderBy('id').execute();
}

export async function insertMember(db: Db, row: NewMemberRow): Promise<number> {
  const { id } = await db.insertInto('members').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertSections(db: Db, rows: Insertable<MemberSectionsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('member_sections').values(rows).execute();
}

export async function insertFigures(db: Db, rows: Insertable<MemberFiguresTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('member_figures').values(rows).execute();
}

/** Members per kind (active members only), for the home page. */
export async function countMembersByKind(db: Db): Promise<Map<MemberKind, number>> {
  const rows = await db
    .selectFrom('members')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'active')
    .groupBy('kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Distinct membership years and régions present in the directory, for its filter options. */
export async function listDirectoryFacets(
  db: Db,
): Promise<{ years: number[]; regions: { code: string; name: string }[]; departements: { code: string; name: string }[] }> {
  const years = await db
    .selectFrom('members')
    .select('joined_year')
    .distinct()
    .where('joined_year', 'is not', null)
    .orderBy('joined_year', 'desc')
    .execute();
  const regions = await db
    .selectFrom('members as m')
    .innerJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .innerJoin('territories as r', (join) => join.on('r.kind', '=', 'region').onRef('r.code', '=', 't.region_code'))
    .select(['r.code', 'r.name'])
    .distinct()
    .orderBy('r.name')
    .execute();
  const departements = await db
    .selectFrom('members as m')
    .innerJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .innerJoin('territories as d', (join) => join.on('d.kind', '=', 'departement').onRef('d.code', '=', 't.departement_code'))
    .select(['d.code', 'd.name'])
    .distinct()
    .orderBy('d.code')
    .execute();
  return { years: years.map((y) => y.joined_year as number), regions, departements };
}

/** Slugs and update dates of every member, for the sitemap. */
export async function listMemberSlugs(db: Db): Promise<{ slug: string; content_updated_at: string }[]> {
  return db.selectFrom('members').select(['slug', 'content_updated_at']).orderBy('slug').execute();
}

export async function countMembers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findMemberByTerritory(db: Db, kind: string, code: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('territory_kind', '=', kind as MemberRow['territory_kind'])
    .where('territory_code', '=', code)
    .orderBy('id')
    .executeTakeFirst();
}

export async function findMembersByFoldedName(db: Db, nameFolded: string): Promise<MemberRow[]> {
  return db.selectFrom('members').selectAll().where('name_folded', '=', nameFolded).orderBy('id').execute();
}

export async function updateMember(db: Db, id: number, patch: Updateable<MembersTable>): Promise<void> {
  await db.updateTable('members').set(patch).where('id', '=', id).execute();
}

export async function deleteSections(db: Db, memberId: number): Promise<void> {
  await db.deleteFrom('member_sections').where('member_id', '=', memberId).execute();
}

/** Removes the figures read from a page's text; returns the indicators of those that remain (declared or validated). */
export async function deleteExtractedFigures(db: Db, memberId: number): Promise<Set<string>> {
  await db.deleteFrom('member_figures').where('member_id', '=', memberId).where('status', '=', 'extracted').execute();
  const kept = await db.selectFrom('member_figures').select('kind').where('member_id', '=', memberId).execute();
  return new Set(kept.map((k) => k.kind));
}

/**
 * Every member (or the one of `onlyId`) with its kind, status, official code and région (campaign
 * dashboards, results and exports), by name.
 */
export function listMemberPlaces(db: Db, onlyId?: number) {
  let query = db
    .selectFrom('members as m')
    .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .leftJoin('territories as r', (join) => join.on('r.kind', '=', 'region').onRef('r.code', '=', 't.region_code'))
    .select(['m.id', 'm.slug', 'm.name', 'm.kind', 'm.status', 'm.territory_code', 'r.code as region_code', 'r.name as region_name']);
  if (onlyId !== undefined) query = query.where('m.id', '=', onlyId);
  return query.orderBy('m.name_folded').execute();
}

/** Members by id with the name and population of their territory, by name (territory pages, comparisons). */
export async function listMembersByIds(
  db: Db,
  ids: number[],
): Promise<(MemberRow & { territory_name: string | null; population: number | null })[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('members as m')
    .leftJoin('territories as t', (join) => join.onRef('t.kind', '=', 'm.territory_kind').onRef('t.code', '=', 'm.territory_code'))
    .selectAll('m')
    .select(['t.name as territory_name', 't.population'])
    .where('m.id', 'in', ids)
    .orderBy('m.name_folded')
    .orderBy('m.id')
    .execute();
}

/** Active members, the oldest last published change first (the dashboard's reminders list). */
export function listMembersByContentAge(db: Db, limit: number) {
  return db
    .selectFrom('members')
    .select(['id', 'slug', 'name', 'kind', 'content_updated_at', 'reminded_at'])
    .where('status', '=', 'active')
    .orderBy('content_updated_at')
    .orderBy('name')
    .limit(limit)
    .execute();
}

/** Active members whose content has not changed since a date. */
export function listMembersUnchangedSince(db: Db, sinceIso: string) {
  return db
    .selectFrom('members')
    .select(['id', 'slug', 'name', 'content_updated_at'])
    .where('status', '=', 'active')
    .where('content_updated_at', '<', sinceIso)
    .execute();
}

/**
 * Claims the reminder of a member: one conditional UPDATE, so that of several instances only one
 * wins. False when it was reminded after `cutoffIso`.
 */
export async function claimReminder(db: Db, memberId: number, nowIso: string, cutoffIso: string): Promise<boolean> {
  const claim = await db
    .updateTable('members')
    .set({ reminded_at: nowIso })
    .where('id', '=', memberId)
    .where((eb) => eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<=', cutoffIso)]))
    .executeTakeFirst();
  return Number(claim.numUpdatedRows) === 1;
}
