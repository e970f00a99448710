/**
 * Demo content: the shape of the hand-written demo members and news.
 * Demo content is marked as such in the interface (see `is_demo`).
 */
import type { FigureKind, MemberStatus, SectionKind } from '../members/members.public.ts';

/** An official territory: INSEE code for régions, départements, communes; SIREN for EPCI. */
export interface DemoTerritoryRef {
  kind: 'region' | 'departement' | 'epci' | 'commune';
  code: string;
}

export interface DemoMember {
  slug: string;
  name: string;
  territory: DemoTerritoryRef;
  joinedYear: number;
  status: MemberStatus;
  website: string | null;
  /** Date of the last published content change, YYYY-MM-DD. */
  updatedAt: string;
  /** Ordered; `heading` is required for `other` and optional otherwise (overrides the canonical heading). */
  sections: { kind: SectionKind; heading?: string; html: string }[];
  figures: { kind: FigureKind; value: number; year: number; source: string }[];
}

export interface DemoNews {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  /** YYYY-MM-DD, when the item was edited after publication */
  updatedAt?: string;
  /** slugs of linked members */
  members: string[];
}
