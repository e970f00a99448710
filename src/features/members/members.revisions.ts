/**
 * Revisions of a member profile: every published version is kept as a JSON snapshot with
 * its author, date and origin. The back office (history, diff, restore) builds on these.
 */
import { findMemberById, listFigures, listSections } from './members.repository.ts';
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { FigureKind, SectionKind } from './members.schemas.ts';
import { insertRevision, latestRevision as latestRevisionOf, listRevisionRows } from '../revisions/revisions.public.ts';
import type { RevisionOrigin } from '../revisions/revisions.public.ts';

export interface ProfileSnapshot {
  name: string;
  joinedYear: number | null;
  updatedAt: string;
  /** Absent in revisions written before the back office existed. */
  website?: string | null;
  sections: { kind: SectionKind; heading: string | null; html: string }[];
  figures: {
    kind: FigureKind;
    value: number;
    unit: string;
    year: number | null;
    source: string | null;
    confirmed: boolean;
    sourceText: string | null;
  }[];
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
    figures: figures.map((f) => ({
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      year: f.year,
      source: f.source,
      confirmed: f.confirmed === 1,
      sourceText: f.source_text,
    })),
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
