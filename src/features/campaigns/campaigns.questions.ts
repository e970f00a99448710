/**
 * A campaign's questionnaire: the kinds of question, what an answer is, which questions a response
 * shows (a question may depend on an earlier answer), and reading and checking answers as typed.
 * Pure functions, no database.
 */
import { parseDecimal } from '../../shared/numbers.ts';
import type { CampaignQuestionRow, QuestionKind } from './campaigns.table.ts';

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  indicator: 'Indicateur du réseau',
  number: 'Nombre',
  short_text: 'Texte court',
  long_text: 'Texte long',
  single_choice: 'Choix unique',
  multiple_choice: 'Choix multiple',
  yes_no: 'Oui / non',
};

export interface Question {
  id: number;
  position: number;
  kind: QuestionKind;
  indicatorCode: string | null;
  label: string;
  help: string;
  choices: string[];
  visibility: 'public' | 'internal';
  required: boolean;
  /** Shown only when the answer to question `questionId` is one of `values`. */
  condition: { questionId: number; values: string[] } | null;
}

const jsonArray = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

export function questionOf(row: CampaignQuestionRow): Question {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    indicatorCode: row.indicator_code,
    label: row.label,
    help: row.help,
    choices: jsonArray(row.choices),
    visibility: row.visibility,
    required: row.required === 1,
    condition:
      row.condition_question_id === null ? null : { questionId: row.condition_question_id, values: jsonArray(row.condition_values) },
  };
}

/** An answer: a number, a text, the choices ticked, yes or no; an indicator's answer says how it stands against the definition. */
export interface Answer {
  value: number | string | string[] | boolean;
  followsDefinition?: boolean | null;
  definitionNote?: string | null;
  source?: string | null;
}

/** A response's content, as its versions store it: answers by question id. */
export interface ResponseSnapshot {
  answers: Record<string, Answer>;
}

/** What the form sent for one question, as typed (kept to show a refused form again). */
export interface RawAnswer {
  value: string | string[];
  follows?: string;
  note?: string;
  source?: string;
}

/** The words an answer is matched against in a condition, and shown as in exports: `oui`, `non`, a choice, a number. */
export function answerWords(answer: Answer | undefined): string[] {
  if (!answer) return [];
  const v = answer.value;
  if (typeof v === 'boolean') return [v ? 'oui' : 'non'];
  if (Array.isArray(v)) return v;
  return [String(v)];
}

/** The questions a response shows, given its answers: those without a condition, and those whose condition holds. */
export function shownQuestions(questions: Question[], answers: Record<string, Answer>): Question[] {
  const shown = new Set<number>();
  const out: Question[] = [];
  for (const q of [...questions].sort((a, b) => a.position - b.position)) {
    if (q.condition) {
      if (!shown.has(q.condition.questionId)) continue;
      const words = answerWords(answers[q.condition.questionId]);
      if (!words.some((w) => q.condition!.values.includes(w))) continue;
    }
    shown.add(q.id);
    out.push(q);
  }
  return out;
}

const MAX_SHORT = 300;
const MAX_LONG = 10_000;

/**
 * Reads and checks a response as typed. Answers to questions the response does not show are left
 * out (they would not be asked). With `complete`, every required shown question must be answered
 * (a submission); a draft only needs what is typed to be well-formed. Problems are in French, one
 * per question, prefixed with its number.
 */
export function normalizeAnswers(
  questions: Question[],
  raw: Record<string, RawAnswer>,
  options: { complete: boolean },
): { answers: Record<string, Answer>; problems: string[] } {
  const answers: Record<string, Answer> = {};
  const problems: Record<number, string> = {};
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  const numberOf = new Map(ordered.map((q, i) => [q.id, i + 1]));
  for (const q of ordered) {
    const r = raw[q.id];
    const label = `Question ${numberOf.get(q.id)} (« ${q.label.slice(0, 80)} »)`;
    const text = Array.isArray(r?.value) ? '' : (r?.value ?? '').trim();
    switch (q.kind) {
      case 'indicator':
      case 'number': {
        if (!text) break;
        const value = parseDecimal(text);
        if (value === null) {
          problems[q.id] = `${label} : « ${text.slice(0, 40)} » n’est pas un nombre (exemples : 1 875 ; 35,2).`;
          break;
        }
        const answer: Answer = { value };
        if (q.kind === 'indicator') {
          const follows = r?.follows === 'oui' ? true : r?.follows === 'non' ? false : null;
          const note = (r?.note ?? '').trim().replace(/\s+/g, ' ');
          const source = (r?.source ?? '').trim().replace(/\s+/g, ' ');
          if (follows === false && !note) problems[q.id] = `${label} : expliquez en quoi ce chiffre diffère de la définition du réseau.`;
          if (note.length > 500 || source.length > MAX_SHORT) problems[q.id] = `${label} : l’explication ou la source est trop longue.`;
          Object.assign(answer, { followsDefinition: follows, definitionNote: follows === false ? note : null, source: source || null });
        }
        answers[q.id] = answer;
        break;
      }
      case 'short_text':
      case 'long_text': {
        if (!text) break;
        const max = q.kind === 'short_text' ? MAX_SHORT : MAX_LONG;
        if (text.length > max) problems[q.id] = `${label} : ${max.toLocaleString('fr-FR')} caractères au plus.`;
        answers[q.id] = { value: q.kind === 'short_text' ? text.replace(/\s+/g, ' ') : text.replace(/\r\n/g, '\n') };
        break;
      }
      case 'yes_no': {
        if (text === 'oui' || text === 'non') answers[q.id] = { value: text === 'oui' };
        else if (text) problems[q.id] = `${label} : répondez oui ou non.`;
        break;
      }
      case 'single_choice': {
        if (!text) break;
        if (!q.choices.includes(text)) problems[q.id] = `${label} : choisissez une des réponses proposées.`;
        else answers[q.id] = { value: text };
        break;
      }
      case 'multiple_choice': {
        const values = (Array.isArray(r?.value) ? r.value : text ? [text] : []).map((v) => v.trim()).filter(Boolean);
        if (!values.length) break;
        const unknown = values.filter((v) => !q.choices.includes(v));
        if (unknown.length) problems[q.id] = `${label} : choisissez parmi les réponses proposées.`;
        else answers[q.id] = { value: q.choices.filter((c) => values.includes(c)) };
        break;
      }
    }
  }
  const shown = shownQuestions(questions, answers);
  const kept: Record<string, Answer> = {};
  for (const q of shown) {
    if (answers[q.id]) kept[q.id] = answers[q.id]!;
    else if (options.complete && q.required && !problems[q.id])
      problems[q.id] = `Question ${numberOf.get(q.id)} (« ${q.label.slice(0, 80)} ») : une réponse est attendue.`;
  }
  const shownIds = new Set(shown.map((q) => q.id));
  return { answers: kept, problems: ordered.filter((q) => problems[q.id] && shownIds.has(q.id)).map((q) => problems[q.id]!) };
}

/** The raw form values of stored answers (to prefill a form). */
export function rawOf(answers: Record<string, Answer>): Record<string, RawAnswer> {
  const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6, useGrouping: false });
  const raw: Record<string, RawAnswer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const v = a.value;
    raw[id] = {
      value: typeof v === 'number' ? decimal.format(v) : typeof v === 'boolean' ? (v ? 'oui' : 'non') : v,
      follows: a.followsDefinition === true ? 'oui' : a.followsDefinition === false ? 'non' : '',
      note: a.definitionNote ?? '',
      source: a.source ?? '',
    };
  }
  return raw;
}
