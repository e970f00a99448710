/**
 * What the editorial workflow (revisions.workflow.ts) knows of its subjects, and how it reads their
 * versions: the adapter a subject provides (`EditorialSubject`), the open draft, the waiting
 * submission, the latest publication, what a form starts from, the history, the moderation queue.
 */
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../shared/access.ts';
import type { Moderation } from './revisions.policy.ts';
import * as revisions from './revisions.repository.ts';
import type { RevisionRow, RevisionState, SubjectType } from './revisions.table.ts';

/** What the workflow needs to know of one kind of subject. */
export interface EditorialSubject<Row, Snapshot, Content = Snapshot> {
  type: SubjectType;
  /** Prefix of the audit actions (`profile.submitted`, `news.published`…). */
  action: string;
  /** The subject in a French sentence, after "Brouillon" or "Modification": « du profil de X ». */
  label(row: Row, snapshot?: Snapshot): string;
  /** The audit log's sentence for a publication, before its note: « Profil de X publié ». */
  publishedSummary(row: Row, snapshot: Snapshot): string;
  /** Where the subject is edited in the back office (path), for the e-mails. */
  editPath(db: Db, row: Row): string | Promise<string>;
  /** Where the network reviews a submission (path); default: the moderation queue. */
  reviewPath?(db: Db, row: Row): string | Promise<string>;
  /** How the audit log names the subject. */
  auditTarget(row: Row): { type: string; id: string | number };
  find(db: Db, id: number): Promise<Row | undefined>;
  id(row: Row): number;
  /** The content online now, or null when nothing is (a news item never published). */
  live(db: Db, row: Row): Promise<Snapshot | null>;
  /** The date of the content online now (a recorded live version carries it). */
  liveDate(row: Row): string;
  hash(snapshot: Snapshot): string;
  /** The member whose moderation setting applies, or null for the network's own content. */
  moderation(db: Db, row: Row): Promise<Moderation | null>;
  /** Refuses (AppError forbidden) an actor who may not write this content. */
  assertCanEdit(db: Db, actor: Actor, row: Row, content: Content): Promise<void>;
  /**
   * What a draft stores of the content (a profile adds its name and date); `base` is the version it
   * starts from (the open draft, else what is online), for what the form leaves implicit.
   */
  draftOf(row: Row, content: Content, now: Date, base: Snapshot | null): Snapshot;
  /** The editable content of a version (the form's values). */
  contentOf(snapshot: Snapshot): Content;
  /** What must differ for two versions to differ (normalized HTML, no dates of writing). */
  comparable(snapshot: Snapshot): unknown;
  /** Called after a draft is saved (a never-published item shows its latest title). */
  afterDraft?(db: Db, row: Row, content: Snapshot, now: Date): Promise<void>;
  /** Puts a version online; returns what is published (dates set) and a note for the audit log. */
  publish(db: Db, row: Row, snapshot: Snapshot, now: Date): Promise<{ snapshot: Snapshot; note: string }>;
  /** Takes the content offline (subjects that can be); returns the audit log's sentence. */
  takeOffline?(db: Db, row: Row, now: Date): Promise<string>;
  /** Refuses (AppError bad_request) an old version that can no longer be restored as it is. */
  assertRestorable?(db: Db, snapshot: Snapshot): Promise<void>;
}

/** When (default: now) and from which site (absolute links in the e-mails) a change is made. */
export interface Context {
  now?: Date;
  publicUrl?: string;
}

/** A version with its snapshot read. */
export interface Version<Snapshot> extends Omit<RevisionRow, 'snapshot'> {
  snapshot: Snapshot;
}

/** JSON with object keys sorted, so that equal content gives equal text whatever built it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether two versions hold the same content (what `comparable` keeps of them). */
export function sameContent<Row, Snapshot, Content>(kind: EditorialSubject<Row, Snapshot, Content>, a: Snapshot, b: Snapshot): boolean {
  return canonical(kind.comparable(a)) === canonical(kind.comparable(b));
}

export const subjectOf = <Row>(kind: { type: SubjectType; id(row: Row): number }, row: Row) => ({ type: kind.type, id: kind.id(row) });
export const read = <Snapshot>(row: RevisionRow): Version<Snapshot> => ({ ...row, snapshot: JSON.parse(row.snapshot) as Snapshot });

/** A version of this kind of subject, or undefined (unknown id, or a version of something else). */
export async function findVersion<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  id: number,
): Promise<Version<Snapshot> | undefined> {
  const row = await revisions.findRevision(db, id);
  return row?.subject_type === kind.type ? read<Snapshot>(row) : undefined;
}

async function latestIn<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  row: Row,
  state: RevisionState,
): Promise<Version<Snapshot> | undefined> {
  const found = await revisions.latestRevision(db, subjectOf(kind, row), { state });
  return found ? read<Snapshot>(found) : undefined;
}

export const openDraft = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  latestIn(db, kind, row, 'draft');
export const waitingSubmission = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  latestIn(db, kind, row, 'submitted');

/** The latest published version, recording one from the live content when there is none yet (null when nothing is live). */
export async function latestPublished<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  row: Row,
): Promise<Version<Snapshot> | null> {
  const found = await latestIn(db, kind, row, 'published');
  if (found) return found;
  // Recording the live content is a write: one at a time per subject, and only once.
  await revisions.lockSubject(db, subjectOf(kind, row));
  const recorded = await latestIn(db, kind, row, 'published');
  if (recorded) return recorded;
  const live = await kind.live(db, row);
  if (!live) return null;
  const id = await revisions.insertRevision(db, {
    subject_type: kind.type,
    subject_id: kind.id(row),
    created_at: kind.liveDate(row),
    author: 'Contenu existant',
    author_id: null,
    origin: 'snapshot',
    state: 'published',
    content_hash: kind.hash(live),
    snapshot: JSON.stringify(live),
  });
  return (await findVersion(db, kind, id))!;
}

/**
 * What the form starts from: the open draft, else the waiting submission, else the version the
 * network refused (to be corrected, not typed again), else what is online.
 */
export async function editable<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  row: Row,
): Promise<{ content: Snapshot | null; from: 'draft' | 'submitted' | 'rejected' | 'published'; revision: Version<Snapshot> | null }> {
  const open = (await openDraft(db, kind, row)) ?? (await waitingSubmission(db, kind, row));
  if (open) return { content: open.snapshot, from: open.state === 'draft' ? 'draft' : 'submitted', revision: open };
  const refused = await revisions.lastRefused(db, subjectOf(kind, row));
  if (refused) {
    const version = read<Snapshot>(refused);
    return { content: version.snapshot, from: 'rejected', revision: version };
  }
  return { content: await kind.live(db, row), from: 'published', revision: null };
}

/** The history of a subject, newest first. */
export const history = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  revisions.listHistory(db, subjectOf(kind, row));

/** The last refusal of a subject's submission, when nothing was published since. */
export const lastRejection = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  revisions.lastRejection(db, subjectOf(kind, row));

/** Submissions of this kind waiting for the network, oldest first. */
export async function queue<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
): Promise<{ revision: Version<Snapshot>; row: Row }[]> {
  const rows = await revisions.listSubmitted(db, kind.type);
  const found: { revision: Version<Snapshot>; row: Row }[] = [];
  for (const r of rows) {
    const row = await kind.find(db, r.subject_id);
    if (row !== undefined) found.push({ revision: read<Snapshot>(r), row });
  }
  return found;
}
