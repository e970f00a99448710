/**
 * The network's indicators: read, create, change (a code never changes once created: members'
 * values and campaigns' questions refer to it). Every change is written to the audit log and
 * bumps the content version (profiles, comparisons and statistics show the labels and definitions).
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { MEMBER_KINDS, type MemberKind } from '../../shared/member-kinds.ts';
import { audit, type Actor } from '../accounts/accounts.public.ts';
import * as repo from './indicators.repository.ts';
import type { Aggregation, IndicatorRow, IndicatorVisibility } from './indicators.table.ts';

export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'median', 'share'];
export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: 'Somme (un total du réseau a du sens)',
  median: 'Médiane (les territoires se recouvrent : pas de total)',
  share: 'Part en % (médiane, jamais additionnée)',
};

export interface Indicator {
  code: string;
  label: string;
  unit: string;
  definition: string;
  /** Empty: every kind of member. */
  memberKinds: MemberKind[];
  aggregation: Aggregation;
  perInhabitant: boolean;
  visibility: IndicatorVisibility;
}

export function indicatorOf(row: IndicatorRow): Indicator {
  let kinds: unknown = [];
  try {
    kinds = JSON.parse(row.member_kinds);
  } catch {
    kinds = [];
  }
  return {
    code: row.code,
    label: row.label,
    unit: row.unit,
    definition: row.definition,
    memberKinds: Array.isArray(kinds) ? MEMBER_KINDS.filter((k) => kinds.includes(k)) : [],
    aggregation: row.aggregation,
    perInhabitant: row.per_inhabitant === 1,
    visibility: row.visibility,
  };
}

/** Every indicator in the network's order; `publicOnly` leaves out the internal ones (public surfaces). */
export async function listIndicators(db: Db, options: { publicOnly?: boolean } = {}): Promise<Indicator[]> {
  const all = (await repo.listIndicatorRows(db)).map(indicatorOf);
  return options.publicOnly ? all.filter((i) => i.visibility === 'public') : all;
}

export async function getIndicator(db: Db, code: string): Promise<Indicator | undefined> {
  const row = await repo.findIndicatorRow(db, code);
  return row && indicatorOf(row);
}

/** Whether an indicator is asked of a kind of member. */
export function appliesTo(indicator: Indicator, kind: MemberKind): boolean {
  return indicator.memberKinds.length === 0 || indicator.memberKinds.includes(kind);
}

/** What the form sends, as typed. */
export interface IndicatorInput {
  code: string;
  label: string;
  unit: string;
  definition: string;
  memberKinds: string[];
  aggregation: string;
  perInhabitant: boolean;
  visibility: string;
}

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

function normalize(input: IndicatorInput, creating: boolean): Omit<Indicator, 'code'> & { code: string } {
  const problems: string[] = [];
  const code = input.code.trim();
  if (creating && code === 'nouveau') problems.push('Code : « nouveau » est réservé ; choisissez-en un autre.');
  else if (creating && !/^[a-z][a-z0-9_]{1,39}$/.test(code))
    problems.push(
      'Code : de 2 à 40 caractères, lettres minuscules sans accent, chiffres et « _ », en commençant par une lettre (exemple : achats_responsables).',
    );
  const label = clean(input.label);
  if (label.length < 3) problems.push('Libellé : donnez un nom à l’indicateur.');
  if (label.length > 120) problems.push('Libellé : 120 caractères au plus.');
  const unit = clean(input.unit);
  if (!unit) problems.push('Unité : indiquez l’unité des valeurs (€, %, ETP, établissements…).');
  if (unit.length > 30) problems.push('Unité : 30 caractères au plus.');
  const definition = input.definition.trim().replace(/\r\n/g, '\n');
  if (definition.length < 20)
    problems.push(
      'Définition : précisez ce qui est compté et ce qui ne l’est pas (20 caractères au moins), pour que les valeurs soient comparables.',
    );
  if (definition.length > 2000) problems.push('Définition : 2 000 caractères au plus.');
  const aggregation = AGGREGATIONS.find((a) => a === input.aggregation);
  if (!aggregation) problems.push('Agrégation : choisissez somme, médiane ou part.');
  const visibility = (['public', 'internal'] as const).find((v) => v === input.visibility);
  if (!visibility) problems.push('Diffusion : choisissez publique ou interne.');
  const memberKinds = MEMBER_KINDS.filter((k) => input.memberKinds.includes(k));
  if (input.perInhabitant && aggregation === 'share') problems.push('Par habitant : une part en % ne se rapporte pas à la population.');
  if (problems.length) throw new InvalidInput(problems);
  return {
    code,
    label,
    unit,
    definition,
    // Every kind ticked means every kind: stored as "all", so that a kind added later is included.
    memberKinds: memberKinds.length === MEMBER_KINDS.length ? [] : memberKinds,
    aggregation: aggregation!,
    perInhabitant: input.perInhabitant,
    visibility: visibility!,
  };
}

function columns(i: Omit<Indicator, 'code'>, now: Date) {
  return {
    label: i.label,
    unit: i.unit,
    definition: i.definition,
    member_kinds: JSON.stringify(i.memberKinds),
    aggregation: i.aggregation,
    per_inhabitant: i.perInhabitant ? 1 : 0,
    visibility: i.visibility,
    updated_at: now.toISOString(),
  };
}

export async function createIndicator(db: Db, actor: Actor, input: IndicatorInput, now = new Date()): Promise<string> {
  const indicator = normalize(input, true);
  if (await repo.findIndicatorRow(db, indicator.code))
    throw new InvalidInput([`Code : « ${indicator.code} » est déjà celui d’un autre indicateur.`]);
  await repo.insertIndicator(db, { code: indicator.code, ...columns(indicator, now), created_at: now.toISOString() });
  await audit(
    db,
    actor,
    { action: 'indicator.created', target: { type: 'indicator', id: indicator.code }, summary: `Indicateur « ${indicator.label} » créé.` },
    now,
  );
  await bumpContentVersion(db);
  return indicator.code;
}

export async function changeIndicator(db: Db, actor: Actor, code: string, input: IndicatorInput, now = new Date()): Promise<void> {
  const before = await getIndicator(db, code);
  if (!before) throw notFound('Cet indicateur n’existe pas.');
  if (input.code && input.code !== code) throw new AppError('bad_request', 'Le code d’un indicateur ne change pas.');
  const indicator = normalize({ ...input, code }, false);
  await repo.updateIndicator(db, code, columns(indicator, now));
  await audit(
    db,
    actor,
    { action: 'indicator.changed', target: { type: 'indicator', id: code }, summary: `Indicateur « ${indicator.label} » modifié.` },
    now,
  );
  await bumpContentVersion(db);
}

/** Members' values and campaign questions that use an indicator (it can be deleted only when there are none). */
export function indicatorUses(db: Db, code: string): Promise<{ values: number; questions: number }> {
  return repo.countIndicatorUses(db, code);
}

/**
 * Deletes an indicator that nothing uses yet (created by mistake). One with members' values or
 * campaign questions stays: the network makes it internal to take it off public pages.
 */
export async function deleteIndicator(db: Db, actor: Actor, code: string, now = new Date()): Promise<void> {
  const indicator = await getIndicator(db, code);
  if (!indicator) throw notFound('Cet indicateur n’existe pas.');
  const uses = await repo.countIndicatorUses(db, code);
  if (uses.values || uses.questions)
    throw new AppError(
      'conflict',
      `L’indicateur « ${indicator.label} » est utilisé (${uses.values} valeur(s) d’adhérents, ${uses.questions} question(s) de campagne) : il ne peut pas être supprimé. Rendez-le interne pour le retirer des pages publiques.`,
    );
  await repo.deleteIndicatorRow(db, code);
  await audit(
    db,
    actor,
    { action: 'indicator.deleted', target: { type: 'indicator', id: code }, summary: `Indicateur « ${indicator.label} » supprimé.` },
    now,
  );
  await bumpContentVersion(db);
}
