/**
 * The search benchmark's queries: a deterministic mix of what people type in a search box,
 * drawn from the corpus's own vocabulary and places, with filters on about a quarter of them.
 */
import { MEMBER_KINDS } from '../src/features/members/members.schemas.ts';
import type { DocType } from '../src/features/search/search.table.ts';
import { foldText } from '../src/shared/text.ts';
import type { Geography } from './search-corpus.ts';
import {
  GENERAL_ADJECTIVES,
  GENERAL_NOUNS,
  ORG_NAMES,
  RARE_ADJECTIVES,
  RARE_NOUNS,
  SURNAMES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  TOPICS,
  type Noun,
} from './search-lexicon.ts';
import { createRandom, type Random } from './random.ts';
import { memberNaming } from './text.ts';

export const QUERY_SEED = 4242;
export const WARMUP_SEED = 777;

export const CATEGORIES = [
  'common',
  'rare',
  'two words',
  'three words',
  'prefix',
  'phrase',
  'exclusion',
  'town',
  'typo',
  'person',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Share of each category in the set (sums to 1000). */
const MIX: Record<Category, number> = {
  common: 170,
  rare: 90,
  'two words': 140,
  'three words': 100,
  prefix: 120,
  phrase: 80,
  exclusion: 60,
  town: 110,
  typo: 80,
  person: 50,
};

export interface BenchQuery {
  q: string;
  category: Category;
  types?: DocType[];
  memberKind?: string;
  regionCode?: string;
  year?: number;
}

export const hasFilters = (q: BenchQuery): boolean => Boolean(q.types?.length || q.memberKind || q.regionCode || q.year);

/** What people actually type: sometimes without accents, sometimes in capitals. */
function typed(rng: Random, text: string): string {
  const r = rng.next();
  if (r < 0.2) return foldText(text);
  if (r < 0.27) return text.charAt(0).toUpperCase() + text.slice(1);
  if (r < 0.29) return text.toUpperCase();
  return text;
}

const STOPWORDS = new Set(['de', 'du', 'des', 'à', 'au', 'aux', 'la', 'le', 'les', 'et', 'en', 'pour', 'par', 'sur']);
const singleWord = (n: Noun) => !n.sg.includes(' ');
const multiWord = (n: Noun) => n.sg.includes(' ') && !/[’']/.test(n.sg.split(' ').at(-1)!);
const form = (rng: Random, n: Noun) => (rng.chance(0.65) ? n.sg : n.pl);

/** A misspelling inside a word (not at its end, so that it does not just become a prefix). */
function misspell(rng: Random, word: string): string {
  const chars = [...word];
  const at = rng.int(1, Math.max(1, chars.length - 3));
  const edit = rng.int(0, 3);
  if (edit === 0) chars.splice(at, 1);
  else if (edit === 1) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else if (edit === 2) chars.splice(at, 0, chars[at]!);
  else chars[at] = rng.pick([...'aeiourstnl'].filter((c) => c !== chars[at]));
  return chars.join('');
}

/** `count` queries of the mix, in a shuffled order. */
export function generateQueries(geo: Geography, seed: number, count = 1000): BenchQuery[] {
  const rng = createRandom(seed);
  const topicNouns = TOPICS.flatMap((t) => t.nouns);
  const commonNouns = [...GENERAL_NOUNS.slice(0, 60), ...TOPICS.flatMap((t) => t.nouns.slice(0, 8))].filter(singleWord);
  const allSingle = [...GENERAL_NOUNS, ...topicNouns].filter(singleWord);
  const phrases = topicNouns.filter(multiWord);
  const adjectives = [...GENERAL_ADJECTIVES.slice(0, 40), ...TOPICS.flatMap((t) => t.adjectives)];
  const bigTowns = geo.communes.slice(0, 400);
  const anyTown = () => (rng.chance(0.7) ? rng.pick(bigTowns) : rng.pick(geo.communes.slice(0, 8000)));
  const members = geo.memberTerritories.slice(0, 2000);
  const regions = [...new Set(members.map((c) => c.region_code).filter((r): r is string => Boolean(r)))].sort();
  const topicOf = () => rng.pick(TOPICS);

  const make: Record<Category, () => string> = {
    common: () => typed(rng, form(rng, rng.pick(commonNouns))),
    rare: () => {
      const r = rng.next();
      if (r < 0.55) return typed(rng, form(rng, rng.pick(RARE_NOUNS)).split(' ')[0]!);
      if (r < 0.75) return typed(rng, rng.pick(RARE_ADJECTIVES).ms);
      return rng.pick(SURNAMES.slice(120));
    },
    'two words': () => {
      const t = topicOf();
      const r = rng.next();
      if (r < 0.35) {
        const n = rng.pick(t.nouns.filter(singleWord).length ? t.nouns.filter(singleWord) : allSingle);
        return typed(rng, `${form(rng, n)} ${rng.pick(adjectives).ms}`);
      }
      if (r < 0.7) return typed(rng, `${form(rng, rng.pick(allSingle))} ${anyTown().name}`);
      return typed(
        rng,
        `${rng.pick(t.nouns.filter(singleWord).length ? t.nouns.filter(singleWord) : allSingle).sg} ${rng.pick(allSingle).sg}`,
      );
    },
    'three words': () => {
      const t = topicOf();
      const r = rng.next();
      if (r < 0.4) return typed(rng, `${rng.pick(phrases).sg.split(' ').slice(0, 2).join(' ')} ${anyTown().name}`);
      if (r < 0.7) return typed(rng, `${rng.pick(t.nouns).sg.split(' ')[0]} ${rng.pick(adjectives).ms} ${rng.pick(allSingle).sg}`);
      return typed(rng, `${rng.pick(allSingle).pl} ${rng.pick(GENERAL_NOUNS.filter(singleWord)).sg} ${anyTown().name}`);
    },
    prefix: () => {
      const r = rng.next();
      const cut = (w: string) => w.slice(0, rng.int(3, Math.max(3, w.length - 1)));
      if (r < 0.6) return typed(rng, cut(rng.pick(allSingle.filter((n) => n.sg.length >= 5)).sg));
      if (r < 0.85) {
        const [a, b] = rng.pick(phrases).sg.split(' ') as [string, string];
        return typed(rng, `${a} ${cut(b.length >= 4 ? b : a)}`);
      }
      return cut(rng.pick(bigTowns).name);
    },
    phrase: () => {
      const words = rng.pick(phrases).sg.split(' ').slice(0, rng.int(2, 3));
      while (words.length > 2 && STOPWORDS.has(words.at(-1)!)) words.pop();
      if (STOPWORDS.has(words.at(-1)!)) words.push(rng.pick(allSingle).sg);
      const p = words.join(' ');
      return rng.chance(0.3) ? `"${p}" ${anyTown().name}` : `"${typed(rng, p)}"`;
    },
    exclusion: () => {
      const t = topicOf();
      const a = rng.pick(t.nouns.filter(singleWord).length ? t.nouns.filter(singleWord) : allSingle);
      const b = rng.chance(0.5) ? rng.pick(adjectives).ms : rng.pick(allSingle).sg;
      return rng.chance(0.25) ? `${a.sg} ${anyTown().name} -${b}` : `${typed(rng, a.sg)} -${b}`;
    },
    town: () => {
      const r = rng.next();
      if (r < 0.55) return anyTown().name;
      if (r < 0.85) {
        const m = rng.pick(members);
        return m.kind === 'region' ? `Région ${m.name}` : memberNaming(m).name;
      }
      return typed(rng, rng.pick(ORG_NAMES).replace('{town}', anyTown().name));
    },
    typo: () => {
      if (rng.chance(0.5)) {
        const m = rng.pick(members.filter((t) => t.kind === 'commune' && t.name.length >= 6 && !t.name.includes(' ')));
        return misspell(rng, m.name);
      }
      return misspell(rng, rng.pick(commonNouns.filter((n) => n.sg.length >= 6)).sg);
    },
    person: () => {
      const first = rng.chance(0.5) ? rng.pick(FEMALE_FIRST_NAMES) : rng.pick(MALE_FIRST_NAMES);
      const last = rng.pick(SURNAMES.slice(0, 150));
      return rng.chance(0.6) ? `${first} ${last}` : last;
    },
  };

  const queries: BenchQuery[] = [];
  const scale = count / 1000;
  for (const category of CATEGORIES) {
    for (let i = Math.round(MIX[category] * scale); i > 0; i--) {
      const query: BenchQuery = { q: make[category](), category };
      const r = rng.next();
      if (r < 0.08) query.types = [rng.chance(0.8) ? 'news' : 'member'];
      else if (r < 0.15) query.memberKind = rng.pick(MEMBER_KINDS);
      else if (r < 0.21) query.regionCode = rng.pick(regions);
      else if (r < 0.27) query.year = rng.int(2014, 2026);
      else if (r < 0.29) {
        query.types = ['news'];
        query.year = rng.int(2018, 2026);
      }
      queries.push(query);
    }
  }
  return rng.shuffle(queries).slice(0, count);
}
