/**
 * The territories a resource concerns. A territory is named by its key, the last part of its public
 * address (`region-75`, `departement-86`, `200069854` for an EPCI, `86194` for a commune), so that
 * a key is also a link. The back office takes one territory per line, as a key or as an official
 * name ("Vienne", "Département de la Vienne", "Grand Poitiers"), and says in French which line it
 * cannot read and why.
 */
import type { Db } from '../../db/database.ts';
import { buildTerritoryMatcher, findTerritory, listAllTerritories } from '../territories/territories.public.ts';
import * as repo from './resources.repository.ts';
import { parseTerritoryAddress, territoryKindLabel, territoryPath } from '../territories/territories.public.ts';
import type { TerritoryKind } from '../territories/territories.public.ts';

export interface LinkedTerritory {
  key: string;
  kind: TerritoryKind;
  code: string;
  name: string;
  href: string;
}

/** `region-75`, `departement-86`, `200069854`, `86194`. */
export function territoryKey(kind: TerritoryKind, code: string): string {
  return territoryPath(kind, code).slice('/territoires/'.length);
}

/** The kind and code of a key; undefined for anything else (a bare "86" is not a key). */
export function parseTerritoryKey(key: string): { kind: TerritoryKind; code: string } | undefined {
  const address = parseTerritoryAddress(key);
  return address && address.kind !== 'bare' ? { kind: address.kind, code: address.code } : undefined;
}

/** The territories of these resources, by resource, régions first then by name. */
export async function listResourceTerritories(db: Db, resourceIds: number[]): Promise<Map<number, LinkedTerritory[]>> {
  const byResource = new Map<number, LinkedTerritory[]>();
  if (resourceIds.length === 0) return byResource;
  const rows = await repo.listTerritoriesOfResources(db, resourceIds);
  const order: Record<TerritoryKind, number> = { region: 0, departement: 1, epci: 2, commune: 3 };
  rows.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'fr'));
  for (const r of rows) {
    const list = byResource.get(r.resource_id) ?? [];
    list.push({ key: territoryKey(r.kind, r.code), kind: r.kind, code: r.code, name: r.name, href: territoryPath(r.kind, r.code) });
    byResource.set(r.resource_id, list);
  }
  return byResource;
}

/** The territories of these keys that exist, in the order of the keys. */
export async function territoriesOfKeys(db: Db, keys: string[]): Promise<LinkedTerritory[]> {
  const found: LinkedTerritory[] = [];
  for (const key of new Set(keys)) {
    const parsed = parseTerritoryKey(key);
    const row = parsed && (await findTerritory(db, parsed.kind, parsed.code));
    if (row) found.push({ key, kind: row.kind, code: row.code, name: row.name, href: territoryPath(row.kind, row.code) });
  }
  return found;
}

/**
 * Replaces the territories of a resource by those of these keys that name a territory of the
 * geography (an old version may name a commune merged since: it is dropped).
 */
export async function replaceResourceTerritories(db: Db, resourceId: number, keys: string[]): Promise<void> {
  await repo.deleteResourceTerritories(db, resourceId);
  const rows = (
    await territoriesOfKeys(
      db,
      keys.flatMap((key) => {
        const parsed = parseTerritoryKey(key);
        return parsed ? [territoryKey(parsed.kind, parsed.code)] : [];
      }),
    )
  ).map((t) => ({ resource_id: resourceId, territory_kind: t.kind, territory_code: t.code }));
  await repo.insertResourceTerritories(db, rows);
}

/** The form's lines for these territories: "departement-86 — Vienne". */
export function territoryLines(territories: Pick<LinkedTerritory, 'key' | 'name'>[]): string {
  return territories.map((t) => `${t.key} — ${t.name}`).join('\n');
}

const MAX_TERRITORIES = 50;

/**
 * Reads the form's field, one territory per line: a key (what `territoryLines` writes, and the
 * end of a territory page's address) or an official name, optionally with its kind. Returns the
 * keys, or the problems in French.
 */
export async function resolveTerritoryLines(db: Db, text: string): Promise<{ keys: string[]; problems: string[] }> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const problems: string[] = [];
  if (lines.length > MAX_TERRITORIES) return { keys: [], problems: [`Territoires : ${MAX_TERRITORIES} au plus (${lines.length} lignes).`] };
  const keys: string[] = [];
  let matcher: ((name: string) => ReturnType<ReturnType<typeof buildTerritoryMatcher>>) | undefined;
  for (const line of lines) {
    const first = line.split(/\s|—/)[0]!;
    const parsed = parseTerritoryKey(first);
    if (parsed) {
      const found = await findTerritory(db, parsed.kind, parsed.code);
      if (found) keys.push(territoryKey(found.kind, found.code));
      else problems.push(`Territoires : « ${first} » n’est le code d’aucun territoire officiel.`);
      continue;
    }
    if (/^\d[\dAB]{1,2}$/i.test(first) && first === line) {
      problems.push(
        `Territoires : « ${line} » peut désigner un département ou une région ; écrivez departement-${line.toUpperCase()} ou region-${line.toUpperCase()}.`,
      );
      continue;
    }
    matcher ??= buildTerritoryMatcher(await listAllTerritories(db));
    const match = matcher(line);
    if (match.ok) {
      keys.push(territoryKey(match.territory.kind, match.territory.code));
    } else if (match.candidates.length === 0) {
      problems.push(
        `Territoires : aucun territoire officiel ne s’appelle « ${line} ». Vérifiez l’orthographe, ou donnez son code (par exemple departement-86, 86194).`,
      );
    } else {
      const shown = match.candidates
        .slice(0, 6)
        .map((t) => `${territoryKey(t.kind, t.code)} (${territoryKindLabel(t).toLowerCase()} ${t.name})`);
      const more = match.candidates.length > shown.length ? ` et ${match.candidates.length - shown.length} autres` : '';
      problems.push(
        `Territoires : plusieurs territoires s’appellent « ${line} » : ${shown.join(', ')}${more}. Écrivez le code de celui que vous voulez.`,
      );
    }
  }
  return { keys: [...new Set(keys)], problems };
}
