/**
 * What a campaign produces: its results (validated answers, public questions only for visitors)
 * and its exports for the network (every member concerned, every question, as CSV for French
 * Excel or XLSX), wide (one row per member) or long (one row per answer). Columns do not depend
 * on which questions a member was shown.
 */
import { PassThrough } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import * as repo from './campaigns.repository.ts';
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import { code, toCsv, type CsvValue } from '../../web/csv.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { membersById } from './campaigns.dashboard.ts';
import type { Answer, Question } from './campaigns.questions.ts';
import { buildResults, type QuestionResult, type Respondent } from './campaigns.results.ts';
import { getCampaign, listQuestions, type Campaign } from './campaigns.service.ts';
import { campaignResponses, RESPONSE_STATUS_LABELS } from './campaigns.responses.ts';

interface Computed {
  results: QuestionResult[];
  respondents: number;
  concerned: number;
}

/**
 * Results computed once per set of validated answers and reused (by database, campaign and
 * visibility): reading and adding up every answer costs tens of milliseconds, and the page cache
 * drops the page at every content change of the site, whereas the answers change only when one
 * is validated. A member's change of kind or territory shows at the next validation.
 */
const computedResults = new WeakMap<Db, BoundedCache<string, Promise<Computed>>>();

async function computeResults(db: Db, campaign: Campaign, publicOnly: boolean): Promise<Computed> {
  const [questions, { states, answers }, directory, indicators] = await Promise.all([
    listQuestions(db, campaign.id),
    campaignResponses(db, campaign.id),
    membersById(db),
    listIndicators(db),
  ]);
  const respondents: Respondent[] = states.flatMap((s) => {
    const validated = answers.get(s.responseId)?.validated;
    const m = directory.get(s.memberId);
    return validated && m ? [{ kind: m.kind, regionCode: m.region_code, regionName: m.region_name, answers: validated.answers }] : [];
  });
  const shown = publicOnly ? questions.filter((q) => q.visibility === 'public') : questions;
  return {
    results: buildResults(shown, new Map(indicators.map((i) => [i.code, i])), respondents, campaign.minCell),
    respondents: respondents.length,
    concerned: states.length,
  };
}

/** The results of a campaign from its validated answers; `publicOnly` keeps the public questions. */
export async function getResults(db: Db, campaignId: number, options: { publicOnly: boolean }): Promise<Computed & { campaign: Campaign }> {
  const campaign = await getCampaign(db, campaignId);
  const key = `${campaign.id}|${options.publicOnly}|${campaign.minCell}|${await repo.validatedSignature(db, campaign.id)}`;
  let cache = computedResults.get(db);
  if (!cache) computedResults.set(db, (cache = new BoundedCache(16)));
  const computed = cache.get(key, () => computeResults(db, campaign, options.publicOnly));
  computed.catch(() => cache.delete(key));
  const { results, respondents, concerned } = await computed;
  // The indicators as they are now: the network may have reworded a definition.
  const indicators = new Map((await listIndicators(db)).map((i) => [i.code, i]));
  return {
    campaign,
    results: results.map((r) => ({
      ...r,
      indicator: r.question.indicatorCode ? (indicators.get(r.question.indicatorCode) ?? null) : null,
    })),
    respondents,
    concerned,
  };
}

/**
 * The published results as a table for visitors (`/campagnes/:id/resultats.csv`): one row per
 * cell (and per proposed answer for choices), the same figures as the results page, with the
 * cells under the threshold marked and left empty. Built from public questions' results only.
 */
export function resultsTable(report: Computed & { campaign: Campaign }): { header: string[]; rows: CsvValue[][] } {
  const header = [
    'N° de question',
    'Question',
    'Indicateur',
    'Unité',
    'Regroupement',
    'Groupe',
    'Réponses prises en compte',
    'Somme',
    'Médiane',
    'Réponse proposée',
    'Nombre de réponses',
    'Diffusion',
  ];
  const masked = `non diffusé : moins de ${report.campaign.minCell} réponses`;
  const rows: CsvValue[][] = [];
  report.results.forEach((r, i) => {
    const head: CsvValue[] = [i + 1, r.question.label, r.indicator?.code ?? null, r.indicator?.unit ?? null];
    const groups = <T>(cells: { overall: T; byKind: T[]; byRegion: T[] }): [string, T][] => [
      ['Ensemble', cells.overall],
      ...cells.byKind.map((c): [string, T] => ['Type de collectivité', c]),
      ...cells.byRegion.map((c): [string, T] => ['Région', c]),
    ];
    if (r.numbers)
      for (const [by, c] of groups(r.numbers))
        rows.push([...head, by, c.label, c.n, c.sum, c.median, null, null, c.hidden ? masked : 'diffusé']);
    else if (r.choices) {
      const labels = r.choices.labels;
      for (const [by, c] of groups(r.choices))
        labels.forEach((choice, j) =>
          rows.push([...head, by, c.label, c.n, null, null, choice, c.counts ? c.counts[j]! : null, c.hidden ? masked : 'diffusé']),
        );
    } else rows.push([...head, 'Ensemble', 'Ensemble', r.answered, null, null, null, null, 'réponses libres non diffusées']);
  });
  return { header, rows };
}

export type ExportForm = 'large' | 'longue';

/** An answer's cells: the value, and for an indicator whether it follows the definition, how it differs, its source. */
function cells(q: Question, a: Answer | undefined): CsvValue[] {
  const value =
    a === undefined
      ? null
      : typeof a.value === 'number'
        ? a.value
        : typeof a.value === 'boolean'
          ? a.value
            ? 'oui'
            : 'non'
          : Array.isArray(a.value)
            ? a.value.join(' ; ')
            : a.value;
  if (q.kind !== 'indicator') return [value];
  const follows = a?.followsDefinition === true ? 'oui' : a?.followsDefinition === false ? 'non' : null;
  return [value, follows, a?.definitionNote ?? null, a?.source ?? null];
}

/** The export as a table: a header and rows, for CSV or XLSX. */
export async function exportTable(
  db: Db,
  campaignId: number,
  form: ExportForm,
): Promise<{ campaign: Campaign; header: string[]; rows: CsvValue[][] }> {
  const campaign = await getCampaign(db, campaignId);
  const [questions, { states, answers }, directory] = await Promise.all([
    listQuestions(db, campaignId),
    campaignResponses(db, campaignId),
    membersById(db),
  ]);
  const memberHeader = ['Adhérent', 'Type', 'Code officiel', 'Région', 'État de la réponse'];
  const collator = new Intl.Collator('fr');
  const members = states
    .flatMap((s) => {
      const m = directory.get(s.memberId);
      return m ? [{ state: s, m, answers: answers.get(s.responseId)?.latest?.answers ?? {} }] : [];
    })
    .sort((a, b) => collator.compare(a.m.name, b.m.name));
  const memberCells = ({ m, state }: (typeof members)[number]): CsvValue[] => [
    m.name,
    MEMBER_KIND_LABELS[m.kind].one,
    code(m.territory_code),
    m.region_name,
    RESPONSE_STATUS_LABELS[state.status],
  ];
  if (form === 'large') {
    const header = [
      ...memberHeader,
      ...questions.flatMap((q, i) => {
        const head = `Q${i + 1}. ${q.label}`;
        return q.kind === 'indicator'
          ? [head, `Q${i + 1}. suit la définition`, `Q${i + 1}. écart à la définition`, `Q${i + 1}. source`]
          : [head];
      }),
    ];
    return { campaign, header, rows: members.map((r) => [...memberCells(r), ...questions.flatMap((q) => cells(q, r.answers[q.id]))]) };
  }
  const header = [...memberHeader, 'N° de question', 'Question', 'Réponse', 'Suit la définition', 'Écart à la définition', 'Source'];
  const rows = members.flatMap((r) =>
    questions.flatMap((q, i) => {
      const a = r.answers[q.id];
      if (a === undefined) return [];
      const [value, follows = null, note = null, source = null] = cells(q, a);
      return [[...memberCells(r), i + 1, q.label, value, follows, note, source]];
    }),
  );
  return { campaign, header, rows };
}

export function exportCsv(table: { header: string[]; rows: CsvValue[][] }): string {
  return toCsv([table.header, ...table.rows]);
}

/**
 * The same table as an XLSX workbook: numbers as numbers, official codes as text. Written row by
 * row with exceljs's streaming writer (committed rows are not kept), which a thousand members with
 * thirty answers each need to stay under a second.
 */
export async function exportXlsx(table: { campaign: Campaign; header: string[]; rows: CsvValue[][] }): Promise<Buffer> {
  // Loaded on first use: a large library that most processes never need (start-up memory).
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(`Réponses ${table.campaign.year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Official codes are written as strings, so they stay text ('04' keeps its zero). No styles at
  // all (the header row is frozen, not bold): exceljs serialises a style for every cell it writes,
  // which took two thirds of the time of a long export (1.2 s → 0.4 s for 25,000 answers).
  sheet.columns = table.header.map((header) => ({ header }));
  for (const row of table.rows) sheet.addRow(row.map((v) => (v !== null && typeof v === 'object' ? v.code : (v ?? null)))).commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
