/**
 * Campaigns: the network opens one a year, with a questionnaire of indicators and free questions,
 * for the members it concerns (all active members, or some kinds). Prepared as a draft (questions
 * change only then), opened (members answer; reminders go to those that have not submitted), then
 * closed (public questions' results are published). Every change is in the audit log.
 */
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { MEMBER_KINDS, type MemberKind } from '../../shared/member-kinds.ts';
import { audit, type Actor } from '../accounts/accounts.public.ts';
import { appliesTo, listIndicators } from '../indicators/indicators.public.ts';
import { listMemberPlaces } from '../members/members.public.ts';
import { questionOf, type Question } from './campaigns.questions.ts';
import * as repo from './campaigns.repository.ts';
import { QUESTION_KINDS, type CampaignRow, type QuestionKind } from './campaigns.table.ts';

export interface Campaign {
  id: number;
  year: number;
  title: string;
  opensOn: string;
  deadline: string;
  state: CampaignRow['state'];
  reminderDays: number[];
  minCell: number;
  /** Kinds of member concerned (every kind when the admin chose none). */
  memberKinds: MemberKind[];
  isDemo: boolean;
}

export function campaignOf(row: CampaignRow): Campaign {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    opensOn: row.opens_on,
    deadline: row.deadline,
    state: row.state,
    reminderDays: parseReminderDays(row.reminder_days) ?? [],
    minCell: row.min_cell,
    memberKinds: row.member_kinds ? MEMBER_KINDS.filter((k) => row.member_kinds.split(',').includes(k)) : [...MEMBER_KINDS],
    isDemo: row.is_demo === 1,
  };
}

/** "14, 7, 1" → [14, 7, 1] (distinct, largest first); null when it is not a list of days. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].filter((d) => d <= 365).sort((a, b) => b - a);
}

export async function listCampaigns(db: Db): Promise<Campaign[]> {
  return (await repo.listCampaignRows(db)).map(campaignOf);
}

export async function getCampaign(db: Db, id: number): Promise<Campaign> {
  const row = Number.isSafeInteger(id) ? await repo.findCampaignRow(db, id) : undefined;
  if (!row) throw notFound('Cette campagne n’existe pas.');
  return campaignOf(row);
}

export async function listQuestions(db: Db, campaignId: number): Promise<Question[]> {
  return (await repo.listQuestionRows(db, campaignId)).map(questionOf);
}

// --- creating and changing a campaign --------------------------------------------------------

export interface CampaignInput {
  year: string;
  title: string;
  opensOn: string;
  deadline: string;
  reminderDays: string;
  minCell: string;
  /** Kinds of member concerned; empty: every active member. */
  memberKinds: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (text: string) => DATE.test(text) && !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime());

function normalizeCampaign(input: CampaignInput) {
  const problems: string[] = [];
  const year = Number(input.year.trim());
  if (!/^\d{4}$/.test(input.year.trim()) || year < 2000 || year > 2100)
    problems.push('Année : une année sur quatre chiffres (exemple : 2026).');
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (title.length < 3) problems.push('Titre : donnez un titre à la campagne (exemple : « Campagne 2026 »).');
  if (title.length > 120) problems.push('Titre : 120 caractères au plus.');
  const opensOn = input.opensOn.trim();
  const deadline = input.deadline.trim();
  if (!validDate(opensOn)) problems.push('Ouverture : une date au format AAAA-MM-JJ.');
  if (!validDate(deadline)) problems.push('Date limite : une date au format AAAA-MM-JJ.');
  if (validDate(opensOn) && validDate(deadline) && deadline < opensOn) problems.push('Date limite : elle doit suivre la date d’ouverture.');
  const reminderDays = parseReminderDays(input.reminderDays);
  if (reminderDays === null)
    problems.push('Relances : des nombres de jours avant la date limite, séparés par des virgules (exemple : 14, 7, 1).');
  const minCell = Number(input.minCell.trim() || '5');
  if (!Number.isInteger(minCell) || minCell < 1 || minCell > 100)
    problems.push('Seuil de diffusion : un nombre entier de réponses entre 1 et 100.');
  const memberKinds = MEMBER_KINDS.filter((k) => input.memberKinds.includes(k));
  if (problems.length) throw new InvalidInput(problems);
  return { year, title, opensOn, deadline, reminderDays: reminderDays!, minCell, memberKinds };
}

/**
 * Creates a campaign as a draft, with one question per indicator of the network (an admin removes
 * those not wanted), for the active members of the kinds given (every kind when none).
 */
export async function createCampaign(
  db: Db,
  actor: Actor,
  input: CampaignInput,
  options: { now?: Date; demo?: boolean } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const c = normalizeCampaign(input);
  const id = await repo.insertCampaign(db, {
    year: c.year,
    title: c.title,
    opens_on: c.opensOn,
    deadline: c.deadline,
    state: 'draft',
    reminder_days: c.reminderDays.join(','),
    min_cell: c.minCell,
    member_kinds: c.memberKinds.join(','),
    created_at: now.toISOString(),
    opened_at: null,
    closed_at: null,
    deadline_notified_at: null,
    is_demo: options.demo ? 1 : 0,
  });
  const kinds: MemberKind[] = c.memberKinds.length ? c.memberKinds : [...MEMBER_KINDS];
  for (const indicator of await listIndicators(db)) {
    if (!kinds.some((k) => appliesTo(indicator, k))) continue;
    await repo.insertQuestion(db, {
      campaign_id: id,
      kind: 'indicator',
      indicator_code: indicator.code,
      label: `${indicator.label} en ${c.year} (${indicator.unit})`,
      help: indicator.definition,
      visibility: indicator.visibility,
      required: 0,
      condition_question_id: null,
    });
  }
  await enrolMembers(db, await getCampaign(db, id));
  await audit(db, actor, { action: 'campaign.created', target: { type: 'campaign', id }, summary: `Campagne « ${c.title} » créée.` }, now);
  return id;
}

/** Changes the title, dates, reminders and threshold (not the members concerned). */
export async function changeCampaign(db: Db, actor: Actor, id: number, input: CampaignInput): Promise<void> {
  const campaign = await getCampaign(db, id);
  if (campaign.state === 'closed') throw new AppError('conflict', 'Cette campagne est close : elle ne change plus.');
  const c = normalizeCampaign({ ...input, year: input.year || String(campaign.year) });
  if (campaign.state !== 'draft' && c.year !== campaign.year)
    throw new InvalidInput(['Année : elle ne change plus une fois la campagne ouverte.']);
  await repo.updateCampaign(db, id, {
    year: c.year,
    title: c.title,
    opens_on: c.opensOn,
    deadline: c.deadline,
    reminder_days: c.reminderDays.join(','),
    min_cell: c.minCell,
  });
  await audit(db, actor, { action: 'campaign.changed', target: { type: 'campaign', id }, summary: `Campagne « ${c.title} » modifiée.` });
}

/**
 * Asks the campaign's active members of its kinds that it does not ask yet (all of them when the
 * campaign is created; later, those that joined or became active since), or only the member
 * `onlyId`. A draft or open campaign only: a closed one keeps the members it had.
 */
export async function enrolMembers(db: Db, campaign: Campaign, onlyId?: number): Promise<number> {
  if (campaign.state === 'closed') return 0;
  const members = await listMemberPlaces(db, onlyId);
  const asked =
    onlyId === undefined
      ? (await repo.listResponseRows(db, campaign.id)).map((r) => r.member_id)
      : (await repo.findResponseOf(db, campaign.id, onlyId))
        ? [onlyId]
        : [];
  return enrolMissing(db, campaign, members, asked);
}

/** Asks those of `members` the campaign concerns and does not ask yet (`asked`: the member ids it asks). */
export async function enrolMissing(
  db: Db,
  campaign: Campaign,
  members: { id: number; kind: MemberKind; status: string }[],
  asked: Iterable<number>,
): Promise<number> {
  if (campaign.state === 'closed') return 0;
  const already = new Set(asked);
  const missing = members
    .filter((m) => m.status === 'active' && campaign.memberKinds.includes(m.kind) && !already.has(m.id))
    .map((m) => m.id);
  if (missing.length) await repo.insertResponses(db, campaign.id, missing);
  return missing.length;
}

/** Asks every draft and open campaign's joining members (the scheduler, hourly), or only the member `onlyId`. */
export async function enrolJoiningMembers(db: Db, onlyId?: number): Promise<number> {
  let added = 0;
  for (const row of [...(await repo.listCampaignsInState(db, 'draft')), ...(await repo.listCampaignsInState(db, 'open'))])
    added += await enrolMembers(db, campaignOf(row), onlyId);
  return added;
}

/** Opens a draft campaign to the members; its questions no longer change. */
export async function openCampaign(db: Db, actor: Actor, id: number, now = new Date()): Promise<void> {
  const campaign = await getCampaign(db, id);
  if (campaign.state !== 'draft') throw new AppError('conflict', 'Cette campagne est déjà ouverte.');
  if ((await listQuestions(db, id)).length === 0) throw new InvalidInput(['Ajoutez au moins une question avant d’ouvrir la campagne.']);
  await enrolMembers(db, campaign);
  await repo.updateCampaign(db, id, { state: 'open', opened_at: now.toISOString() });
  await audit(
    db,
    actor,
    { action: 'campaign.opened', target: { type: 'campaign', id }, summary: `Campagne « ${campaign.title} » ouverte.` },
    now,
  );
}

/** Closes an open campaign: no more answers; the public questions' results are published. */
export async function closeCampaign(db: Db, actor: Actor, id: number, now = new Date()): Promise<void> {
  const campaign = await getCampaign(db, id);
  if (campaign.state !== 'open') throw new AppError('conflict', 'Seule une campagne ouverte peut être close.');
  await repo.updateCampaign(db, id, { state: 'closed', closed_at: now.toISOString() });
  await audit(
    db,
    actor,
    { action: 'campaign.closed', target: { type: 'campaign', id }, summary: `Campagne « ${campaign.title} » close.` },
    now,
  );
}

// --- questions ----------------------------------------------------------------------------------

export interface QuestionInput {
  kind: string;
  indicatorCode: string;
  label: string;
  help: string;
  /** One choice per line. */
  choices: string;
  visibility: string;
  required: boolean;
  conditionQuestionId: string;
  /** One value per line. */
  conditionValues: string;
}

const lines = (text: string) => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .filter(Boolean),
  ),
];

async function normalizeQuestion(db: Db, campaignId: number, input: QuestionInput, questionId: number | null) {
  const problems: string[] = [];
  const kind = QUESTION_KINDS.find((k) => k === input.kind);
  if (!kind) problems.push('Type : choisissez le type de la question.');
  let indicatorCode: string | null = null;
  if (kind === 'indicator') {
    const indicators = await listIndicators(db);
    indicatorCode = indicators.find((i) => i.code === input.indicatorCode)?.code ?? null;
    if (!indicatorCode) problems.push('Indicateur : choisissez l’indicateur demandé.');
  }
  const label = input.label.trim().replace(/\s+/g, ' ');
  if (label.length < 3) problems.push('Intitulé : écrivez la question.');
  if (label.length > 300) problems.push('Intitulé : 300 caractères au plus.');
  const help = input.help.trim();
  if (help.length > 2000) problems.push('Aide : 2 000 caractères au plus.');
  const choices = lines(input.choices);
  if ((kind === 'single_choice' || kind === 'multiple_choice') && choices.length < 2)
    problems.push('Choix : au moins deux réponses possibles, une par ligne.');
  if (choices.some((c) => c.length > 150)) problems.push('Choix : 150 caractères au plus par réponse.');
  const visibility = (['public', 'internal'] as const).find((v) => v === input.visibility);
  if (!visibility) problems.push('Diffusion : choisissez publique ou interne.');
  let condition: { id: number; values: string[] } | null = null;
  if (input.conditionQuestionId) {
    const earlier = (await listQuestions(db, campaignId)).find((q) => String(q.id) === input.conditionQuestionId);
    const values = lines(input.conditionValues);
    if (!earlier || earlier.id === questionId) problems.push('Condition : choisissez une question précédente.');
    else if (!['yes_no', 'single_choice', 'multiple_choice'].includes(earlier.kind))
      problems.push('Condition : seule une question oui / non ou à choix peut conditionner une autre.');
    else if (values.length === 0) problems.push('Condition : indiquez la ou les réponses qui font apparaître la question.');
    else {
      const allowed = earlier.kind === 'yes_no' ? ['oui', 'non'] : earlier.choices;
      const unknown = values.filter((v) => !allowed.includes(v));
      if (unknown.length) problems.push(`Condition : « ${unknown[0]} » n’est pas une réponse possible à la question choisie.`);
      condition = { id: earlier.id, values };
    }
  }
  if (problems.length) throw new InvalidInput(problems);
  return {
    kind: kind as QuestionKind,
    indicator_code: indicatorCode,
    label,
    help,
    choices: JSON.stringify(kind === 'single_choice' || kind === 'multiple_choice' ? choices : []),
    visibility: visibility!,
    required: input.required ? 1 : 0,
    condition_question_id: condition?.id ?? null,
    condition_values: JSON.stringify(condition?.values ?? []),
  };
}

async function draftCampaign(db: Db, id: number): Promise<Campaign> {
  const campaign = await getCampaign(db, id);
  if (campaign.state !== 'draft')
    throw new AppError(
      'conflict',
      'Les questions ne changent plus une fois la campagne ouverte : les réponses doivent rester comparables.',
    );
  return campaign;
}

export async function addQuestion(db: Db, actor: Actor, campaignId: number, input: QuestionInput): Promise<number> {
  const campaign = await draftCampaign(db, campaignId);
  const id = await repo.insertQuestion(db, { campaign_id: campaignId, ...(await normalizeQuestion(db, campaignId, input, null)) });
  await audit(db, actor, {
    action: 'campaign.question_added',
    target: { type: 'campaign', id: campaignId },
    summary: `Question ajoutée à « ${campaign.title} ».`,
  });
  return id;
}

export async function changeQuestion(db: Db, actor: Actor, campaignId: number, questionId: number, input: QuestionInput): Promise<void> {
  const campaign = await draftCampaign(db, campaignId);
  if (!(await listQuestions(db, campaignId)).some((q) => q.id === questionId)) throw notFound('Cette question n’existe pas.');
  await repo.updateQuestion(db, questionId, await normalizeQuestion(db, campaignId, input, questionId));
  await audit(db, actor, {
    action: 'campaign.question_changed',
    target: { type: 'campaign', id: campaignId },
    summary: `Question modifiée dans « ${campaign.title} ».`,
  });
}

export async function removeQuestion(db: Db, actor: Actor, campaignId: number, questionId: number): Promise<void> {
  const campaign = await draftCampaign(db, campaignId);
  if (!(await listQuestions(db, campaignId)).some((q) => q.id === questionId)) throw notFound('Cette question n’existe pas.');
  await repo.deleteQuestion(db, questionId);
  await audit(db, actor, {
    action: 'campaign.question_removed',
    target: { type: 'campaign', id: campaignId },
    summary: `Question retirée de « ${campaign.title} ».`,
  });
}
