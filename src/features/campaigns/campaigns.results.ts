/**
 * A campaign's results, question by question: for numbers, how many answered, the total (where the
 * indicator adds up) and the median, by kind of member and by région; for choices and yes/no, how
 * many chose each answer. An indicator's results count only values that follow its definition (the
 * others are counted apart). A breakdown cell built from fewer answers than the campaign's threshold
 * is not shown, nor is the whole when it is that small. Free texts are counted, never shown. Pure functions: the data is read by the caller.
 */
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import { median } from '../../shared/numbers.ts';
import type { Indicator } from '../indicators/indicators.public.ts';
import { answerWords, type Answer, type Question } from './campaigns.questions.ts';

/** A member that answered, as the breakdowns need it. */
export interface Respondent {
  kind: MemberKind;
  regionCode: string | null;
  regionName: string | null;
  answers: Record<string, Answer>;
}

export interface NumberCell {
  label: string;
  n: number;
  /** Null when the cell has fewer answers than the threshold, or the indicator does not add up. */
  sum: number | null;
  median: number | null;
  /** Fewer answers than the threshold: the cell says so instead of its figures. */
  hidden: boolean;
}

export interface ChoiceCell {
  label: string;
  n: number;
  /** How many chose each answer, in the question's order (null when hidden). */
  counts: number[] | null;
  hidden: boolean;
}

export interface QuestionResult {
  question: Question;
  indicator: Indicator | null;
  /** How many members answered it. */
  answered: number;
  /** Indicator answers left out because they do not follow the definition (or do not say). */
  excluded: number;
  numbers: { overall: NumberCell; byKind: NumberCell[]; byRegion: NumberCell[] } | null;
  choices: { labels: string[]; overall: ChoiceCell; byKind: ChoiceCell[]; byRegion: ChoiceCell[] } | null;
}

/** The groups of a breakdown, in order: every kind with respondents, then every région with respondents (by name). */
function groupsOf(respondents: Respondent[]): { byKind: string[]; byRegion: string[]; keysOf: (r: Respondent) => [string, string | null] } {
  const kinds = MEMBER_KINDS.filter((k) => respondents.some((r) => r.kind === k));
  const regions = new Map<string, string>();
  for (const r of respondents) if (r.regionCode && r.regionName) regions.set(r.regionCode, r.regionName);
  const collator = new Intl.Collator('fr');
  return {
    byKind: kinds.map((k) => `kind:${k}`),
    byRegion: [...regions].sort((a, b) => collator.compare(a[1], b[1])).map(([code]) => `region:${code}`),
    keysOf: (r) => [`kind:${r.kind}`, r.regionCode && r.regionName ? `region:${r.regionCode}` : null],
  };
}

export function buildResults(
  questions: Question[],
  indicators: Map<string, Indicator>,
  respondents: Respondent[],
  minCell: number,
): QuestionResult[] {
  const { byKind, byRegion, keysOf } = groupsOf(respondents);
  const labelOf = (key: string) =>
    key.startsWith('kind:')
      ? MEMBER_KIND_LABELS[key.slice(5) as MemberKind].many
      : respondents.find((r) => `region:${r.regionCode}` === key)!.regionName!;
  const labels = new Map([...byKind, ...byRegion].map((k) => [k, labelOf(k)]));
  // Groups by index: 0 is the whole, then the kinds, then the régions; each respondent's groups once.
  const groupKeys = ['all', ...byKind, ...byRegion];
  const groupIndex = new Map(groupKeys.map((k, i) => [k, i]));
  const groupsOfRespondent = respondents.map((r) => {
    const [kind, region] = keysOf(r);
    return region === null ? [0, groupIndex.get(kind)!] : [0, groupIndex.get(kind)!, groupIndex.get(region)!];
  });
  return questions.map((question) => {
    const indicator = question.indicatorCode ? (indicators.get(question.indicatorCode) ?? null) : null;
    const numeric = question.kind === 'indicator' || question.kind === 'number';
    const choice = question.kind === 'single_choice' || question.kind === 'multiple_choice' || question.kind === 'yes_no';
    const choiceLabels = question.kind === 'yes_no' ? ['oui', 'non'] : question.choices;
    // One pass over the respondents: each answer goes to the whole and to its kind's and région's groups.
    const valuesByGroup: number[][] = groupKeys.map(() => []);
    const countsByGroup = groupKeys.map(() => ({ n: 0, counts: choiceLabels.map(() => 0) }));
    let answered = 0;
    let excluded = 0;
    for (let i = 0; i < respondents.length; i++) {
      const a = respondents[i]!.answers[question.id];
      if (a === undefined) continue;
      answered++;
      const groups = groupsOfRespondent[i]!;
      if (numeric) {
        // An indicator's values compare only when they follow its definition.
        if (question.kind === 'indicator' && a.followsDefinition !== true) {
          excluded++;
          continue;
        }
        if (typeof a.value !== 'number') continue;
        for (const g of groups) valuesByGroup[g]!.push(a.value);
      } else if (choice) {
        const words = answerWords(a);
        const chosen = choiceLabels.map((c) => words.includes(c));
        for (const g of groups) {
          const cell = countsByGroup[g]!;
          cell.n++;
          for (let j = 0; j < chosen.length; j++) if (chosen[j]) cell.counts[j]!++;
        }
      }
    }
    const values = new Map(groupKeys.map((k, i) => [k, valuesByGroup[i]!]));
    const counts = new Map(groupKeys.map((k, i) => [k, countsByGroup[i]!]));
    const base = { question, indicator, answered, excluded, numbers: null, choices: null };
    if (numeric) {
      const adds = question.kind === 'number' || indicator?.aggregation === 'sum';
      const cell = (key: string): NumberCell => {
        const list = values.get(key) ?? [];
        const hidden = list.length > 0 && list.length < minCell;
        return {
          label: labels.get(key) ?? 'Ensemble',
          n: list.length,
          sum: adds && !hidden && list.length ? list.reduce((x, y) => x + y, 0) : null,
          median: hidden ? null : median(list),
          hidden,
        };
      };
      return { ...base, numbers: { overall: cell('all'), byKind: byKind.map(cell), byRegion: byRegion.map(cell) } };
    }
    if (choice) {
      const cell = (key: string): ChoiceCell => {
        const c = counts.get(key) ?? { n: 0, counts: choiceLabels.map(() => 0) };
        const hidden = c.n > 0 && c.n < minCell;
        return { label: labels.get(key) ?? 'Ensemble', n: c.n, counts: hidden ? null : c.counts, hidden };
      };
      return { ...base, choices: { labels: choiceLabels, overall: cell('all'), byKind: byKind.map(cell), byRegion: byRegion.map(cell) } };
    }
    return base;
  });
}
