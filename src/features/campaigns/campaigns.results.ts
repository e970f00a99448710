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

/** The groups of a breakdown: every kind, then every région with respondents (by name). */
function groups(respondents: Respondent[]): { byKind: [string, Respondent[]][]; byRegion: [string, Respondent[]][] } {
  const byKind = MEMBER_KINDS.map((k): [string, Respondent[]] => [
    MEMBER_KIND_LABELS[k].many,
    respondents.filter((r) => r.kind === k),
  ]).filter(([, list]) => list.length > 0);
  const regions = new Map<string, string>();
  for (const r of respondents) if (r.regionCode && r.regionName) regions.set(r.regionCode, r.regionName);
  const collator = new Intl.Collator('fr');
  const byRegion = [...regions]
    .sort((a, b) => collator.compare(a[1], b[1]))
    .map(([code, name]): [string, Respondent[]] => [name, respondents.filter((r) => r.regionCode === code)]);
  return { byKind, byRegion };
}

export function buildResults(
  questions: Question[],
  indicators: Map<string, Indicator>,
  respondents: Respondent[],
  minCell: number,
): QuestionResult[] {
  const { byKind, byRegion } = groups(respondents);
  return questions.map((question) => {
    const indicator = question.indicatorCode ? (indicators.get(question.indicatorCode) ?? null) : null;
    const answering = respondents.filter((r) => r.answers[question.id] !== undefined);
    const base = { question, indicator, answered: answering.length, excluded: 0, numbers: null, choices: null };
    if (question.kind === 'indicator' || question.kind === 'number') {
      // An indicator's values compare only when they follow its definition.
      const counted = new Set(
        question.kind === 'indicator' ? answering.filter((r) => r.answers[question.id]!.followsDefinition === true) : answering,
      );
      const adds = question.kind === 'number' || indicator?.aggregation === 'sum';
      const valuesOf = (list: Respondent[]) =>
        list.flatMap((r) => {
          const v = r.answers[question.id]?.value;
          return typeof v === 'number' ? [v] : [];
        });
      const cell = (label: string, list: Respondent[], threshold: number): NumberCell => {
        const values = valuesOf(list.filter((r) => counted.has(r)));
        const hidden = values.length > 0 && values.length < threshold;
        return {
          label,
          n: values.length,
          sum: adds && !hidden && values.length ? values.reduce((a, b) => a + b, 0) : null,
          median: hidden ? null : median(values),
          hidden,
        };
      };
      return {
        ...base,
        excluded: answering.length - counted.size,
        numbers: {
          overall: cell('Ensemble', respondents, minCell),
          byKind: byKind.map(([label, list]) => cell(label, list, minCell)),
          byRegion: byRegion.map(([label, list]) => cell(label, list, minCell)),
        },
      };
    }
    if (question.kind === 'single_choice' || question.kind === 'multiple_choice' || question.kind === 'yes_no') {
      const labels = question.kind === 'yes_no' ? ['oui', 'non'] : question.choices;
      const cell = (label: string, list: Respondent[], threshold: number): ChoiceCell => {
        const with_ = list.filter((r) => r.answers[question.id] !== undefined);
        const hidden = with_.length > 0 && with_.length < threshold;
        return {
          label,
          n: with_.length,
          counts: hidden ? null : labels.map((c) => with_.filter((r) => answerWords(r.answers[question.id]).includes(c)).length),
          hidden,
        };
      };
      return {
        ...base,
        choices: {
          labels,
          overall: cell('Ensemble', respondents, minCell),
          byKind: byKind.map(([label, list]) => cell(label, list, minCell)),
          byRegion: byRegion.map(([label, list]) => cell(label, list, minCell)),
        },
      };
    }
    return base;
  });
}
