/**
 * The search benchmark corpus: N documents of French text about the social and solidarity
 * economy, written straight as `search_documents` rows (fake doc ids). Document i depends only
 * on the seed and i (its own generator), so any size is a prefix of a larger one and every
 * build is identical. 1 document in 20 is a member profile, the others are news items.
 */
import type { Db } from '../src/db/database.ts';
import type { NewSearchDocument, Visibility } from '../src/features/search/search.table.ts';
import type { TerritoryRow } from '../src/features/territories/territories.table.ts';
import { createRandom, type Random } from './random.ts';
import { deName, memberNaming } from './text.ts';
import {
  agree,
  capitalize,
  determiner,
  elides,
  FEMALE_FIRST_NAMES,
  GENERAL_ADJECTIVES,
  GENERAL_NOUNS,
  GENERAL_VERBS,
  MALE_FIRST_NAMES,
  MONTHS,
  ORG_NAMES,
  participle,
  RARE_ADJECTIVES,
  RARE_NOUNS,
  ROLES,
  SURNAMES,
  TOPICS,
  WEEKDAYS,
  withPreposition,
  type Adjective,
  type Determiner,
  type Gender,
  type GNumber,
  type Noun,
  type Topic,
  type Verb,
} from './search-lexicon.ts';

/** Bump when the generated text changes: stored builds are then rebuilt. */
export const CORPUS_VERSION = 1;
export const CORPUS_SEED = 20261126;
/** One document in MEMBER_EVERY is a member profile. */
export const MEMBER_EVERY = 20;
/** News items link to members among the first NEWS_MEMBER_POOL ones (a network of that size). */
const NEWS_MEMBER_POOL = 2000;

export type CorpusDocument = Omit<NewSearchDocument, 'title_stems' | 'body_stems'>;

// ---------------------------------------------------------------------------------------------
// Geography

export interface Geography {
  /** Communes, most populous first. */
  communes: TerritoryRow[];
  byKey: Map<string, TerritoryRow>;
  /** Communes of each département, most populous first. */
  communesOf: Map<string, TerritoryRow[]>;
  /** Territories of member profiles, in a fixed shuffled order (each at most once until they run out). */
  memberTerritories: TerritoryRow[];
}

const key = (kind: string, code: string) => `${kind}:${code}`;

/** Reads the official geography (territories table) the corpus draws its place names from. */
export async function loadGeography(db: Db): Promise<Geography> {
  const rows = await db.selectFrom('territories').selectAll().orderBy('kind').orderBy('code').execute();
  if (rows.length === 0) throw new Error('No territories: load the geography first (prepareDatabase)');
  const byKey = new Map(rows.map((t) => [key(t.kind, t.code), t]));
  const communes = rows
    .filter((t) => t.kind === 'commune')
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  const communesOf = new Map<string, TerritoryRow[]>();
  for (const c of communes) {
    const list = communesOf.get(c.departement_code ?? '') ?? [];
    list.push(c);
    communesOf.set(c.departement_code ?? '', list);
  }
  // Members: the régions and départements, then EPCI and towns of 1,000+ inhabitants, shuffled;
  // the larger ones first in the news pool (a network mostly of towns, intercommunalités and départements).
  const rng = createRandom(CORPUS_SEED ^ 0x5eed);
  const bigFirst = rng.shuffle([
    ...rows.filter((t) => t.kind === 'region' || t.kind === 'departement' || t.kind === 'epci'),
    ...communes.filter((c) => (c.population ?? 0) >= 10_000),
  ]);
  const smaller = rng.shuffle(communes.filter((c) => (c.population ?? 0) >= 1000 && (c.population ?? 0) < 10_000));
  return { communes, byKey, communesOf, memberTerritories: [...bigFirst, ...smaller] };
}

/** The member kind of a territory, as members.service derives it. */
export function memberKindOf(t: TerritoryRow): string {
  if (t.kind === 'epci') return t.epci_type === 'METRO' || t.epci_type === 'MET69' ? 'metropole' : 'intercommunalite';
  return t.kind;
}

interface MemberRef {
  territory: TerritoryRow;
  name: string;
  /** With its article, for a sentence ("la Ville de Poitiers"). */
  subject: string;
  /** "de la Ville de Poitiers". */
  of: string;
}

function memberRef(t: TerritoryRow): MemberRef {
  const name = t.kind === 'region' ? `Région ${t.name}` : memberNaming(t).name;
  const article = /^(Ville|Commune|Communauté|Région|Métropole|Eurométropole)(?=\s|$)/.test(name)
    ? 'la '
    : /^Département(?=\s|$)/.test(name)
      ? 'le '
      : '';
  const subject = `${article}${name}`;
  return { territory: t, name, subject, of: withPreposition('de', subject) };
}

// ---------------------------------------------------------------------------------------------
// Weighted choices

const cumulative = new WeakMap<readonly unknown[], Float64Array>();

/** An element of `items`, the first ones much more often (Zipf-like, exponent `s`). */
function zipf<T>(rng: Random, items: readonly T[], s = 1): T {
  let sums = cumulative.get(items);
  if (!sums || sums.length !== items.length) {
    sums = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) sums[i] = total += 1 / Math.pow(i + 1.5, s);
    cumulative.set(items, sums);
  }
  const target = rng.next() * sums[sums.length - 1]!;
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]!;
}

function weighted<T extends { weight: number }>(rng: Random, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = rng.next() * total;
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

// ---------------------------------------------------------------------------------------------
// Sentences

interface Person {
  name: string;
  g: Gender;
  role: string;
}

interface Org {
  /** "l’association La Ruche". */
  subject: string;
  name: string;
}

interface Context {
  geo: Geography;
  rng: Random;
  topic: Topic;
  /** A second topic whose words also appear (documents are rarely about one thing only). */
  other: Topic;
  town: TerritoryRow;
  departement: TerritoryRow | undefined;
  region: TerritoryRow | undefined;
  members: MemberRef[];
  orgs: Org[];
  people: Person[];
  year: number;
}

interface Phrase {
  text: string;
  g: Gender;
  n: GNumber;
}

function pickNoun(ctx: Context): Noun {
  const r = ctx.rng.next();
  if (r < 0.5) return zipf(ctx.rng, ctx.topic.nouns, 0.9);
  if (r < 0.62) return zipf(ctx.rng, ctx.other.nouns, 0.9);
  if (r < 0.985) return zipf(ctx.rng, GENERAL_NOUNS, 0.8);
  return ctx.rng.pick(RARE_NOUNS);
}

function pickAdjective(ctx: Context): Adjective {
  const r = ctx.rng.next();
  if (r < 0.4) return zipf(ctx.rng, ctx.topic.adjectives, 0.8);
  if (r < 0.98) return zipf(ctx.rng, GENERAL_ADJECTIVES, 0.8);
  return ctx.rng.pick(RARE_ADJECTIVES);
}

function pickVerb(ctx: Context): Verb {
  return ctx.rng.chance(0.35) ? zipf(ctx.rng, ctx.topic.verbs, 0.7) : zipf(ctx.rng, GENERAL_VERBS, 0.8);
}

interface NpOptions {
  det?: Determiner;
  n?: GNumber;
  noun?: Noun;
  adjective?: number;
  complement?: number;
}

/** A noun phrase: determiner, noun, maybe an adjective and a "de …" complement. */
function np(ctx: Context, options: NpOptions = {}): Phrase {
  const { rng } = ctx;
  const noun = options.noun ?? pickNoun(ctx);
  const n: GNumber = noun.mass ? 'sg' : (options.n ?? (rng.chance(0.62) ? 'sg' : 'pl'));
  let det =
    options.det ??
    rng.pick<Determiner>([
      'def',
      'def',
      'def',
      'indef',
      'indef',
      'dem',
      'poss',
      'leur',
      'plusieurs',
      'nombreux',
      'certains',
      'chaque',
      'notre',
      'tous',
    ]);
  if (n === 'sg' && ['plusieurs', 'nombreux', 'certains', 'tous'].includes(det)) det = 'def';
  if (n === 'pl' && det === 'chaque') det = 'def';
  if (noun.mass && det !== 'none' && det !== 'def' && det !== 'dem' && det !== 'poss' && det !== 'leur') det = 'def';
  const word = n === 'sg' ? noun.sg : noun.pl;
  let head = word;
  let first = word;
  let aspirated = noun.aspirated;
  if (rng.chance(options.adjective ?? 0.45)) {
    const adj = pickAdjective(ctx);
    if (adj.before) {
      const form = agree(adj, noun.g, n, word);
      head = `${form} ${word}`;
      first = form;
      aspirated = false;
    } else {
      head = `${word} ${agree(adj, noun.g, n)}`;
    }
  }
  if (rng.chance(options.complement ?? 0.22)) {
    const inner = np(ctx, { det: rng.chance(0.5) ? 'def' : 'none', adjective: 0.3, complement: 0 });
    head += ` ${withPreposition('de', inner.text)}`;
  }
  let d = determiner(det, noun.g, n, first, aspirated);
  if (det === 'indef' && n === 'pl' && head !== word && head.startsWith(first) && first !== word) d = elides(first) ? 'd’' : 'de ';
  return { text: d + head, g: noun.g, n };
}

function person(rng: Random): Person {
  const g: Gender = rng.chance(0.52) ? 'f' : 'm';
  const first = zipf(rng, g === 'f' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, 0.6);
  const last = zipf(rng, SURNAMES, 0.5);
  const role = rng.pick(ROLES)[g === 'f' ? 0 : 1];
  return { name: `${first} ${last}`, g, role };
}

function org(ctx: Context): Org {
  const { rng } = ctx;
  const kind = rng.chance(0.7) ? rng.pick(ctx.topic.orgKinds) : rng.pick(ctx.other.orgKinds);
  const town = rng.chance(0.7) ? ctx.town : zipf(rng, ctx.geo.communes, 0.8);
  const name = zipf(rng, ORG_NAMES, 0.4).replace('{town}', town.name);
  return { subject: `${determiner('def', kind.g, 'sg', kind.sg, kind.aspirated)}${kind.sg} ${name}`, name };
}

function subject(ctx: Context): Phrase {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.15) return { text: rng.pick(ctx.members).subject, g: 'f', n: 'sg' };
  if (r < 0.38) return { text: rng.pick(ctx.orgs).subject, g: 'f', n: 'sg' };
  if (r < 0.5) {
    const p = rng.pick(ctx.people);
    return { text: p.name, g: p.g, n: 'sg' };
  }
  if (r < 0.56)
    return {
      text: rng.pick(['les élus', 'les habitants', 'les partenaires', 'les bénévoles', 'les salariés', 'les services']),
      g: 'm',
      n: 'pl',
    };
  return np(ctx, { det: rng.pick<Determiner>(['def', 'def', 'dem', 'poss', 'plusieurs', 'nombreux']) });
}

function place(ctx: Context): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.45) return `à ${ctx.town.name}`;
  if (r < 0.55) return `dans les quartiers ${deName(ctx.town.name)}`;
  if (r < 0.65 && ctx.departement) return `dans le département ${deName(ctx.departement.name)}`;
  if (r < 0.73 && ctx.region) return `en région ${ctx.region.name}`;
  if (r < 0.83) return `sur le territoire ${rng.pick(ctx.members).of}`;
  if (r < 0.9) {
    const other = zipf(rng, ctx.geo.communesOf.get(ctx.town.departement_code ?? '') ?? ctx.geo.communes, 0.9);
    return other === ctx.town ? `à ${other.name} et dans les environs` : `à ${ctx.town.name} et à ${other.name}`;
  }
  return rng.pick([
    'dans les communes rurales',
    'en centre-ville',
    'dans les quartiers prioritaires',
    'sur tout le territoire',
    'dans les villages voisins',
    'au cœur du bourg',
  ]);
}

function time(ctx: Context): string {
  const { rng } = ctx;
  return rng.pick([
    `en ${ctx.year}`,
    `depuis ${ctx.year - rng.int(1, 8)}`,
    `d’ici ${ctx.year + rng.int(1, 5)}`,
    `le ${rng.pick(WEEKDAYS)} ${rng.int(1, 28)} ${rng.pick(MONTHS)}`,
    `en ${rng.pick(MONTHS)} dernier`,
    `au printemps`,
    `à la rentrée`,
    `cet automne`,
    `l’an dernier`,
    `depuis plusieurs années`,
    `au cours du mandat`,
    `lors du dernier conseil`,
  ]);
}

type Tense = 'present' | 'past' | 'future' | 'recent' | 'want' | 'decided' | 'near';

/** The verb phrase agreed with a subject of number n. */
function verbPhrase(ctx: Context, verb: Verb, n: GNumber): string {
  const tense = ctx.rng.pick<Tense>(['present', 'present', 'present', 'past', 'past', 'future', 'recent', 'want', 'decided', 'near']);
  const pl = n === 'pl';
  switch (tense) {
    case 'present':
      return pl ? verb.p3p : verb.p3s;
    case 'past':
      return `${pl ? 'ont' : 'a'} ${verb.pp}`;
    case 'future':
      return pl ? verb.fut3p : verb.fut3s;
    case 'recent':
      return `${pl ? 'viennent' : 'vient'} ${withPreposition('de', verb.inf)}`;
    case 'want':
      return `${pl ? 'souhaitent' : 'souhaite'} ${verb.inf}`;
    case 'decided':
      return `${pl ? 'ont' : 'a'} décidé ${withPreposition('de', verb.inf)}`;
    case 'near':
      return `${pl ? 'vont' : 'va'} ${verb.inf}`;
  }
}

function object(ctx: Context): string {
  return np(ctx, { det: ctx.rng.pick<Determiner>(['def', 'indef', 'indef', 'poss', 'leur', 'dem', 'plusieurs', 'nombreux']) }).text;
}

/** A clause without final punctuation, lower-case start. */
function clause(ctx: Context): string {
  const subj = subject(ctx);
  const extra = ctx.rng.chance(0.45) ? ` ${place(ctx)}` : ctx.rng.chance(0.3) ? ` ${time(ctx)}` : '';
  return `${subj.text} ${verbPhrase(ctx, pickVerb(ctx), subj.n)} ${object(ctx)}${extra}`;
}

/** 12345 → "12 345" (narrow no-break space, as toLocaleString('fr-FR') writes it, without its cost). */
function frNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f');
}

const COUNTABLE = [
  'emploi',
  'salarié',
  'bénévole',
  'adhérent',
  'structure',
  'projet',
  'habitant',
  'famille',
  'personne',
  'entreprise',
  'association',
  'coopérative',
  'tonne',
  'repas',
  'heure d’insertion',
  'commerçant',
  'producteur',
  'jeune',
  'participant',
  'dossier',
];
const COUNTABLE_NOUNS = new Map([...GENERAL_NOUNS, ...TOPICS.flatMap((t) => t.nouns)].map((n) => [n.sg, n]));

function counted(ctx: Context): Phrase & { noun: Noun } {
  const sg = ctx.rng.pick(COUNTABLE);
  const noun = COUNTABLE_NOUNS.get(sg) ?? { sg, pl: `${sg}s`, g: 'm' as Gender, mass: false, aspirated: false };
  const n = ctx.rng.pick([ctx.rng.int(3, 40), ctx.rng.int(40, 400), ctx.rng.int(400, 12_000)]);
  return { text: `${frNumber(n)} ${noun.pl}`, g: noun.g, n: 'pl', noun };
}

function infinitivePhrase(ctx: Context): string {
  return `${pickVerb(ctx).inf} ${object(ctx)}`;
}

const SENTENCES: ((ctx: Context) => string)[] = [
  (ctx) => `${capitalize(clause(ctx))}.`,
  (ctx) => `${capitalize(clause(ctx))}.`,
  (ctx) => `${capitalize(time(ctx))}, ${clause(ctx)}.`,
  (ctx) => `${capitalize(place(ctx))}, ${clause(ctx)}.`,
  (ctx) => {
    const o = np(ctx, { det: ctx.rng.pick<Determiner>(['indef', 'def', 'plusieurs']) });
    const by = subject(ctx);
    return `${capitalize(o.text)} ${o.n === 'pl' ? 'ont' : 'a'} été ${participle(pickVerb(ctx), o.g, o.n)} par ${by.text} ${place(ctx)}.`;
  },
  (ctx) => {
    const p = ctx.rng.pick(ctx.people);
    return `« ${capitalize(clause(ctx))} », ${ctx.rng.pick(['explique', 'souligne', 'précise', 'résume', 'se félicite', 'rappelle', 'insiste'])} ${p.name}, ${p.role}.`;
  },
  (ctx) => `Selon ${ctx.rng.pick(ctx.people).name}, ${clause(ctx)}.`,
  (ctx) => {
    const c = counted(ctx);
    return `${capitalize(ctx.rng.pick(['au total', 'en un an', 'à ce jour', 'depuis le lancement', 'sur la période']))}, ${c.text} ont été ${participle(pickVerb(ctx), c.g, 'pl')} ${place(ctx)}.`;
  },
  (ctx) => {
    const s = subject(ctx);
    const verb = ctx.rng.pick([
      ['compte désormais', 'comptent désormais'],
      ['réunit', 'réunissent'],
      ['rassemble', 'rassemblent'],
      ['accompagne chaque année', 'accompagnent chaque année'],
      ['emploie', 'emploient'],
    ])[s.n === 'sg' ? 0 : 1];
    return `${capitalize(s.text)} ${verb} ${counted(ctx).text}.`;
  },
  (ctx) => {
    const n = pickNoun(ctx);
    return `${capitalize(determiner('dem', n.g, 'sg', n.sg, n.aspirated))}${n.sg} doit permettre ${withPreposition('de', infinitivePhrase(ctx))} et ${withPreposition('de', infinitivePhrase(ctx))}.`;
  },
  (ctx) => `Il s’agit ${withPreposition('de', infinitivePhrase(ctx))} ${place(ctx)}.`,
  (ctx) =>
    `${ctx.rng.pick(['Les thèmes abordés', 'Au programme', 'Les priorités', 'Les sujets retenus', 'Les axes de travail'])} : ${np(ctx).text}, ${np(ctx).text} et ${np(ctx).text}.`,
  (ctx) => {
    const total = ctx.rng.int(5, 900) * 1000;
    return `Le budget s’élève à ${frNumber(total)} euros, dont ${frNumber(Math.round(total * ctx.rng.next() * 0.8))} euros ${ctx.rng.pick(['apportés', 'versés', 'engagés'])} par ${subject(ctx).text}.`;
  },
  (ctx) =>
    `Rendez-vous le ${ctx.rng.pick(WEEKDAYS)} ${ctx.rng.int(1, 28)} ${ctx.rng.pick(MONTHS)} ${ctx.rng.pick(['à la salle des fêtes', 'à la médiathèque', 'à la mairie', 'au tiers-lieu', 'à la maison des associations', 'sur la place du marché'])} ${deName(ctx.town.name)}.`,
  (ctx) => `${capitalize(clause(ctx))}, avec le soutien ${withPreposition('de', subject(ctx).text)}.`,
  (ctx) => `Pour ${ctx.rng.pick(ctx.people).name}, « ${clause(ctx)} ».`,
  (ctx) => `Comment ${infinitivePhrase(ctx)} ${place(ctx)} ? ${capitalize(clause(ctx))}.`,
  (ctx) => `Depuis ${ctx.year - ctx.rng.int(1, 10)}, ${clause(ctx)}.`,
  (ctx) => `L’objectif : ${infinitivePhrase(ctx)} d’ici ${ctx.year + ctx.rng.int(1, 6)}.`,
  (ctx) => `${capitalize(clause(ctx))} et ${clause(ctx)}.`,
  (ctx) => `${capitalize(clause(ctx))}, ${ctx.rng.pick(['car', 'mais', 'puisque', 'tandis que', 'alors que'])} ${clause(ctx)}.`,
];

function sentence(ctx: Context): string {
  return zipf(ctx.rng, SENTENCES, 0.3)(ctx);
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Paragraphs of sentences, about `words` words in all (a sentence that would overshoot by much is left out). */
function paragraphs(ctx: Context, words: number): string[] {
  const result: string[] = [];
  let count = 0;
  for (let tries = 0; count < words - 6 && tries < 200;) {
    const parts: string[] = [];
    for (let k = ctx.rng.int(2, 5); k > 0 && count < words - 6 && tries < 200; tries++) {
      const s = sentence(ctx);
      const n = wordCount(s);
      if (count + n > words + 4) continue;
      parts.push(s);
      count += n;
      k--;
    }
    if (parts.length) result.push(parts.join(' '));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Titles

const HEADLINES: ((ctx: Context) => string)[] = [
  (ctx) => `${ctx.town.name} : ${np(ctx, { det: 'indef', n: 'sg', complement: 0.2 }).text} pour ${infinitivePhrase(ctx)}`,
  (ctx) => {
    const o = ctx.rng.pick(ctx.orgs);
    return `${capitalize(o.subject)} ${ctx.rng.chance(0.5) ? pickVerb(ctx).p3s : `a ${pickVerb(ctx).pp}`} ${np(ctx, { det: 'indef', complement: 0.1 }).text}`;
  },
  (ctx) =>
    `${capitalize(ctx.topic.nouns[0]!.sg)} : ${ctx.members[0]!.subject} ${pickVerb(ctx).p3s} ${np(ctx, { det: 'poss', complement: 0.1 }).text}`,
  (ctx) => `Mois de l’ESS ${ctx.year} : le programme ${ctx.members[0]!.of}`,
  (ctx) => {
    const c = counted(ctx);
    return `${capitalize(c.text)} ${participle(pickVerb(ctx), c.g, 'pl')} à ${ctx.town.name} en ${ctx.year}`;
  },
  (ctx) => {
    const s = np(ctx, { det: 'def', complement: 0.1 });
    return `À ${ctx.town.name}, ${s.text} ${s.n === 'pl' ? pickVerb(ctx).p3p : pickVerb(ctx).p3s} ${np(ctx, { det: 'indef', adjective: 0.3, complement: 0 }).text}`;
  },
  (ctx) => `Appel à projets « ${capitalize(ctx.topic.name)} » : ${ctx.rng.int(4, 60)} projets retenus ${place(ctx)}`,
  (ctx) => `Comment ${ctx.town.name} ${pickVerb(ctx).p3s} ${np(ctx, { det: 'poss', complement: 0.1 }).text} ?`,
  (ctx) =>
    `${capitalize(np(ctx, { det: 'indef', n: 'sg' }).text)} ${ctx.rng.pick(['ouvre ses portes', 'voit le jour', 'fête ses dix ans', 'cherche des bénévoles', 'change de locaux', 's’agrandit'])} à ${ctx.town.name}`,
  (ctx) =>
    `${capitalize(ctx.topic.name)} : ${ctx.rng.pick(ctx.people).name} ${ctx.rng.pick(['présente', 'défend', 'détaille'])} ${np(ctx, { det: 'def', complement: 0.2 }).text}`,
  (ctx) => `${capitalize(ctx.members[0]!.subject)} ${pickVerb(ctx).p3s} ${np(ctx, { det: 'def', complement: 0.15 }).text} ${place(ctx)}`,
];

const SUMMARY_OPENINGS = ['En bref', 'À retenir', 'Ce qu’il faut savoir', 'L’essentiel'];

// ---------------------------------------------------------------------------------------------
// Documents

function dateBetween(rng: Random, from: string, to: string, skew: number): string {
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  // skew > 1: more recent documents (a site publishes more as it grows).
  return new Date(start + Math.floor(((1 - Math.pow(rng.next(), skew)) * span) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

function contextFor(geo: Geography, rng: Random, members: MemberRef[], year: number): Context {
  const topic = weighted(rng, TOPICS);
  const other = weighted(rng, TOPICS);
  const anchor = members[0]!.territory;
  let town: TerritoryRow;
  if (anchor.kind === 'commune' && rng.chance(0.7)) town = anchor;
  else if (anchor.kind !== 'region' && anchor.departement_code && rng.chance(0.6))
    town = zipf(rng, geo.communesOf.get(anchor.departement_code) ?? geo.communes, 0.9);
  else town = zipf(rng, geo.communes, 0.8);
  const departement = geo.byKey.get(key('departement', town.departement_code ?? ''));
  const region = geo.byKey.get(key('region', town.region_code ?? ''));
  const ctx: Context = { geo, rng, topic, other, town, departement, region, members, orgs: [], people: [], year };
  ctx.orgs = [org(ctx), org(ctx)];
  ctx.people = [person(rng), person(rng)];
  return ctx;
}

/**
 * Theme tokens of a document (search.themes.ts): the themes seeded by the migrations are as many
 * as the topics, the i-th topic standing for theme id i + 1; drawn without the generator, so the
 * text stays the same.
 */
function themesOf(ctx: Context): string {
  return [...new Set([TOPICS.indexOf(ctx.topic) + 1, TOPICS.indexOf(ctx.other) + 1])].sort((a, b) => a - b).join(' ');
}

function visibility(rng: Random): Visibility {
  const r = rng.next();
  return r < 0.88 ? 'public' : r < 0.96 ? 'members' : 'staff';
}

function newsDocument(geo: Geography, rng: Random, index: number): CorpusDocument {
  const pool = geo.memberTerritories.slice(0, NEWS_MEMBER_POOL);
  const linked = new Map<string, MemberRef>();
  for (let k = rng.chance(0.6) ? 1 : rng.int(2, 3); k > 0; k--) {
    const t = pool[Math.floor(Math.pow(rng.next(), 1.6) * pool.length)]!;
    linked.set(key(t.kind, t.code), memberRef(t));
  }
  const members = [...linked.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const date = dateBetween(rng, '2012-01-01', '2026-11-01', 1.8);
  const year = Number(date.slice(0, 4));
  const ctx = contextFor(geo, rng, members, year);
  let title = zipf(rng, HEADLINES, 0.2)(ctx);
  if (wordCount(title) > 16) title = title.split(' ').slice(0, 14).join(' ');
  const summary = `${rng.chance(0.15) ? `${rng.pick(SUMMARY_OPENINGS)} : ` : ''}${sentence(ctx)}`;
  // 80 to 400 words in all, most between 100 and 250.
  const words = 80 + Math.floor(320 * Math.pow(rng.next(), 1.4)) - wordCount(summary) - wordCount(members.map((m) => m.name).join(' '));
  const body = `${summary}\n${paragraphs(ctx, Math.max(30, words)).join('\n')}\n${members.map((m) => m.name).join(' · ')}`;
  const first = members[0]!.territory;
  return {
    doc_type: 'news',
    doc_id: index + 1,
    slug: `actualite-${index + 1}`,
    title,
    body,
    member_kind: memberKindOf(first),
    region_code: first.region_code,
    year,
    date,
    visibility: visibility(rng),
    themes: themesOf(ctx),
  };
}

const MEMBER_HEADINGS = [
  'Panorama de l’ESS',
  'Notre politique',
  'Actions engagées',
  'Budget et moyens',
  'Partenaires du territoire',
  'Perspectives',
  'Contacts et accompagnement',
  'Bilan de la dernière conférence territoriale',
];

function memberDocument(geo: Geography, rng: Random, index: number): CorpusDocument {
  const list = geo.memberTerritories;
  const territory = list[Math.floor(index / MEMBER_EVERY) % list.length]!;
  const ref = memberRef(territory);
  const date = dateBetween(rng, '2018-01-01', '2026-11-01', 1.3);
  const ctx = contextFor(geo, rng, [ref], Number(date.slice(0, 4)));
  const departement = territory.kind === 'departement' ? territory : geo.byKey.get(key('departement', territory.departement_code ?? ''));
  const region = territory.kind === 'region' ? territory : geo.byKey.get(key('region', territory.region_code ?? ''));
  const places = [
    territory.name,
    departement !== territory ? departement?.name : undefined,
    region !== territory ? region?.name : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const sections = rng.sample(MEMBER_HEADINGS, rng.int(2, 5));
  const total = 150 + Math.floor(230 * rng.next()) - wordCount(places) - wordCount(sections.join(' '));
  const text = sections.map((heading) => `${heading}\n${paragraphs(ctx, Math.round(total / sections.length)).join('\n')}`).join('\n');
  return {
    doc_type: 'member',
    doc_id: index + 1,
    slug: `adherent-${index + 1}`,
    title: ref.name,
    body: `${places}\n${text}`,
    member_kind: memberKindOf(territory),
    region_code: territory.region_code,
    year: Number(date.slice(0, 4)),
    date,
    visibility: 'public',
    themes: themesOf(ctx),
  };
}

/** The generator of the corpus over a geography: `document(i)` for i = 0, 1, 2… */
export function createCorpus(geo: Geography): { document(index: number): CorpusDocument } {
  return {
    document(index) {
      const rng = createRandom((Math.imul(index + 1, 0x9e3779b1) ^ CORPUS_SEED) >>> 0);
      return index % MEMBER_EVERY === 3 ? memberDocument(geo, rng, index) : newsDocument(geo, rng, index);
    },
  };
}

/** Words of the corpus's vocabulary that queries draw from (so that they find something). */
export const VOCABULARY = {
  topics: TOPICS,
  general: { nouns: GENERAL_NOUNS, adjectives: GENERAL_ADJECTIVES, verbs: GENERAL_VERBS },
  rare: { nouns: RARE_NOUNS, adjectives: RARE_ADJECTIVES },
  orgNames: ORG_NAMES,
  surnames: SURNAMES,
};
