/**
 * A member's official data, kept by the network in the back office: name, official territory
 * (by kind and INSEE code / SIREN, or by name), membership year, status (active, former) and
 * moderation setting. Creating a member and changing these are audited; both re-index the member
 * for search and move the content version (the profile's content is the editors' business:
 * members.editing.ts).
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { InvalidInput } from '../../errors.ts';
import { foldText, slugify } from '../../shared/text.ts';
import { audit } from '../accounts/accounts.public.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { indexMember } from '../search/search.public.ts';
import { buildTerritoryMatcher } from '../territories/territories.public.ts';
import { findTerritory, listTerritories } from '../territories/territories.public.ts';
import { TERRITORY_KINDS, type TerritoryKind, type TerritoryRow } from '../territories/territories.public.ts';
import { listSlugsLike } from './admin/members.admin-repository.ts';
import { setModeration } from './admin/members.editing.ts';
import { findMemberByTerritory, findMembersByFoldedName, updateMember } from './members.repository.ts';
import { MEMBER_KIND_LABELS } from './members.schemas.ts';
import { createMember, memberKindOf } from './members.service.ts';
import type { MemberModeration, MemberRow } from './members.table.ts';

/** What the create and edit forms send (strings as typed, so that a refused form comes back whole). */
export interface OfficialValues {
  name: string;
  territoryKind: string;
  /** INSEE code, SIREN or name. */
  territory: string;
  joinedYear: string;
  status: string;
  moderation: string;
  /** Only when creating: afterwards the website is part of the profile. */
  website: string;
}

export const TERRITORY_KIND_LABELS: Record<TerritoryKind, { label: string; short: string; code: string; example: string }> = {
  region: { label: 'Région', short: 'région', code: 'code INSEE', example: '75 ou Nouvelle-Aquitaine' },
  departement: { label: 'Département', short: 'département', code: 'code INSEE', example: '33 ou Gironde' },
  epci: { label: 'Intercommunalité ou métropole (EPCI)', short: 'EPCI', code: 'SIREN', example: '200069854 ou Grand Poitiers' },
  commune: { label: 'Commune', short: 'commune', code: 'code INSEE', example: '86194 ou Poitiers' },
};

/** Words for "no such …" / "several …" messages. */
const NOUNS: Record<TerritoryKind, { none: string; many: string }> = {
  region: { none: 'aucune région', many: 'plusieurs régions' },
  departement: { none: 'aucun département', many: 'plusieurs départements' },
  epci: { none: 'aucune intercommunalité', many: 'plusieurs intercommunalités' },
  commune: { none: 'aucune commune', many: 'plusieurs communes' },
};

const CODE = /^(\d{2,9}|2[ab]\d{0,3}|97\d{1,3})$/i;
export const MIN_YEAR = 1990;
const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
/** Back-office paths under /admin/adherents/ that a slug must not take. */
const RESERVED_SLUGS = new Set(['nouveau']);

/** Finds the territory the form designates, or says in French why it cannot. */
export async function resolveTerritoryInput(
  db: Db,
  kind: TerritoryKind,
  text: string,
): Promise<{ territory: TerritoryRow } | { problem: string }> {
  const value = text.trim().replace(/\s+/g, ' ');
  const nouns = NOUNS[kind];
  if (!value)
    return {
      problem: `Territoire : saisissez le ${TERRITORY_KIND_LABELS[kind].code} ou le nom du territoire (par exemple ${TERRITORY_KIND_LABELS[kind].example}).`,
    };
  if (CODE.test(value.replace(/\s/g, ''))) {
    const code = value.replace(/\s/g, '').toUpperCase();
    const territory = await findTerritory(db, kind, code);
    if (territory) return { territory };
    return {
      problem: `Territoire : ${nouns.none} n’a le ${TERRITORY_KIND_LABELS[kind].code} « ${code} ». Vérifiez le code et le type de territoire choisi.`,
    };
  }
  const match = buildTerritoryMatcher(await listTerritories(db, kind))(value);
  if (match.ok) return { territory: match.territory };
  if (match.candidates.length === 0) {
    return {
      problem: `Territoire : ${nouns.none} ne porte le nom « ${value} ». Vérifiez l’orthographe et le type de territoire, ou saisissez son ${TERRITORY_KIND_LABELS[kind].code}.`,
    };
  }
  const departements = new Map((await listTerritories(db, 'departement')).map((d) => [d.code, d.name]));
  const shown = [...match.candidates]
    .sort((a, b) => a.code.localeCompare(b.code))
    .slice(0, 8)
    .map(
      (t) =>
        `${t.name} (${t.departement_code ? `${departements.get(t.departement_code) ?? t.departement_code}, ` : ''}${TERRITORY_KIND_LABELS[kind].code} ${t.code})`,
    );
  const more = match.candidates.length > shown.length ? ` et ${match.candidates.length - shown.length} autres` : '';
  return {
    problem: `Territoire : ${nouns.many} portent le nom « ${value} » : ${shown.join(', ')}${more}. Saisissez le ${TERRITORY_KIND_LABELS[kind].code} du territoire voulu.`,
  };
}

interface Checked {
  name: string;
  territory: TerritoryRow;
  joinedYear: number | null;
  status: MemberRow['status'];
  moderation: MemberModeration;
  website: string | null;
}

/** Validates the form: every problem at once, in French. `self` is the member being edited. */
async function check(db: Db, values: OfficialValues, mode: 'create' | 'edit', self?: MemberRow, now = new Date()): Promise<Checked> {
  const problems: string[] = [];
  const name = values.name.replace(/\s+/g, ' ').trim();
  if (name.length < 3) problems.push('Nom : saisissez le nom de la collectivité adhérente (3 caractères au moins).');
  else if (name.length > 150) problems.push('Nom : 150 caractères au plus.');
  else if (
    (!self || foldText(name) !== self.name_folded) &&
    (await findMembersByFoldedName(db, foldText(name))).some((m) => m.id !== self?.id)
  )
    problems.push(`Nom : un adhérent porte déjà le nom « ${name} ».`);

  let territory: TerritoryRow | undefined;
  if (!(TERRITORY_KINDS as readonly string[]).includes(values.territoryKind))
    problems.push('Type de territoire : choisissez région, département, intercommunalité ou commune.');
  else {
    const found = await resolveTerritoryInput(db, values.territoryKind as TerritoryKind, values.territory);
    if ('problem' in found) problems.push(found.problem);
    else {
      territory = found.territory;
      // Only a new or changed territory is checked: data imported earlier may hold duplicates to sort out.
      const unchanged = self && self.territory_kind === territory.kind && self.territory_code === territory.code;
      const holder = unchanged ? undefined : await findMemberByTerritory(db, territory.kind, territory.code);
      if (holder && holder.id !== self?.id)
        problems.push(`Territoire : ${territory.name} est déjà adhérent, sous le nom « ${holder.name} ».`);
    }
  }

  const maxYear = now.getUTCFullYear() + 1;
  const yearText = values.joinedYear.trim();
  const joinedYear = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText && (joinedYear === null || joinedYear < MIN_YEAR || joinedYear > maxYear)) {
    problems.push(`Année d’adhésion : saisissez une année à quatre chiffres entre ${MIN_YEAR} et ${maxYear}, ou laissez le champ vide.`);
  }
  const status = values.status === 'former' ? 'former' : 'active';
  if (mode === 'edit' && values.status !== 'active' && values.status !== 'former')
    problems.push('Statut : choisissez « adhérent » ou « ancien adhérent ».');
  const moderation = values.moderation === 'direct' ? 'direct' : 'review';
  if (values.moderation !== 'direct' && values.moderation !== 'review')
    problems.push('Validation : choisissez « validées par le réseau » ou « publiées directement ».');
  const website = values.website.trim();
  if (mode === 'create' && website && (!WEBSITE.test(website) || website.length > 300))
    problems.push('Site internet : saisissez une adresse complète, commençant par https://.');

  if (problems.length || !territory) throw new InvalidInput(problems);
  return { name, territory, joinedYear, status, moderation, website: mode === 'create' && website ? website : null };
}

/** A slug from the name that no member nor back-office path uses ("grand-poitiers", else "grand-poitiers-2"…). */
async function freeSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || 'adherent';
  const taken = new Set([...(await listSlugsLike(db, base)), ...RESERVED_SLUGS]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const statusLabel = (status: string) => (status === 'former' ? 'ancien adhérent' : 'adhérent');

/** Creates a member with an empty profile; run inside a transaction. Returns its slug. */
export async function createMemberFromForm(db: Db, actor: Actor, values: OfficialValues, now = new Date()): Promise<string> {
  const c = await check(db, values, 'create', undefined, now);
  const slug = await freeSlug(db, c.name);
  const id = await createMember(db, {
    slug,
    name: c.name,
    territory: { kind: c.territory.kind, code: c.territory.code },
    joinedYear: c.joinedYear,
    status: 'active',
    website: c.website,
    updatedAt: now.toISOString(),
    sections: [],
    figures: [],
  });
  await updateMember(db, id, { moderation: c.moderation });
  await audit(
    db,
    actor,
    {
      action: 'member.created',
      target: { type: 'member', id: slug },
      summary: `Adhérent « ${c.name} » créé (${MEMBER_KIND_LABELS[memberKindOf(c.territory)].one.toLowerCase()}, ${c.territory.name}, ${c.territory.kind === 'epci' ? 'SIREN' : 'code INSEE'} ${c.territory.code}${c.joinedYear ? `, adhésion ${c.joinedYear}` : ''}).`,
    },
    now,
  );
  return slug;
}

/** Changes a member's official data and moderation setting; run inside a transaction. Returns whether anything changed. */
export async function updateOfficialData(
  db: Db,
  actor: Actor,
  member: MemberRow,
  values: OfficialValues,
  now = new Date(),
): Promise<boolean> {
  const c = await check(db, values, 'edit', member, now);
  const changes: string[] = [];
  if (c.name !== member.name) changes.push(`nom : « ${member.name} » → « ${c.name} »`);
  if (c.territory.kind !== member.territory_kind || c.territory.code !== member.territory_code) {
    changes.push(
      `territoire : ${member.territory_kind} ${member.territory_code} → ${c.territory.kind} ${c.territory.code} (${c.territory.name})`,
    );
  }
  if (c.joinedYear !== member.joined_year)
    changes.push(`année d’adhésion : ${member.joined_year ?? 'non renseignée'} → ${c.joinedYear ?? 'non renseignée'}`);
  if (c.status !== member.status) changes.push(`statut : ${statusLabel(member.status)} → ${statusLabel(c.status)}`);
  if (changes.length) {
    await updateMember(db, member.id, {
      name: c.name,
      name_folded: foldText(c.name),
      kind: memberKindOf(c.territory),
      territory_kind: c.territory.kind,
      territory_code: c.territory.code,
      joined_year: c.joinedYear,
      status: c.status,
    });
    await indexMember(db, member.id);
    await bumpContentVersion(db);
    await audit(
      db,
      actor,
      {
        action: 'member.updated',
        target: { type: 'member', id: member.slug },
        summary: `Adhérent « ${c.name} » modifié — ${changes.join(' ; ')}.`,
      },
      now,
    );
  }
  await setModeration(db, actor, { ...member, name: c.name }, c.moderation);
  return changes.length > 0 || c.moderation !== member.moderation;
}
