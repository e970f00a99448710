/**
 * Demo campaigns, marked as examples: "Campagne 2025 (exemple)", closed, answered and validated by
 * most demo members (their 2025 budget and staff reach their profiles as validated values), and
 * "Campagne 2026 (exemple)", open, with a few drafts and submissions. Deterministic: the same demo
 * every time.
 */
import type { Db } from '../../db/database.ts';
import { findMemberIdsBySlugs, hashContent, type FigureInput } from '../members/members.public.ts';
import { insertRevision } from '../revisions/revisions.public.ts';
import type { Answer, ResponseSnapshot } from './campaigns.questions.ts';
import * as repo from './campaigns.repository.ts';
import type { QuestionKind } from './campaigns.table.ts';

/** What the demo knows of a member: its slug and figures. */
interface DemoMemberFigures {
  slug: string;
  figures: { kind: string; value: number; year: number | null }[];
}

/** A small number from a slug, the same every run. */
const spread = (slug: string, n: number) => [...slug].reduce((sum, c) => sum + c.charCodeAt(0), 0) % n;

/** Members left out of the 2025 campaign's answers (about one in seven): the response rate is not 100 %. */
const silent2025 = (slug: string) => spread(slug, 7) === 3;

/** The 2025 budget and staff a demo member declared, or null for a silent one. */
function answers2025(m: DemoMemberFigures) {
  if (silent2025(m.slug)) return null;
  const budgets = m.figures.filter((f) => f.kind === 'budget_eur').sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const latestBudget = budgets.at(-1);
  const budget2025 = budgets.find((f) => f.year === 2025)?.value;
  const staff = m.figures.find((f) => f.kind === 'staff_fte')?.value ?? 1 + spread(m.slug, 6);
  // One in six computes its budget its own way, and says so.
  const differs = spread(m.slug, 6) === 1;
  return {
    budget: budget2025 ?? (latestBudget ? Math.round((latestBudget.value * (100 + spread(m.slug, 15))) / 100 / 1000) * 1000 : null),
    staff,
    differs,
    plan: spread(m.slug, 3) !== 0,
  };
}

const DIFFERENCE = 'Toutes subventions aux associations comprises, y compris hors ESS.';
const SOURCE_2025 = 'Campagne 2025 du réseau (exemple), réponse validée';

/**
 * A demo member's figures with its validated 2025 answers: they take the place of a value of the
 * same indicator and year (the member declared it, the network validated it).
 */
export function withDemoCampaignFigures(m: { slug: string; figures: FigureInput[] }): FigureInput[] {
  const added = campaignFigures(m);
  return [...m.figures.filter((f) => !added.some((a) => a.kind === f.kind && a.year === f.year)), ...added];
}

function campaignFigures(m: DemoMemberFigures): FigureInput[] {
  const a = answers2025(m);
  if (!a) return [];
  const common = { year: 2025, source: SOURCE_2025, status: 'validated' as const };
  return [
    ...(a.budget !== null
      ? [{ kind: 'budget_eur', value: a.budget, ...common, followsDefinition: !a.differs, definitionNote: a.differs ? DIFFERENCE : null }]
      : []),
    { kind: 'staff_fte', value: a.staff, ...common, followsDefinition: true },
  ];
}

const QUESTIONS: {
  kind: QuestionKind;
  indicator?: string;
  label: string;
  visibility: 'public' | 'internal';
  choices?: string[];
  required?: boolean;
}[] = [
  { kind: 'indicator', indicator: 'budget_eur', label: 'Budget annuel consacré à l’ESS (€)', visibility: 'public' },
  { kind: 'indicator', indicator: 'staff_fte', label: 'Agents dédiés à l’ESS (ETP)', visibility: 'public' },
  { kind: 'yes_no', label: 'Avez-vous adopté un schéma de promotion des achats responsables ?', visibility: 'public', required: true },
  { kind: 'long_text', label: 'Décrivez les clauses sociales et environnementales de vos marchés', visibility: 'internal' },
  {
    kind: 'single_choice',
    label: 'Votre collectivité réunit-elle une instance de concertation avec les acteurs de l’ESS ?',
    visibility: 'public',
    choices: ['Oui, au moins une fois par an', 'Oui, ponctuellement', 'Non'],
  },
];

async function createDemoCampaign(db: Db, year: number, state: 'open' | 'closed', opensOn: string, deadline: string, memberIds: number[]) {
  const id = await repo.insertCampaign(db, {
    year,
    title: `Campagne ${year} (exemple)`,
    opens_on: opensOn,
    deadline,
    state,
    reminder_days: '14,7,1',
    min_cell: 5,
    created_at: `${opensOn}T08:00:00.000Z`,
    opened_at: `${opensOn}T08:00:00.000Z`,
    closed_at: state === 'closed' ? `${deadline}T18:00:00.000Z` : null,
    // A closed campaign's deadline notice is long past.
    deadline_notified_at: state === 'closed' ? `${deadline}T18:00:00.000Z` : null,
    is_demo: 1,
  });
  const ids: number[] = [];
  for (const q of QUESTIONS) {
    ids.push(
      await repo.insertQuestion(db, {
        campaign_id: id,
        kind: q.kind,
        indicator_code: q.indicator ?? null,
        label: q.label,
        choices: JSON.stringify(q.choices ?? []),
        visibility: q.visibility,
        required: q.required ? 1 : 0,
        // The description of the clauses only after "oui".
        condition_question_id: q.kind === 'long_text' ? ids[2]! : null,
        condition_values: JSON.stringify(q.kind === 'long_text' ? ['oui'] : []),
      }),
    );
  }
  await repo.insertResponses(db, id, memberIds);
  const responses = new Map((await repo.listResponseRows(db, id)).map((r) => [r.member_id, r.id]));
  return { id, questionIds: ids, responses };
}

function answersOf(questionIds: number[], a: NonNullable<ReturnType<typeof answers2025>>, slug: string): ResponseSnapshot {
  const answers: Record<string, Answer> = {};
  if (a.budget !== null)
    answers[questionIds[0]!] = {
      value: a.budget,
      followsDefinition: !a.differs,
      definitionNote: a.differs ? DIFFERENCE : null,
      source: null,
    };
  answers[questionIds[1]!] = { value: a.staff, followsDefinition: true, definitionNote: null, source: null };
  answers[questionIds[2]!] = { value: a.plan };
  if (a.plan)
    answers[questionIds[3]!] = {
      value: 'Clauses d’insertion dans les marchés de travaux et de nettoyage ; lots réservés aux structures d’insertion.',
    };
  answers[questionIds[4]!] = { value: ['Oui, au moins une fois par an', 'Oui, ponctuellement', 'Non'][spread(slug, 3)]! };
  return { answers };
}

async function version(db: Db, responseId: number, state: 'published' | 'submitted' | 'draft', snapshot: ResponseSnapshot, at: string) {
  await insertRevision(db, {
    subject_type: 'campaign_response',
    subject_id: responseId,
    created_at: at,
    author: 'Exemple de réponse',
    author_id: null,
    origin: 'demo',
    state,
    content_hash: hashContent(snapshot),
    snapshot: JSON.stringify(snapshot),
    ...(state === 'published' ? { reviewed_at: at } : {}),
  });
}

/** Loads the two demo campaigns for the demo members (created already). */
export async function loadDemoCampaigns(db: Db, members: DemoMemberFigures[]): Promise<void> {
  const ids = await findMemberIdsBySlugs(
    db,
    members.map((m) => m.slug),
  );
  const memberIds = members.map((m) => ids.get(m.slug)!).filter((id) => id !== undefined);
  const closed = await createDemoCampaign(db, 2025, 'closed', '2025-11-15', '2026-03-31', memberIds);
  const open = await createDemoCampaign(db, 2026, 'open', '2026-11-15', '2027-03-31', memberIds);
  for (const [i, m] of members.entries()) {
    const a = answers2025(m);
    const id = ids.get(m.slug);
    if (!a || id === undefined) continue;
    await version(db, closed.responses.get(id)!, 'published', answersOf(closed.questionIds, a, m.slug), '2026-02-20T10:00:00.000Z');
    // In 2026, a few have started: every fifth has a draft, every eleventh has sent its answers.
    if (i % 11 === 0)
      await version(db, open.responses.get(id)!, 'submitted', answersOf(open.questionIds, a, m.slug), '2026-12-01T10:00:00.000Z');
    else if (i % 5 === 0)
      await version(db, open.responses.get(id)!, 'draft', answersOf(open.questionIds, a, m.slug), '2026-11-28T10:00:00.000Z');
  }
}
