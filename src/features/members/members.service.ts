/**
 * Members: creating a member with its profile, reading the directory and a profile.
 * Returns domain types; the presenters shape them for pages and the API.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { sanitizeRichText } from '../../shared/html.ts';
import { foldText, slugify } from '../../shared/text.ts';
import { AppError } from '../../errors.ts';
import { indexMember } from '../search/search.public.ts';
import { resolveTerritory, type ResolvedTerritory } from '../territories/territories.public.ts';
import type { TerritoryKind, TerritoryRow } from '../territories/territories.public.ts';
import {
  FIGURE_DEFINITIONS,
  SECTION_HEADINGS,
  type FigureKind,
  type MemberKind,
  type MemberStatus,
  type SectionKind,
} from './members.schemas.ts';
import type { MapMember } from '../maps/maps.public.ts';
import * as repo from './members.repository.ts';
import type { MemberRow } from './members.table.ts';

export interface MemberInput {
  slug?: string;
  name: string;
  territory: { kind: TerritoryKind; code: string };
  joinedYear: number | null;
  status: MemberStatus;
  website: string | null;
  /** ISO date or date-time of the last published content change. */
  updatedAt: string;
  sections: { kind: SectionKind; heading?: string | null; html: string }[];
  figures: FigureInput[];
  isDemo?: boolean;
}

export interface FigureInput {
  kind: FigureKind;
  value: number;
  unit?: string;
  year: number | null;
  source: string | null;
  /** False for a figure read by the importer: shown as "to confirm" until a person confirms it. */
  confirmed?: boolean;
  /** The sentence an imported figure came from. */
  sourceText?: string | null;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  html: string;
}

export interface Figure {
  kind: FigureKind;
  label: string;
  value: number;
  unit: string;
  year: number | null;
  source: string | null;
  /** False for an imported figure that no person has confirmed yet. */
  confirmed: boolean;
}

export interface MemberProfile {
  member: MemberRow;
  place: ResolvedTerritory;
  sections: Section[];
  figures: Figure[];
}

/** EPCI legal forms that are métropoles (METRO, and MET69 for the Métropole de Lyon). */
const METROPOLE_TYPES = new Set(['METRO', 'MET69']);

/** The member kind that an official territory implies (a METRO EPCI is a métropole). */
export function memberKindOf(territory: TerritoryRow): MemberKind {
  if (territory.kind === 'epci') return METROPOLE_TYPES.has(territory.epci_type ?? '') ? 'metropole' : 'intercommunalite';
  return territory.kind;
}

/** Normalises a date or date-time to ISO-8601 UTC; throws a bad_request on nonsense. */
function toIsoDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new AppError('bad_request', `updatedAt: « ${value} » n’est pas une date valide`);
  return date.toISOString();
}

/** Creates a member with its sections and figures; the territory must exist. Returns the new id. */
export async function createMember(db: Db, input: MemberInput): Promise<number> {
  const place = await resolveTerritory(db, input.territory.kind, input.territory.code);
  if (!place) throw new AppError('bad_request', `territory: aucun territoire ${input.territory.kind} de code ${input.territory.code}`);
  const now = new Date().toISOString();
  const id = await repo.insertMember(db, {
    slug: input.slug ?? slugify(input.name),
    name: input.name.trim(),
    name_folded: foldText(input.name),
    kind: memberKindOf(place.territory),
    territory_kind: input.territory.kind,
    territory_code: input.territory.code,
    joined_year: input.joinedYear,
    status: input.status,
    website: input.website,
    content_updated_at: toIsoDate(input.updatedAt),
    created_at: now,
    is_demo: input.isDemo ? 1 : 0,
  });
  await writeSections(db, id, input.sections);
  await writeFigures(db, id, input.figures);
  await indexMember(db, id);
  await bumpContentVersion(db);
  return id;
}

function writeSections(db: Db, memberId: number, sections: MemberInput['sections']) {
  return repo.insertSections(
    db,
    sections.map((s, position) => ({
      member_id: memberId,
      position,
      kind: s.kind,
      heading: s.heading?.trim() || null,
      body_html: sanitizeRichText(s.html),
    })),
  );
}

function writeFigures(db: Db, memberId: number, figures: FigureInput[]) {
  return repo.insertFigures(
    db,
    figures.map((f) => ({
      member_id: memberId,
      kind: f.kind,
      value: f.value,
      unit: f.unit ?? FIGURE_DEFINITIONS[f.kind].unit,
      year: f.year,
      source: f.source,
      confirmed: f.confirmed === false ? 0 : 1,
      source_text: f.sourceText ?? null,
    })),
  );
}

/**
 * Replaces a profile's sections with imported ones and its unconfirmed figures with imported
 * ones; figures confirmed by a person are never overwritten. Run inside a transaction.
 */
export async function applyImportedProfile(
  db: Db,
  memberId: number,
  content: { sections: MemberInput['sections']; figures: FigureInput[]; joinedYear: number | null; updatedAt: string },
): Promise<void> {
  await repo.deleteSections(db, memberId);
  await writeSections(db, memberId, content.sections);
  const confirmedKinds = await repo.deleteUnconfirmedFigures(db, memberId);
  await writeFigures(
    db,
    memberId,
    content.figures.filter((f) => !confirmedKinds.has(f.kind)).map((f) => ({ ...f, confirmed: false })),
  );
  await repo.updateMember(db, memberId, {
    content_updated_at: toIsoDate(content.updatedAt),
    ...(content.joinedYear !== null ? { joined_year: content.joinedYear } : {}),
  });
  await indexMember(db, memberId);
  await bumpContentVersion(db);
}

/** The profile of a member, or undefined when no member has this slug. */
/** A member's official territory, with its département and région. */
async function placeOf(db: Db, member: MemberRow): Promise<ResolvedTerritory> {
  const place = await resolveTerritory(db, member.territory_kind, member.territory_code);
  if (!place) throw new Error(`Member ${member.slug} points to an unknown territory ${member.territory_kind}:${member.territory_code}`);
  return place;
}

/** A member and its territory, without the rest of its profile: what its map needs. */
export async function getMemberPlace(db: Db, slug: string): Promise<Pick<MemberProfile, 'member' | 'place'> | undefined> {
  const member = await repo.findMemberBySlug(db, slug);
  return member && { member, place: await placeOf(db, member) };
}

export async function getProfile(db: Db, slug: string): Promise<MemberProfile | undefined> {
  const member = await repo.findMemberBySlug(db, slug);
  if (!member) return undefined;
  const [place, sections, figures] = await Promise.all([
    placeOf(db, member),
    repo.listSections(db, member.id),
    repo.listFigures(db, member.id),
  ]);
  return {
    member,
    place,
    sections: sections
      .filter((s) => s.body_html.trim() !== '')
      .map((s) => ({
        kind: s.kind,
        heading: s.heading ?? (s.kind === 'other' ? 'Informations complémentaires' : SECTION_HEADINGS[s.kind]),
        html: s.body_html,
      })),
    figures: figures.map((f) => ({
      kind: f.kind,
      label: FIGURE_DEFINITIONS[f.kind].label,
      value: f.value,
      unit: f.unit,
      year: f.year,
      source: f.source,
      confirmed: f.confirmed === 1,
    })),
  };
}

export const DIRECTORY_PAGE_SIZE = 20;

/** The most members a map draws (far above the network's size). */
export const MAP_MEMBER_LIMIT = 5_000;

/** Every member matching the directory's filters, as the maps need them. */
export async function listMapMembers(db: Db, filter: repo.DirectoryFilter): Promise<MapMember[]> {
  const { rows } = await repo.listDirectory(db, filter, 'name', MAP_MEMBER_LIMIT, 0);
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    territoryKind: r.territory_kind,
    territoryCode: r.territory_code,
    regionCode: r.region_code,
    departementCode: r.departement_code,
  }));
}

/** A page of the directory. */
export async function getDirectory(
  db: Db,
  filter: repo.DirectoryFilter,
  sort: repo.DirectorySort,
  page: number,
  pageSize = DIRECTORY_PAGE_SIZE,
) {
  const { rows, total } = await repo.listDirectory(db, filter, sort, pageSize, (page - 1) * pageSize);
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A profile showing other content (an unpublished version, for the back office's preview). */
export function profileWithContent(
  profile: MemberProfile,
  content: { website: string | null; sections: { kind: SectionKind; heading: string | null; html: string }[]; figures: FigureInput[] },
  updatedAt: string,
): MemberProfile {
  return {
    ...profile,
    member: { ...profile.member, website: content.website, content_updated_at: updatedAt },
    sections: content.sections
      .filter((s) => s.html.trim() !== '')
      .map((s) => ({
        kind: s.kind,
        heading: s.heading ?? (s.kind === 'other' ? 'Informations complémentaires' : SECTION_HEADINGS[s.kind]),
        html: s.html,
      })),
    figures: content.figures.map((f) => ({
      kind: f.kind,
      label: FIGURE_DEFINITIONS[f.kind].label,
      value: f.value,
      unit: f.unit ?? FIGURE_DEFINITIONS[f.kind].unit,
      year: f.year,
      source: f.source,
      confirmed: f.confirmed !== false,
    })),
  };
}
