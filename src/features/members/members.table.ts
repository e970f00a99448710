/** Tables of the members feature: members, their ordered sections and their key figures. */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { MemberKind, MemberStatus, SectionKind } from './members.schemas.ts';
import type { ValueStatus } from '../indicators/indicators.public.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';

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

/** A member's values of the network's indicators: one per indicator and year (its series). */
export interface MemberFiguresTable {
  id: Generated<number>;
  member_id: number;
  /** The indicator's code. */
  kind: string;
  value: number;
  unit: string;
  year: number | null;
  source: string | null;
  status: ValueStatus;
  /** 1: the member states that it follows the indicator's definition; 0: it differs (definition_note); null: not stated. */
  follows_definition: number | null;
  definition_note: string | null;
  /** The sentence an imported figure was read from. */
  source_text: string | null;
}

export type MemberRow = Selectable<MembersTable>;
export type NewMemberRow = Insertable<MembersTable>;
export type MemberSectionRow = Selectable<MemberSectionsTable>;
export type MemberFigureRow = Selectable<MemberFiguresTable>;
