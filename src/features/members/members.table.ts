/** Tables of the members feature: members, their ordered sections and their key figures. */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { FigureKind, MemberKind, MemberStatus, SectionKind } from './members.schemas.ts';
import type { TerritoryKind } from '../territories/territories.table.ts';

export interface MembersTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** Lower-case, accent-free name, for the directory's name filter. */
  name_folded: string;
  kind: MemberKind;
  territory_kind: TerritoryKind;
  territory_code: string;
  joined_year: number | null;
  status: MemberStatus;
  website: string | null;
  /** ISO-8601 UTC: date of the last published content change ("Dernière mise à jour"). */
  content_updated_at: string;
  created_at: string;
  /** 1 for demo content, shown as such in the interface. */
  is_demo: number;
  /** `direct`: an editor's submission publishes at once; `review`: it waits for the network. */
  moderation: Generated<MemberModeration>;
  /** When the editors were last reminded that the profile is getting old. */
  reminded_at: string | null;
}

export type MemberModeration = 'direct' | 'review';

export interface MemberSectionsTable {
  id: Generated<number>;
  member_id: number;
  position: number;
  kind: SectionKind;
  /** Own heading; null means the canonical heading of the kind. */
  heading: string | null;
  /** Sanitized HTML. */
  body_html: string;
}

export interface MemberFiguresTable {
  id: Generated<number>;
  member_id: number;
  kind: FigureKind;
  value: number;
  unit: string;
  year: number | null;
  source: string | null;
  /** 0 for a figure read by the importer, waiting for a person to confirm it. */
  confirmed: Generated<number>;
  /** The sentence an imported figure was read from. */
  source_text: string | null;
}

/** Revision states: a draft is being written, submitted waits for review, published is (or was) online. */
export type RevisionState = 'draft' | 'submitted' | 'published' | 'rejected';

/** Every version of a profile, with its origin (demo, import, edit, restore), state and a JSON snapshot. */
export interface MemberRevisionsTable {
  id: Generated<number>;
  member_id: number;
  created_at: string;
  /** Display name of the author. */
  author: string;
  origin: 'demo' | 'import' | 'snapshot' | 'edit' | 'restore';
  state: RevisionState;
  author_id: Generated<number | null>;
  /** The published revision a draft started from (to show what changed). */
  base_revision_id: Generated<number | null>;
  reviewed_by: Generated<number | null>;
  reviewed_at: Generated<string | null>;
  review_comment: Generated<string | null>;
  /** Hash of the snapshot's content, to recognise an identical version. */
  content_hash: string;
  snapshot: string;
}

export type MemberRow = Selectable<MembersTable>;
export type NewMemberRow = Insertable<MembersTable>;
export type MemberSectionRow = Selectable<MemberSectionsTable>;
export type MemberFigureRow = Selectable<MemberFiguresTable>;
export type MemberRevisionRow = Selectable<MemberRevisionsTable>;
