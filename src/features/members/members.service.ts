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
import { listIndicators, type Indicator, type ValueStatus } from '../indicators/indicators.public.ts';
import { figureValueOf, sortFigures, type FigureValue } from './members.revisions.ts';
import { FIGURE_DEFINITIONS, SECTION_HEADINGS, type MemberKind, type MemberStatus, type SectionKind } from './members.schemas.ts';
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
  /** The indicator's code. */
  kind: string;
  value: number;
  unit?: string;
  year: number | null;
  source: string | null;
  /** Default: declared by the member. The importer's figures are `extracted`, shown "to confirm". */
  status?: ValueStatus;
  followsDefinition?: boolean | null;
  definitionNote?: string | null;
  /** The sentence an imported figure came from. */
  sourceText?: string | null;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  html: string;
}

/** A value of a public indicator, with the indicator's label. */
export interface Figure extends FigureValue {
  label: string;
}

/** One public indicator of a profile: its latest value and every year given, oldest first. */
export interface IndicatorSeries {
  indicator: Indicator;
  latest: Figure;
  history: Figure[];
}

export interface MemberProfile {
  member: MemberRow;
  place: ResolvedTerritory;
  sections: Section[];
  /** Values of public indicators only, in the network's order of indicators, then by year. */
  figures: Figure[];
  series: IndicatorSeries[];
}

/**
 * The public part of a profile's figures: values of public indicators, with their labels, in the
 * network's order; each indicator's series, its latest year last (a value with no year counts as oldest).
 */
export function publicFigures(values: FigureValue[], indicators: Indicator[]): Pick<MemberProfile, 'figures' | 'series'> {
  const series: IndicatorSeries[] = [];
  for (const indicator of indicators) {
    if (indicator.visibility !== 'public') continue;
    const history = sortFigures(values.filter((v) => v.kind === indicator.code)).map((v) => ({ ...v, label: indicator.label }));
    if (history.length) series.push({ indicator, latest: history.at(-1)!, history });
  }
  return { figures: series.flatMap((s) => s.history), series };
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
      unit: f.unit ?? (FIGURE_DEFINITIONS as Record<string, { unit: string }>)[f.kind]?.unit ?? '',
      year: f.year,
      source: f.source,
      status: f.status ?? 'declared',
      follows_definition: f.followsDefinition === undefined || f.followsDefinition === null ? null : f.followsDefinition ? 1 : 0,
      definition_note: f.definitionNote ?? null,
      source_text: f.sourceText ?? null,
    })),
  );
}

/**
 * Replaces a profile's sections with imported ones and the figures extracted from its former text
 * with newly extracted ones; an indicator for which a person declared a value (or the network
 * validated one) takes no extracted value. Run inside a transaction.
 */
export async function applyImportedProfile(
  db: Db,
  memberId: number,
  content: { sections: MemberInput['sections']; figures: FigureInput[]; joinedYear: number | null; updatedAt: string },
): Promise<void> {
  await repo.deleteSections(db, memberId);
  await writeSections(db, memberId, content.sections);
  const kept = await repo.deleteExtractedFigures(db, memberId);
  await writeFigures(
    db,
    memberId,
    content.figures.filter((f) => !kept.has(f.kind)).map((f) => ({ ...f, status: 'extracted' as const })),
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
  const [place, sections, figures, indicators] = await Promise.all([
    placeOf(db, member),
    repo.listSections(db, member.id),
    repo.listFigures(db, member.id),
    listIndicators(db, { publicOnly: true }),
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
    ...publicFigures(figures.map(figureValueOf), indicators),
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
export async function profileWithContent(
  db: Db,
  profile: MemberProfile,
  content: { website: string | null; sections: { kind: SectionKind; heading: string | null; html: string }[]; figures: FigureValue[] },
  updatedAt: string,
): Promise<MemberProfile> {
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
    ...publicFigures(content.figures, await listIndicators(db, { publicOnly: true })),
  };
}
