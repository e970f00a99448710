/**
 * Revisions of a member profile: every published version is kept as a JSON snapshot with
 * its author, date and origin. The back office (history, diff, restore) builds on these.
 */
import { findMemberById, listFigures, listSections } from './members.repository.ts';
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { SectionKind } from './members.schemas.ts';
import type { ValueStatus } from '../indicators/indicators.public.ts';
import { insertRevision, latestRevision as latestRevisionOf, listRevisionRows } from '../revisions/revisions.public.ts';
import type { RevisionOrigin } from '../revisions/revisions.public.ts';
import type { MemberFigureRow } from './members.table.ts';

export interface ProfileSnapshot {
  name: string;
  joinedYear: number | null;
  updatedAt: string;
  /** Absent in revisions written before the back office existed. */
  website?: string | null;
  sections: { kind: SectionKind; heading: string | null; html: string }[];
  figures: FigureValue[];
}

/** A member's value of one indicator for one year, as profiles and their versions hold it. */
export interface FigureValue {
  /** The indicator's code. */
  kind: string;
  value: number;
  unit: string;
  year: number | null;
  source: string | null;
  status: ValueStatus;
  /** The member states that it follows the definition (true), differs (false, see definitionNote), or has not said (null). */
  followsDefinition: boolean | null;
  definitionNote: string | null;
  /** The sentence an imported figure was read from. */
  sourceText: string | null;
}

/** A figure row as a snapshot holds it. */
export function figureValueOf(f: MemberFigureRow): FigureValue {
  return {
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    year: f.year,
    source: f.source,
    status: f.status,
    followsDefinition: f.follows_definition === null ? null : f.follows_definition === 1,
    definitionNote: f.definition_note,
    sourceText: f.source_text,
  };
}

/** Figures in their one order (indicator code, then year, unknown year first), whatever order they were written in. */
export function sortFigures<F extends Pick<FigureValue, 'kind' | 'year'>>(figures: F[]): F[] {
  return [...figures].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : (a.year ?? 0) - (b.year ?? 0)));
}

/** A stable hash of any JSON-serialisable content (key order as given). */
export function hashContent(content: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The current content of a member, as a revision stores it. */
export async function snapshotProfile(db: Db, memberId: number): Promise<ProfileSnapshot> {
  const [member, sections, figures] = await Promise.all([
    findMemberById(db, memberId),
    listSections(db, memberId),
    listFigures(db, memberId),
  ]);
  if (!member) throw new Error(`snapshotProfile: no member ${memberId}`);
  return {
    name: member.name,
    joinedYear: member.joined_year,
    updatedAt: member.content_updated_at,
    website: member.website,
    sections: sections.map((s) => ({ kind: s.kind, heading: s.heading, html: s.body_html })),
    figures: sortFigures(figures.map(figureValueOf)),
  };
}

/**
 * Stores the member's current content as a revision. `contentHash` identifies what produced it
 * (for an import: the hash of the imported page, so that the same page is recognised later).
 */
export async function recordRevision(
  db: Db,
  memberId: number,
  meta: { author: string; origin: RevisionOrigin; contentHash?: string; now?: Date },
): Promise<number> {
  const snapshot = await snapshotProfile(db, memberId);
  return insertRevision(db, {
    subject_type: 'member',
    subject_id: memberId,
    created_at: (meta.now ?? new Date()).toISOString(),
    author: meta.author,
    author_id: null,
    origin: meta.origin,
    state: 'published',
    content_hash: meta.contentHash ?? hashContent(snapshot),
    snapshot: JSON.stringify(snapshot),
  });
}

/** The latest revision of a member from a given origin, if any. */
export async function latestRevision(db: Db, memberId: number, origin?: RevisionOrigin) {
  return latestRevisionOf(db, { type: 'member', id: memberId }, origin ? { origin } : {});
}

/** Every revision of a member, oldest first, with its snapshot parsed. */
export async function listRevisions(db: Db, memberId: number) {
  const rows = await listRevisionRows(db, { type: 'member', id: memberId });
  return rows.map((row) => ({ ...row, snapshot: JSON.parse(row.snapshot) as ProfileSnapshot }));
}
