/**
 * Imports of legacy member pages: each parsed page finds its member (by official code in the
 * file name, then slug, then folded name) or creates it on the territory its name designates,
 * then replaces the profile content, keeping the previous content as a revision. Each file is
 * written in its own transaction, so that one bad file never stops the others; the run and
 * every file are recorded with an explicit state.
 */
import type { Database, Db } from '../../db/database.ts';
import { foldText, slugify } from '../../shared/text.ts';
import { findMemberBySlug, findMemberByTerritory, findMembersByFoldedName } from '../members/members.public.ts';
import { hashContent, latestRevision, recordRevision } from '../members/members.public.ts';
import { applyImportedProfile, createMember, type FigureInput } from '../members/members.public.ts';
import { buildTerritoryMatcher, findTerritory, listAllTerritories, type TerritoryMatch } from '../territories/territories.public.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';
import type { ParsedPage } from './parse/imports.parse.ts';
import * as repo from './imports.repository.ts';
import type { ImportFileState } from './imports.table.ts';

export interface ImportSource {
  /** Path as given on the command line (shown in messages). */
  file: string;
  /** Reads and parses the file: called once, just before its page is written, so that pages are never all in memory. */
  read: () => ParsedPage;
}

export interface FileOutcome {
  file: string;
  state: ImportFileState;
  memberSlug: string | null;
  error: string | null;
  warnings: string[];
}

export interface ImportSummary {
  importId: number | null;
  outcomes: FileOutcome[];
  counts: Record<'imported' | 'updated' | 'unchanged' | 'failed', number>;
}

/** A territory code in a file name: SIREN of an EPCI (9 digits) or INSEE code of a commune (5). */
export function codeFromFileName(file: string): { kind: TerritoryKind; code: string } | null {
  const base = file.split(/[\\/]/).pop() ?? file;
  const siren = /(?:^|[^0-9])(\d{9})(?:[^0-9]|$)/.exec(base);
  if (siren) return { kind: 'epci', code: siren[1]! };
  const insee = /(?:^|[^0-9A-Za-z])(\d{5}|2[AB]\d{3})(?:[^0-9]|$)/.exec(base);
  return insee ? { kind: 'commune', code: insee[1]! } : null;
}

/** What the importer compares to recognise a page it has already imported. */
function pageHash(page: ParsedPage): string {
  return hashContent({
    name: page.name,
    updatedAt: page.updatedAt,
    joinedYear: page.joinedYear,
    sections: page.sections,
    figures: page.figures,
  });
}

function figuresOf(page: ParsedPage): FigureInput[] {
  const seen = new Set<string>();
  return page.figures
    .filter((f) => !seen.has(f.kind) && seen.add(f.kind))
    .map((f) => ({
      kind: f.kind,
      value: f.value,
      year: f.year,
      source: 'Ancienne page du profil (import)',
      status: 'extracted' as const,
      sourceText: f.text,
    }));
}

async function findMember(db: Db, file: string, name: string) {
  const code = codeFromFileName(file);
  if (code) {
    const byCode = await findMemberByTerritory(db, code.kind, code.code);
    if (byCode) return byCode;
  }
  const bySlug = await findMemberBySlug(db, slugify(name));
  if (bySlug) return bySlug;
  const byName = await findMembersByFoldedName(db, foldText(name));
  return byName[0];
}

function describeMatchFailure(match: Extract<TerritoryMatch, { ok: false }>): string {
  const list = match.candidates
    .slice(0, 5)
    .map((c) => `${c.name} (${c.kind} ${c.code})`)
    .join(', ');
  return `${match.reason}${list ? ` : ${list}` : ''}. Mettez le code officiel (SIREN ou code INSEE) dans le nom du fichier pour lever le doute.`;
}

/** Imports one parsed page inside a transaction; returns its state and member. */
async function importOne(
  db: Db,
  file: string,
  page: ParsedPage,
  matchTerritory: (name: string) => TerritoryMatch,
  now: Date,
): Promise<{ state: ImportFileState; slug: string; warning?: string }> {
  const name = page.name!;
  const hash = pageHash(page);
  const updatedAt = page.updatedAt ?? now.toISOString().slice(0, 10);
  const sections = page.sections.map((s) => ({ kind: s.kind, heading: s.heading, html: s.html }));
  const existing = await findMember(db, file, name);
  if (!existing) {
    const code = codeFromFileName(file);
    const match: TerritoryMatch = code ? await matchByCode(db, code, matchTerritory, name) : matchTerritory(name);
    if (!match.ok) throw new Error(describeMatchFailure(match));
    const slug = await freeSlug(db, slugify(name));
    const id = await createMember(db, {
      slug,
      name,
      territory: { kind: match.territory.kind, code: match.territory.code },
      joinedYear: page.joinedYear,
      status: 'active',
      website: null,
      updatedAt,
      sections,
      figures: figuresOf(page),
    });
    await recordRevision(db, id, { author: 'import', origin: 'import', contentHash: hash, now });
    return { state: 'imported', slug };
  }
  const last = await latestRevision(db, existing.id, 'import');
  if (last?.content_hash === hash) return { state: 'unchanged', slug: existing.slug };
  if (page.updatedAt && `${page.updatedAt}T00:00:00.000Z` < existing.content_updated_at) {
    return {
      state: 'unchanged',
      slug: existing.slug,
      warning: `Page datée du ${page.updatedAt}, plus ancienne que le profil publié (${existing.content_updated_at.slice(0, 10)}) : non importée.`,
    };
  }
  if (!(await latestRevision(db, existing.id))) await recordRevision(db, existing.id, { author: 'system', origin: 'snapshot', now });
  await applyImportedProfile(db, existing.id, { sections, figures: figuresOf(page), joinedYear: page.joinedYear, updatedAt });
  await recordRevision(db, existing.id, { author: 'import', origin: 'import', contentHash: hash, now });
  return { state: 'updated', slug: existing.slug };
}

async function matchByCode(
  db: Db,
  code: { kind: TerritoryKind; code: string },
  fallback: (name: string) => TerritoryMatch,
  name: string,
): Promise<TerritoryMatch> {
  const territory = await findTerritory(db, code.kind, code.code);
  return territory ? { ok: true, territory } : fallback(name);
}

async function freeSlug(db: Db, base: string): Promise<string> {
  let slug = base || 'adherent';
  for (let n = 2; await findMemberBySlug(db, slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Imports pages in order, file by file: each is read, parsed and written (in its own transaction)
 * before the next is read, so that a bad file costs only itself and progress shows as it goes.
 * `onProgress` is called after each file with its parsed page. With `dryRun`, nothing is written:
 * every parsed page is reported as `dry-run` (or `failed` when it could not be parsed).
 */
export async function importPages(
  database: Database,
  sources: ImportSource[],
  options: { dryRun?: boolean; now?: Date; onProgress?: (done: number, outcome: FileOutcome, page: ParsedPage) => void } = {},
): Promise<ImportSummary> {
  const { db } = database;
  const now = options.now ?? new Date();
  const counts = { imported: 0, updated: 0, unchanged: 0, failed: 0 };
  const outcomes: FileOutcome[] = [];
  // A run killed before it finished left its record `running`: it was interrupted.
  if (!options.dryRun) await repo.markInterrupted(db, now);
  const importId = options.dryRun ? null : await repo.startImport(db, sources.length, now);
  let matchTerritory: ((name: string) => TerritoryMatch) | undefined;
  for (const [position, source] of sources.entries()) {
    const page = source.read();
    const outcome: FileOutcome = {
      file: source.file,
      state: 'failed',
      memberSlug: null,
      error: page.error,
      warnings: page.warnings,
    };
    if (!outcome.error && options.dryRun) outcome.state = 'dry-run';
    else if (!outcome.error) {
      matchTerritory ??= buildTerritoryMatcher(await listAllTerritories(db));
      try {
        const result = await db.transaction().execute((trx) => importOne(trx, source.file, page, matchTerritory!, now));
        outcome.state = result.state;
        outcome.memberSlug = result.slug;
        if (result.warning) outcome.warnings = [...outcome.warnings, result.warning];
      } catch (error) {
        outcome.error = `${source.file} : ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    if (outcome.state !== 'dry-run') counts[outcome.state]++;
    outcomes.push(outcome);
    if (importId !== null) await repo.recordFile(db, importId, position, outcome);
    options.onProgress?.(position + 1, outcome, page);
  }
  if (importId !== null) await repo.finishImport(db, importId, counts, new Date());
  return { importId, outcomes, counts };
}
