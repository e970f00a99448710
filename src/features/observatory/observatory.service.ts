/**
 * The observatory's figures of a territory, as pages show them: the latest SIRENE extract and the
 * one before (the trend), ESS establishments and employers against all of them, the staff range,
 * by legal family and NAF section. Comparable between territories by construction.
 */
import type { Db } from '../../db/database.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import { divisionsOf, FAMILIES, FAMILY_LABELS, SECTION_LABELS, sectionOf, staffBandLabel, type Family } from './observatory.codes.ts';
import * as repo from './observatory.repository.ts';
import type { ObservatoryFigureRow } from './observatory.table.ts';

export interface Counts {
  establishments: number;
  employers: number;
  staffMin: number;
  staffMax: number;
}

export interface TerritoryObservatory {
  /** YYYY-MM-DD */
  extractDate: string;
  synthetic: boolean;
  all: Counts;
  ess: Counts;
  /** The ESS's share of employer establishments (0–1), null without any. */
  employerShare: number | null;
  previous: { extractDate: string; ess: Counts } | null;
  families: { family: Family; label: string; counts: Counts }[];
  sections: { section: string; label: string; counts: Counts }[];
}

const EMPTY: Counts = { establishments: 0, employers: 0, staffMin: 0, staffMax: 0 };
const countsOf = (row: ObservatoryFigureRow | undefined): Counts =>
  row ? { establishments: row.establishments, employers: row.employers, staffMin: row.staff_min, staffMax: row.staff_max } : EMPTY;

/** The figures of a territory in the latest extract (and the one before), or null when none was imported. */
export async function getTerritoryObservatory(db: Db, kind: TerritoryKind, code: string): Promise<TerritoryObservatory | null> {
  const vintages = await repo.listVintages(db);
  const [latest, before] = vintages;
  if (!latest) return null;
  const rows = await repo.listFiguresOf(
    db,
    kind,
    code,
    vintages.slice(0, 2).map((v) => v.id),
  );
  const of = (vintageId: number, category: string) => rows.find((r) => r.vintage_id === vintageId && r.category === category);
  const all = countsOf(of(latest.id, 'all'));
  const ess = countsOf(of(latest.id, 'ess'));
  return {
    extractDate: latest.extract_date,
    synthetic: latest.synthetic === 1,
    all,
    ess,
    employerShare: all.employers ? ess.employers / all.employers : null,
    previous: before ? { extractDate: before.extract_date, ess: countsOf(of(before.id, 'ess')) } : null,
    families: FAMILIES.map((family) => ({
      family,
      label: FAMILY_LABELS[family],
      counts: countsOf(of(latest.id, `ess-family:${family}`)),
    })).filter((f) => f.counts.establishments > 0),
    sections: Object.keys(SECTION_LABELS)
      .map((section) => ({ section, label: SECTION_LABELS[section]!, counts: countsOf(of(latest.id, `ess-section:${section}`)) }))
      .filter((s) => s.counts.employers > 0)
      .sort((a, b) => b.counts.employers - a.counts.employers),
  };
}

export const EMPLOYERS_PAGE_SIZE = 50;

export interface EmployersQuery {
  family?: Family | undefined;
  section?: string | undefined;
  page: number;
}

/** A page of a territory's ESS employers (diffusible establishments of the latest extract), with the labels pages show. */
export async function getEmployers(db: Db, kind: TerritoryKind, code: string, query: EmployersQuery, pageSize = EMPLOYERS_PAGE_SIZE) {
  const [latest] = await repo.listVintages(db);
  const divisions = query.section ? (divisionsOf(query.section) ?? undefined) : undefined;
  const { rows, total } = latest
    ? await repo.listEstablishmentsIn(db, kind, code, { family: query.family, divisions }, pageSize, (query.page - 1) * pageSize)
    : { rows: [], total: 0 };
  return {
    extractDate: latest?.extract_date ?? null,
    synthetic: latest?.synthetic === 1,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({
      siret: r.siret,
      name: r.name,
      naf: r.naf,
      activity: SECTION_LABELS[sectionOf(r.naf) ?? ''] ?? 'Activité non renseignée',
      family: FAMILY_LABELS[r.family as Family] ?? r.family,
      staff: staffBandLabel(r.staff_band),
      commune: r.commune_name,
      communeCode: r.commune_code,
    })),
  };
}

export type EmployersPage = Awaited<ReturnType<typeof getEmployers>>;
