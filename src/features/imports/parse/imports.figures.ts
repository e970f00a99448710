/**
 * Imports: key figures read from the sections' French text — ESS establishments, jobs and share
 * of local employment (panorama and free sections), the ESS budget (budget section only) and the
 * staff dedicated to the ESS. When a sentence is ambiguous no figure is invented: a warning says so.
 */
import { spend } from './imports.budget.ts';
import { FIGURE_DEFINITIONS, type FigureKind, type SectionKind } from '../../members/members.public.ts';
import { figureKey, NUMBER, NUMBER_WORDS, numberFromGroups, numberWord, sentences, yearOf } from './imports.numbers.ts';
import type { ParsedFigure } from '../imports.types.ts';

export interface FigureSource {
  kind: SectionKind;
  heading: string;
  texts: string[];
}

interface Rule {
  kind: Exclude<FigureKind, 'budget_eur'>;
  sections: SectionKind[];
  pattern: RegExp;
  value: (m: RegExpMatchArray) => number | null;
}

const STATS: SectionKind[] = ['panorama', 'other'];
const APOS = "(?:d')?";
const ONE_THOUSAND = '(?:un|1) millier';
const RULES: Rule[] = [
  {
    kind: 'ess_establishments',
    sections: STATS,
    pattern: new RegExp(
      `(?:${NUMBER}|(${ONE_THOUSAND})) ${APOS}\\s?etablissements?\\b(?! (?:scolaires|publics|d'enseignement|bancaires|de sante|medico))`,
      'g',
    ),
    value: (m) => (m[3] ? 1000 : numberFromGroups(m[1], m[2])),
  },
  {
    kind: 'ess_jobs',
    sections: STATS,
    pattern: new RegExp(`(?:${NUMBER}|(${ONE_THOUSAND})) ${APOS}\\s?(?:emplois|salaries)\\b`, 'g'),
    value: (m) => (m[3] ? 1000 : numberFromGroups(m[1], m[2])),
  },
  {
    kind: 'ess_employment_share',
    sections: STATS,
    pattern: new RegExp(
      `${NUMBER} ?% (?:du bassin d'emploi|des emplois|de l'emploi|des salaries|de l'emploi salarie|des effectifs salaries)\\b`,
      'g',
    ),
    value: (m) => numberFromGroups(m[1], m[2]),
  },
  {
    kind: 'staff_fte',
    sections: ['budget', 'programme', 'other'],
    pattern: new RegExp(
      `(?:${NUMBER}|(?<![\\p{L}\\d])(${NUMBER_WORDS})) (?:charge(?:\\(e\\)|e)?s? de missions?|etp\\b|equivalents? temps plein|agents?\\b)`,
      'gu',
    ),
    value: (m) => numberFromGroups(m[1], m[2]) ?? numberWord(m[3]),
  },
];

const MONEY = new RegExp(
  `${NUMBER} ?(m€|md€|k€|m ?d'euros|millions? (?:d'euros|d'€|€|euros)|milliards? (?:d'euros|€|euros)|€|euros?\\b|eur\\b)`,
  'g',
);

function money(m: RegExpMatchArray): number | null {
  const base = numberFromGroups(m[1], m[2]);
  if (base === null) return null;
  const unit = m[3]!;
  const scale = unit.startsWith('md') || unit.startsWith('milliard') ? 1e9 : unit.startsWith('m') ? 1e6 : unit.startsWith('k') ? 1e3 : 1;
  return Math.round(base * scale);
}

/** How much the words around an amount describe it as the ESS budget. */
function budgetScore(before: string, after: string): number {
  const around = `${before} ${after}`;
  let score = 0;
  if (/\bess\b|economie sociale/.test(around)) score += 2;
  for (const good of [/consacr/, /subvention/, /\bbudget/, /dedie/, /\bsoutien|\baides?\b/]) if (good.test(around)) score += 1;
  for (const bad of [/\btotal|\bglobal/, /\bdont\b/, /achat|prestation|investissement/])
    if (bad.test(before.slice(-40)) || bad.test(after.slice(0, 40))) score -= 2;
  return score;
}

const format = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');

function readBudget(sources: FigureSource[], warnings: string[]): ParsedFigure | null {
  const found: { value: number; score: number; sentence: string }[] = [];
  for (const source of sources.filter((s) => s.kind === 'budget')) {
    for (const sentence of source.texts.flatMap(sentences)) {
      spend();
      const key = figureKey(sentence);
      const matches = [...key.matchAll(MONEY)];
      matches.forEach((m, i) => {
        const value = money(m);
        const start = m.index ?? 0;
        const previous = matches[i - 1];
        const before = key.slice(previous ? (previous.index ?? 0) + previous[0].length : 0, start);
        const after = key.slice(start + m[0].length, matches[i + 1]?.index ?? key.length);
        if (value !== null && value > 0) found.push({ value, score: budgetScore(before, after), sentence });
      });
    }
  }
  if (!found.length) return null;
  const best = found.reduce((max, f) => Math.max(max, f.score), -Infinity);
  const top = found.filter((f) => f.score === best);
  if (new Set(top.map((f) => f.value)).size > 1) {
    warnings.push(
      `Budget : plusieurs montants possibles (${top.map((f) => `${format(f.value)} €`).join(', ')}), aucun n’est retenu ; à saisir à la main.`,
    );
    return null;
  }
  const chosen = top[0]!;
  return { kind: 'budget_eur', value: chosen.value, year: yearOf(chosen.sentence), text: chosen.sentence };
}

/** Reads key figures from rendered sections; several different values of a kind keep the first, with a warning. */
export function readFigures(sources: FigureSource[], warnings: string[]): ParsedFigure[] {
  const figures: ParsedFigure[] = [];
  const budget = readBudget(sources, warnings);
  for (const rule of RULES) {
    const found: ParsedFigure[] = [];
    for (const source of sources.filter((s) => rule.sections.includes(s.kind))) {
      for (const sentence of source.texts.flatMap(sentences)) {
        spend();
        for (const m of figureKey(sentence).matchAll(rule.pattern)) {
          const value = rule.value(m);
          if (value !== null && value > 0) found.push({ kind: rule.kind, value, year: yearOf(sentence), text: sentence });
        }
      }
    }
    const first = found[0];
    if (!first) continue;
    const values = [...new Set(found.map((f) => f.value))];
    if (values.length > 1)
      warnings.push(
        `${FIGURE_DEFINITIONS[rule.kind].label} : plusieurs valeurs (${values.map(format).join(' ; ')}), la première est retenue.`,
      );
    figures.push(first);
  }
  return budget ? [budget, ...figures] : figures;
}
