/**
 * Where each member's response to a campaign stands (to do, draft, submitted, returned,
 * validated) and its answers, read from the response's versions in the editorial workflow; the
 * campaigns a member is asked to answer.
 */
import type { Db } from '../../db/database.ts';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import type { ResponseSnapshot } from './campaigns.questions.ts';
import * as repo from './campaigns.repository.ts';
import { campaignOf, enrolJoiningMembers, type Campaign } from './campaigns.service.ts';

// --- responses and their state ----------------------------------------------------------------------

/** Where a member's response stands. */
export type ResponseStatus = 'todo' | 'draft' | 'submitted' | 'returned' | 'validated';

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  todo: 'Pas commencée',
  draft: 'En cours',
  submitted: 'Envoyée, à valider',
  returned: 'Renvoyée pour correction',
  validated: 'Validée',
};

export interface ResponseState {
  responseId: number;
  memberId: number;
  status: ResponseStatus;
  /** Date of the latest version. */
  at: string | null;
  author: string | null;
  comment: string | null;
}

/** A submission replaced by a newer one (rejected, but by no reviewer) is not a return to the member. */
const replaced = (v: { state: string; reviewed_by: number | null }) => v.state === 'rejected' && v.reviewed_by === null;

const STATE_TO_STATUS: Record<string, ResponseStatus> = {
  draft: 'draft',
  submitted: 'submitted',
  rejected: 'returned',
  published: 'validated',
};

/** Every response of a campaign (or one) with where it stands, in one read of their versions. */
export async function responseStates(db: Db, campaignId: number, responseId?: number): Promise<ResponseState[]> {
  const [all, versions] = await Promise.all([
    repo.listResponseRows(db, campaignId),
    repo.listVersions(db, responseId === undefined ? { campaignId } : { responseId }),
  ]);
  return statesOf(responseId === undefined ? all : all.filter((r) => r.id === responseId), versions);
}

function statesOf(responses: { id: number; member_id: number }[], versions: VersionRow[]): ResponseState[] {
  const latest = new Map<number, VersionRow>();
  for (const v of versions) if (!replaced(v)) latest.set(v.subject_id, v);
  return responses.map((r) => {
    const v = latest.get(r.id);
    return {
      responseId: r.id,
      memberId: r.member_id,
      status: v ? (STATE_TO_STATUS[v.state] ?? 'todo') : 'todo',
      at: v?.created_at ?? null,
      author: v?.author ?? null,
      comment: v?.state === 'rejected' ? v.review_comment : null,
    };
  });
}

/** Where every response of a campaign stands and its answers, from one read of the versions (results, exports). */
export async function campaignResponses(
  db: Db,
  campaignId: number,
): Promise<{ states: ResponseState[]; answers: Map<number, ResponseAnswers> }> {
  const [responses, versions] = await Promise.all([repo.listResponseRows(db, campaignId), repo.listVersions(db, { campaignId })]);
  return { states: statesOf(responses, versions), answers: await answersOfVersions(db, versions) };
}

export interface ResponseAnswers {
  /** The answers of the latest version (a draft, a submission, a validated one), null when nothing is saved. */
  latest: ResponseSnapshot | null;
  /** The answers of the latest validated version, null when none is. */
  validated: ResponseSnapshot | null;
}

/**
 * Parsed answers of versions, by version id and content hash (a draft is saved over in place, so
 * its hash tells a new content), per database. A campaign's results and exports read every
 * response's answers; once parsed, a version is not read nor parsed again, so the first results
 * after a validation cost the new version only.
 */
const parsedAnswers = new WeakMap<Db, BoundedCache<string, ResponseSnapshot>>();

/** The answers of the versions given, from the cache or read in one query. */
async function snapshotsOf(db: Db, versions: { id: number; content_hash: string }[]): Promise<Map<number, ResponseSnapshot>> {
  let cache = parsedAnswers.get(db);
  if (!cache) parsedAnswers.set(db, (cache = new BoundedCache(20_000)));
  const out = new Map<number, ResponseSnapshot>();
  const missing: number[] = [];
  for (const v of versions) {
    const hit = cache.peek(`${v.id}:${v.content_hash}`);
    if (hit) out.set(v.id, hit);
    else missing.push(v.id);
  }
  for (const row of missing.length ? await repo.listSnapshots(db, missing) : []) {
    const parsed = JSON.parse(row.snapshot) as ResponseSnapshot;
    cache.get(`${row.id}:${row.content_hash}`, () => parsed);
    out.set(row.id, parsed);
  }
  return out;
}

type VersionRow = Awaited<ReturnType<typeof repo.listVersions>>[number];

/** The answers of every response of a campaign (or of one), by response id, from their versions (oldest first). */
async function answersOfVersions(db: Db, versions: VersionRow[]): Promise<Map<number, ResponseAnswers>> {
  const latest = new Map<number, VersionRow>();
  const validated = new Map<number, VersionRow>();
  for (const v of versions) {
    if (replaced(v)) continue;
    latest.set(v.subject_id, v);
    if (v.state === 'published') validated.set(v.subject_id, v);
  }
  const snapshots = await snapshotsOf(db, [...new Set([...latest.values(), ...validated.values()])]);
  const out = new Map<number, ResponseAnswers>();
  for (const [id, v] of latest) {
    const valid = validated.get(id);
    out.set(id, { latest: snapshots.get(v.id) ?? null, validated: valid ? (snapshots.get(valid.id) ?? null) : null });
  }
  return out;
}

/** The answers of one response. */
export async function responseAnswers(db: Db, responseId: number): Promise<ResponseAnswers> {
  return (await answersOfVersions(db, await repo.listVersions(db, { responseId }))).get(responseId) ?? { latest: null, validated: null };
}

/** Whether a status counts as answered (for response rates and reminders). */
export const answered = (status: ResponseStatus) => status === 'submitted' || status === 'validated';

/** The campaigns a member is asked to answer, newest first, with where its response stands. */
export async function campaignsOfMember(db: Db, memberId: number) {
  await enrolJoiningMembers(db, memberId);
  const rows = await repo.listResponsesOfMember(db, memberId);
  const out: { campaign: Campaign; responseId: number; status: ResponseStatus }[] = [];
  for (const row of rows) {
    if (row.state === 'draft') continue;
    const [mine] = await responseStates(db, row.id, row.response_id);
    out.push({ campaign: campaignOf(row), responseId: row.response_id, status: mine?.status ?? 'todo' });
  }
  return out;
}
