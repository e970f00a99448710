/** SQL of the campaigns feature. */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  CampaignAnswerLogTable,
  CampaignQuestionRow,
  CampaignQuestionsTable,
  CampaignResponseRow,
  CampaignRow,
  CampaignsTable,
} from './campaigns.table.ts';

export function listCampaignRows(db: Db): Promise<CampaignRow[]> {
  return db.selectFrom('campaigns').selectAll().orderBy('year', 'desc').orderBy('id', 'desc').execute();
}

export function findCampaignRow(db: Db, id: number): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listCampaignsInState(db: Db, state: CampaignRow['state']): Promise<CampaignRow[]> {
  return db.selectFrom('campaigns').selectAll().where('state', '=', state).orderBy('id').execute();
}

export async function insertCampaign(db: Db, row: Insertable<CampaignsTable>): Promise<number> {
  const { id } = await db.insertInto('campaigns').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateCampaign(db: Db, id: number, patch: Updateable<CampaignsTable>): Promise<void> {
  await db.updateTable('campaigns').set(patch).where('id', '=', id).execute();
}

/** Sets a column only if it is still null: of several instances, one wins. */
export async function claimDeadlineNotice(db: Db, id: number, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('campaigns')
    .set({ deadline_notified_at: nowIso })
    .where('id', '=', id)
    .where('deadline_notified_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listQuestionRows(db: Db, campaignId: number): Promise<CampaignQuestionRow[]> {
  return db.selectFrom('campaign_questions').selectAll().where('campaign_id', '=', campaignId).orderBy('position').orderBy('id').execute();
}

export async function insertQuestion(db: Db, row: Omit<Insertable<CampaignQuestionsTable>, 'position'>): Promise<number> {
  const last = await db
    .selectFrom('campaign_questions')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('campaign_id', '=', row.campaign_id)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('campaign_questions')
    .values({ ...row, position: Number(last?.p ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateQuestion(db: Db, id: number, patch: Updateable<CampaignQuestionsTable>): Promise<void> {
  await db.updateTable('campaign_questions').set(patch).where('id', '=', id).execute();
}

export async function deleteQuestion(db: Db, id: number): Promise<void> {
  await db.updateTable('campaign_questions').set({ condition_question_id: null }).where('condition_question_id', '=', id).execute();
  await db.deleteFrom('campaign_questions').where('id', '=', id).execute();
}

export async function insertResponses(db: Db, campaignId: number, memberIds: number[]): Promise<void> {
  for (let i = 0; i < memberIds.length; i += 500)
    await db
      .insertInto('campaign_responses')
      .values(memberIds.slice(i, i + 500).map((member_id) => ({ campaign_id: campaignId, member_id })))
      .onConflict((oc) => oc.columns(['campaign_id', 'member_id']).doNothing())
      .execute();
}

export function listResponseRows(db: Db, campaignId: number): Promise<CampaignResponseRow[]> {
  return db.selectFrom('campaign_responses').selectAll().where('campaign_id', '=', campaignId).orderBy('id').execute();
}

export function findResponseRow(db: Db, id: number): Promise<CampaignResponseRow | undefined> {
  return db.selectFrom('campaign_responses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findResponseOf(db: Db, campaignId: number, memberId: number): Promise<CampaignResponseRow | undefined> {
  return db
    .selectFrom('campaign_responses')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** The responses of a member, newest campaign first, with their campaign. */
export function listResponsesOfMember(db: Db, memberId: number) {
  return db
    .selectFrom('campaign_responses as r')
    .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .selectAll('c')
    .select(['r.id as response_id'])
    .where('r.member_id', '=', memberId)
    .orderBy('c.year', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

function versionsOf(db: Db, of: { campaignId: number } | { responseId: number }) {
  return db
    .selectFrom('revisions as v')
    .innerJoin('campaign_responses as r', (join) => join.onRef('r.id', '=', 'v.subject_id').on('v.subject_type', '=', 'campaign_response'))
    .select(['v.id', 'v.subject_id', 'v.state', 'v.created_at', 'v.author', 'v.reviewed_by', 'v.review_comment', 'v.content_hash'])
    .where('campaignId' in of ? 'r.campaign_id' : 'r.id', '=', 'campaignId' in of ? of.campaignId : of.responseId)
    .where('v.state', '!=', 'superseded')
    .orderBy('v.subject_id')
    .orderBy('v.id');
}

/** The versions of every response of a campaign, or of one response (drafts set aside excluded), oldest first, without their answers. */
export function listVersions(db: Db, of: { campaignId: number } | { responseId: number }) {
  return versionsOf(db, of).execute();
}

/** The answers (JSON) of the versions given, by id. */
export async function listSnapshots(db: Db, ids: number[]): Promise<{ id: number; content_hash: string; snapshot: string }[]> {
  const out: { id: number; content_hash: string; snapshot: string }[] = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('revisions')
        .select(['id', 'content_hash', 'snapshot'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  return out;
}

export async function insertAnswerLog(db: Db, rows: Insertable<CampaignAnswerLogTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('campaign_answer_log').values(rows).execute();
}

export function listAnswerLog(db: Db, responseId: number) {
  return db.selectFrom('campaign_answer_log').selectAll().where('response_id', '=', responseId).orderBy('id').execute();
}

/** Claims a reminder (campaign, days before the deadline); false when it was already sent. */
export async function claimReminder(db: Db, campaignId: number, daysBefore: number, nowIso: string): Promise<boolean> {
  const r = await db
    .insertInto('campaign_reminders')
    .values({ campaign_id: campaignId, days_before: daysBefore, sent_at: nowIso })
    .onConflict((oc) => oc.columns(['campaign_id', 'days_before']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function listRemindersSent(db: Db, campaignId: number) {
  return db.selectFrom('campaign_reminders').selectAll().where('campaign_id', '=', campaignId).orderBy('days_before', 'desc').execute();
}

/** What identifies a campaign's validated answers: how many validated versions, and the latest one. */
export async function validatedSignature(db: Db, campaignId: number): Promise<string> {
  const row = await db
    .selectFrom('revisions as v')
    .innerJoin('campaign_responses as r', (join) => join.onRef('r.id', '=', 'v.subject_id').on('v.subject_type', '=', 'campaign_response'))
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('v.id').as('last')])
    .where('r.campaign_id', '=', campaignId)
    .where('v.state', '=', 'published')
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${Number(row?.last ?? 0)}`;
}
