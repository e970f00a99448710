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
}

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

/** Every published version of a profile, with its origin (demo, import, edit) and a JSON snapshot. */
export interface MemberRevisionsTable {
  id: Generated<number>;
  member_id: number;
  created_at: string;
  author: string;
  origin: 'demo' | 'import' | 'snapshot' | 'edit';
  state: 'published';
  /** Hash of the snapshot's content, to recognise an identical version. */
  content_hash: string;
  snapshot: string;
}

export type MemberRow = Selectable<MembersTable>;
export type NewMemberRow = Insertable<MembersTable>;
export type MemberSectionRow = Selectable<MemberSectionsTable>;
export type MemberFigureRow = Selectable<MemberFiguresTable>;
export type MemberRevisionRow = Selectable<MemberRevisionsTable>;
