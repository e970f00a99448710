/**
 * A member's response to a campaign in the editorial workflow (revisions.workflow.ts): drafts shared
 * by the member's editors, submission, validation or return with a comment by the network, history.
 * Every save writes what changed, answer by answer, to the answer log. Validation writes the
 * indicators' answers into the member's profile, as values validated by the network for the
 * campaign's year. A response always waits for the network, unless an admin answers for the member.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput } from '../../errors.ts';
import { can, type Actor } from '../accounts/accounts.public.ts';
import { latestRevision, workflow, type EditorialSubject } from '../revisions/revisions.public.ts';
import {
  findMemberById,
  hashContent,
  publishValidatedFigures,
  snapshotProfile,
  type FigureValue,
  type MemberRow,
} from '../members/members.public.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { normalizeAnswers, type Answer, type Question, type RawAnswer, type ResponseSnapshot } from './campaigns.questions.ts';
import * as repo from './campaigns.repository.ts';
import { campaignOf, listQuestions, type Campaign } from './campaigns.service.ts';
import { responseAnswers } from './campaigns.responses.ts';
import type { CampaignResponseRow } from './campaigns.table.ts';

/** A response with its campaign and member. */
export interface ResponseRow extends CampaignResponseRow {
  campaign: Campaign;
  member: MemberRow;
}

export async function findResponse(db: Db, id: number): Promise<ResponseRow | undefined> {
  const row = await repo.findResponseRow(db, id);
  if (!row) return undefined;
  const [campaign, member] = await Promise.all([repo.findCampaignRow(db, row.campaign_id), findMemberById(db, row.member_id)]);
  return campaign && member ? { ...row, campaign: campaignOf(campaign), member } : undefined;
}

export async function findResponseOf(db: Db, campaignId: number, member: MemberRow): Promise<ResponseRow | undefined> {
  const row = await repo.findResponseOf(db, campaignId, member.id);
  return row && findResponse(db, row.id);
}

const canonicalAnswers = (s: ResponseSnapshot) => ({ answers: s.answers });

/** A campaign response as an editorial subject. */
export const campaignResponses: EditorialSubject<ResponseRow, ResponseSnapshot, ResponseSnapshot> = {
  type: 'campaign_response',
  action: 'campaign_response',
  label: (r) => `de la réponse de ${r.member.name} à « ${r.campaign.title} »`,
  publishedSummary: (r) => `Réponse de ${r.member.name} à « ${r.campaign.title} » validée`,
  editPath: (_db, r) => `/admin/adherents/${r.member.slug}/campagnes/${r.campaign.id}`,
  reviewPath: (_db, r) => `/admin/campagnes/${r.campaign.id}/reponses/${r.member.slug}`,
  auditTarget: (r) => ({ type: 'campaign_response', id: r.id }),
  find: (db, id) => findResponse(db, id),
  id: (r) => r.id,
  live: async (db, r) => {
    const found = await latestRevision(db, { type: 'campaign_response', id: r.id }, { state: 'published' });
    return found ? (JSON.parse(found.snapshot) as ResponseSnapshot) : null;
  },
  liveDate: (r) => r.campaign.opensOn,
  hash: (s) => hashContent(canonicalAnswers(s)),
  // Never published without the network: the moderation setting of profiles does not apply.
  moderation: async () => 'review',
  assertCanEdit: async (_db, actor, r) => {
    if (!can(actor, 'member.edit', { memberId: r.member.id }))
      throw new AppError('forbidden', 'Votre compte ne permet pas de répondre pour cet adhérent.');
    if (r.campaign.state !== 'open' && !can(actor, 'network.admin'))
      throw new AppError(
        'conflict',
        r.campaign.state === 'closed' ? 'Cette campagne est close.' : 'Cette campagne n’est pas encore ouverte.',
      );
  },
  draftOf: (_r, content) => ({ answers: content.answers }),
  contentOf: (s) => ({ answers: s.answers }),
  comparable: canonicalAnswers,
  // A validated answer changes the published results: cached pages drop.
  publish: async (db, _r, snapshot) => {
    await bumpContentVersion(db);
    return { snapshot, note: '' };
  },
};

/** What changed between two sets of answers, question by question, for the answer log. */
function changes(
  before: Record<string, Answer>,
  after: Record<string, Answer>,
): { questionId: number; before: string | null; after: string | null }[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.flatMap((id) => {
    const a = before[id] ? JSON.stringify(before[id]) : null;
    const b = after[id] ? JSON.stringify(after[id]) : null;
    return a === b ? [] : [{ questionId: Number(id), before: a, after: b }];
  });
}

async function logChanges(db: Db, actor: Actor, r: ResponseRow, before: ResponseSnapshot | null, after: ResponseSnapshot, now: Date) {
  await repo.insertAnswerLog(
    db,
    changes(before?.answers ?? {}, after.answers).map((c) => ({
      response_id: r.id,
      question_id: c.questionId,
      at: now.toISOString(),
      author: actor.name,
      author_id: actor.id,
      before: c.before,
      after: c.after,
    })),
  );
}

export type SaveResult = { state: 'draft' | 'unchanged' | 'submitted' | 'validated'; mail: number[] };

/**
 * Saves (`save`) or submits (`submit`) a response as typed. A submission must answer every required
 * question shown; a draft only needs well-formed answers. Throws InvalidInput with every problem.
 */
export async function saveResponse(
  db: Db,
  actor: Actor,
  r: ResponseRow,
  raw: Record<string, RawAnswer>,
  action: 'save' | 'submit',
  context: { now?: Date; publicUrl?: string } = {},
): Promise<SaveResult> {
  const now = context.now ?? new Date();
  const questions = await listQuestions(db, r.campaign.id);
  const { answers, problems } = normalizeAnswers(questions, raw, { complete: action === 'submit' });
  if (problems.length) throw new InvalidInput(problems);
  const before = (await workflow.editable(db, campaignResponses, r)).content;
  const content = { answers };
  if (action === 'save') {
    const draft = await workflow.saveDraft(db, campaignResponses, actor, r, content, now);
    if (draft) await logChanges(db, actor, r, before, content, now);
    return { state: draft ? 'draft' : 'unchanged', mail: [] };
  }
  const result = await workflow.submit(db, campaignResponses, actor, r, content, {
    now,
    ...(context.publicUrl ? { publicUrl: context.publicUrl } : {}),
  });
  if (result.state !== 'unchanged') await logChanges(db, actor, r, before, content, now);
  if (result.state === 'published') {
    await applyToProfile(db, actor, r, content, questions, now);
    return { state: 'validated', mail: result.mail };
  }
  return { state: result.state === 'submitted' ? 'submitted' : 'unchanged', mail: result.mail };
}

/** The network validates the waiting submission: its indicators' answers go to the profile. Returns mail for the author. */
export async function validateResponse(
  db: Db,
  actor: Actor,
  r: ResponseRow,
  context: { now?: Date; publicUrl?: string } = {},
): Promise<number[]> {
  const now = context.now ?? new Date();
  const waiting = await latestRevision(db, { type: 'campaign_response', id: r.id }, { state: 'submitted' });
  if (!waiting) throw new AppError('conflict', 'Cette réponse n’attend pas de validation.');
  const mail = await workflow.approve(db, campaignResponses, actor, waiting.id, {
    now,
    ...(context.publicUrl ? { publicUrl: context.publicUrl } : {}),
  });
  await applyToProfile(db, actor, r, JSON.parse(waiting.snapshot) as ResponseSnapshot, await listQuestions(db, r.campaign.id), now);
  return mail;
}

/** The network sends the waiting submission back with a comment. Returns mail for the author. */
export async function returnResponse(
  db: Db,
  actor: Actor,
  r: ResponseRow,
  comment: string,
  context: { now?: Date; publicUrl?: string } = {},
): Promise<number[]> {
  const waiting = await latestRevision(db, { type: 'campaign_response', id: r.id }, { state: 'submitted' });
  if (!waiting) throw new AppError('conflict', 'Cette réponse n’attend pas de validation.');
  return workflow.reject(db, campaignResponses, actor, waiting.id, comment, context);
}

/** Writes the indicators' answers of a validated response into the member's profile, for the campaign's year. */
async function applyToProfile(db: Db, actor: Actor, r: ResponseRow, snapshot: ResponseSnapshot, questions: Question[], now: Date) {
  const indicators = new Map((await listIndicators(db)).map((i) => [i.code, i]));
  const values: FigureValue[] = [];
  for (const q of questions) {
    const answer = snapshot.answers[q.id];
    const indicator = q.indicatorCode ? indicators.get(q.indicatorCode) : undefined;
    if (q.kind !== 'indicator' || !indicator || !answer || typeof answer.value !== 'number') continue;
    values.push({
      kind: indicator.code,
      value: answer.value,
      unit: indicator.unit,
      year: r.campaign.year,
      source: answer.source || `${r.campaign.title}, réponse validée par le réseau`,
      status: 'validated',
      followsDefinition: answer.followsDefinition ?? null,
      definitionNote: answer.definitionNote ?? null,
      sourceText: null,
    });
  }
  await publishValidatedFigures(db, actor, r.member, values, `chiffres ${r.campaign.year} validés (« ${r.campaign.title} »)`, now);
}

/**
 * What the form starts from: the open draft, the waiting submission, the answers sent back, or the
 * validated ones (workflow.editable); for a response never saved, a prefill: the profile's values of the campaign's year (or its latest), and
 * the member's answers to the same questions (same indicator, or same wording) in its latest earlier
 * campaign.
 */
export async function editableResponse(
  db: Db,
  r: ResponseRow,
): Promise<{ answers: Record<string, Answer>; from: 'draft' | 'submitted' | 'rejected' | 'published' | 'prefill' }> {
  const editable = await workflow.editable(db, campaignResponses, r);
  if (editable.content) return { answers: editable.content.answers, from: editable.from };
  const questions = await listQuestions(db, r.campaign.id);
  const answers: Record<string, Answer> = {};
  // Last year's answers, matched by indicator or by wording and kind.
  const earlier = (await repo.listResponsesOfMember(db, r.member.id)).find((c) => c.id !== r.campaign.id && c.year < r.campaign.year);
  if (earlier) {
    const before = await responseAnswers(db, earlier.response_id);
    const previous = before.validated ?? before.latest;
    if (previous) {
      const previousQuestions = await listQuestions(db, earlier.id);
      for (const q of questions) {
        const match = previousQuestions.find((p) =>
          q.kind === 'indicator' ? p.kind === 'indicator' && p.indicatorCode === q.indicatorCode : p.kind === q.kind && p.label === q.label,
        );
        const answer = match ? previous.answers[match.id] : undefined;
        if (answer) answers[q.id] = answer;
      }
    }
  }
  // The profile's current values for the indicators: the campaign's year, else the latest.
  const profile = await snapshotProfile(db, r.member.id);
  for (const q of questions) {
    if (q.kind !== 'indicator') continue;
    const series = profile.figures.filter((f) => f.kind === q.indicatorCode).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const value = series.find((f) => f.year === r.campaign.year) ?? (answers[q.id] ? undefined : series.at(-1));
    if (value)
      answers[q.id] = {
        value: value.value,
        followsDefinition: value.followsDefinition,
        definitionNote: value.definitionNote,
        source: value.source,
      };
  }
  return { answers, from: 'prefill' };
}

export async function answerLog(db: Db, r: ResponseRow) {
  return repo.listAnswerLog(db, r.id);
}
