/**
 * The editorial workflow, written once for every moderated content (a member's profile, a news
 * item, and the subjects to come). Every version is a row of `revisions` holding a JSON snapshot:
 *
 *   draft ──submit──▶ submitted ──approve──▶ published
 *     │                   └──────reject───▶ rejected (with a comment the editor sees)
 *     └──submit (publishesDirectly: an admin, or an owner in `direct` moderation)──▶ published
 *
 * A subject has at most one open draft, shared by its editors, and at most one submission waiting
 * (a newer one replaces it). Approving writes the snapshot online through the subject's adapter in
 * the same transaction (live tables, search index, content version); a publication date in the
 * future is the adapter's to honour (news are scheduled that way). Restoring takes an earlier
 * version back as a new one, published or as the draft; an open draft it replaces, or one the
 * editor discards, stays in the history (`superseded`). Taking content offline keeps what was
 * online as a version. Content that does not differ from what is online (`comparable`: the
 * editor's HTML normalized) makes no version. The network's admins are told of each submission
 * that waits, the author of each decision, through the outbox. Callers open the transaction and
 * deliver the returned mail after it commits.
 */
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { can, type Actor } from '../../shared/access.ts';
import { audit } from '../accounts/accounts.public.ts';
import { notifyDecision, notifySubmission } from './revisions.notify.ts';
import { publishesDirectly, type Moderation } from './revisions.policy.ts';
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

const subjectOf = <Row>(kind: { type: SubjectType; id(row: Row): number }, row: Row) => ({ type: kind.type, id: kind.id(row) });
const read = <Snapshot>(row: RevisionRow): Version<Snapshot> => ({ ...row, snapshot: JSON.parse(row.snapshot) as Snapshot });

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

/** What the form starts from: the open draft, else the waiting submission, else what is online. */
export async function editable<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  row: Row,
): Promise<{ content: Snapshot | null; from: 'draft' | 'submitted' | 'published'; revision: Version<Snapshot> | null }> {
  const open = (await openDraft(db, kind, row)) ?? (await waitingSubmission(db, kind, row));
  if (open) return { content: open.snapshot, from: open.state === 'draft' ? 'draft' : 'submitted', revision: open };
  return { content: await kind.live(db, row), from: 'published', revision: null };
}

/** The history of a subject, newest first. */
export const history = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  revisions.listHistory(db, subjectOf(kind, row));

/** The last refusal of a subject's submission, when nothing was published since. */
export const lastRejection = <Row, Snapshot, Content>(db: Db, kind: EditorialSubject<Row, Snapshot, Content>, row: Row) =>
  revisions.lastRejection(db, subjectOf(kind, row));

/**
 * Saves the open draft (creating it, from the published version, when there is none). Returns null
 * when there was no draft and the content is the one online: nothing to keep.
 */
export async function saveDraft<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  row: Row,
  content: Content,
  now = new Date(),
  options: { created?: boolean } = {},
): Promise<Version<Snapshot> | null> {
  await kind.assertCanEdit(db, actor, row, content);
  const draft = await openDraft(db, kind, row);
  const online = await kind.live(db, row);
  const snapshot = kind.draftOf(row, content, now, draft?.snapshot ?? online);
  if (!draft && online && sameContent(kind, snapshot, online)) return null;
  const values = {
    snapshot: JSON.stringify(snapshot),
    content_hash: kind.hash(snapshot),
    created_at: now.toISOString(),
    author: actor.name,
    author_id: actor.id,
  };
  let id: number;
  if (draft) {
    id = draft.id;
    await revisions.updateRevision(db, id, values);
  } else {
    const base = await latestPublished(db, kind, row);
    id = await revisions.insertRevision(db, {
      ...values,
      subject_type: kind.type,
      subject_id: kind.id(row),
      origin: options.created ? 'create' : 'edit',
      state: 'draft',
      base_revision_id: base?.id ?? null,
    });
  }
  await kind.afterDraft?.(db, row, snapshot, now);
  await audit(
    db,
    actor,
    {
      action: `${kind.action}.${options.created ? 'created' : 'draft_saved'}`,
      target: kind.auditTarget(row),
      summary: `Brouillon ${kind.label(row, snapshot)} enregistré.`,
    },
    now,
  );
  return (await findVersion(db, kind, id))!;
}

export interface Submitted {
  /** `unchanged`: the content is the one online; no version was made (an open draft was set aside). */
  state: 'published' | 'submitted' | 'unchanged';
  revisionId: number | null;
  /** Outbox messages to deliver once the transaction has committed. */
  mail: number[];
}

/** Submits the content: published at once when `publishesDirectly`, otherwise waiting for the network. */
export async function submit<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  row: Row,
  content: Content,
  context: Context = {},
): Promise<Submitted> {
  const now = context.now ?? new Date();
  const draft = await saveDraft(db, kind, actor, row, content, now);
  const online = await kind.live(db, row);
  if (!draft || (online && sameContent(kind, draft.snapshot, online))) {
    if (draft) await revisions.updateRevision(db, draft.id, { state: 'superseded' });
    return { state: 'unchanged', revisionId: null, mail: [] };
  }
  const previous = await waitingSubmission(db, kind, row);
  if (previous)
    await revisions.updateRevision(db, previous.id, {
      state: 'rejected',
      reviewed_at: now.toISOString(),
      review_comment: 'Remplacée par une soumission plus récente.',
    });
  await revisions.updateRevision(db, draft.id, { state: 'submitted' });
  await audit(
    db,
    actor,
    {
      action: `${kind.action}.submitted`,
      target: kind.auditTarget(row),
      summary: `Modification ${kind.label(row, draft.snapshot)} soumise.`,
    },
    now,
  );
  if (publishesDirectly(actor, await kind.moderation(db, row))) {
    await approve(db, kind, actor, draft.id, context);
    return { state: 'published', revisionId: draft.id, mail: [] };
  }
  const mail = await notifySubmission(
    db,
    { label: kind.label(row, draft.snapshot), author: actor.name, url: `${context.publicUrl ?? ''}/admin/moderation` },
    now,
  );
  return { state: 'submitted', revisionId: draft.id, mail };
}

async function submitted<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  revisionId: number,
): Promise<{ revision: Version<Snapshot>; row: Row }> {
  const revision = await findVersion(db, kind, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state !== 'submitted')
    throw new AppError('conflict', 'Cette version n’est plus en attente de validation : elle a déjà été traitée.');
  const row = await kind.find(db, revision.subject_id);
  if (!row) throw notFound('Cette version n’existe pas.');
  return { revision, row };
}

/** Publishes a submitted version: the live content takes it. Returns mail for its author. */
export async function approve<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  revisionId: number,
  context: Context = {},
): Promise<number[]> {
  const now = context.now ?? new Date();
  const { revision, row } = await submitted(db, kind, revisionId);
  const { snapshot, note } = await kind.publish(db, row, revision.snapshot, now);
  await revisions.updateRevision(db, revision.id, {
    state: 'published',
    snapshot: JSON.stringify(snapshot),
    content_hash: kind.hash(snapshot),
    reviewed_by: actor.id,
    reviewed_at: now.toISOString(),
  });
  await audit(
    db,
    actor,
    { action: `${kind.action}.published`, target: kind.auditTarget(row), summary: `${kind.publishedSummary(row, snapshot)}${note}.` },
    now,
  );
  if (revision.author_id === actor.id || revision.author_id === null) return [];
  return notifyDecision(
    db,
    revision.author_id,
    {
      label: kind.label(row, snapshot),
      decision: 'approved',
      reviewer: actor.name,
      url: `${context.publicUrl ?? ''}${await kind.editPath(db, row)}`,
    },
    now,
  );
}

/** Refuses a submitted version with a comment its author sees. Returns mail for the author. */
export async function reject<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  revisionId: number,
  comment: string,
  context: Context = {},
): Promise<number[]> {
  const now = context.now ?? new Date();
  const text = comment.trim();
  if (!text)
    throw new InvalidInput(['Commentaire : expliquez au rédacteur pourquoi la modification est refusée et ce qu’il faut changer.']);
  if (text.length > 2000) throw new InvalidInput(['Commentaire : 2 000 caractères au plus.']);
  const { revision, row } = await submitted(db, kind, revisionId);
  await revisions.updateRevision(db, revision.id, {
    state: 'rejected',
    reviewed_by: actor.id,
    reviewed_at: now.toISOString(),
    review_comment: text,
  });
  await audit(
    db,
    actor,
    {
      action: `${kind.action}.rejected`,
      target: kind.auditTarget(row),
      summary: `Modification ${kind.label(row, revision.snapshot)} refusée : ${text.slice(0, 200)}`,
    },
    now,
  );
  if (revision.author_id === null) return [];
  return notifyDecision(
    db,
    revision.author_id,
    {
      label: kind.label(row, revision.snapshot),
      decision: 'rejected',
      reviewer: actor.name,
      comment: text,
      url: `${context.publicUrl ?? ''}${await kind.editPath(db, row)}`,
    },
    now,
  );
}

/**
 * Takes an earlier version back as a new version (network admins only; the history keeps
 * everything): published at once, or as the open draft. An open draft it replaces is set aside.
 */
export async function restore<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  revisionId: number,
  context: Context & { as?: 'published' | 'draft' } = {},
): Promise<number> {
  const now = context.now ?? new Date();
  const as = context.as ?? 'published';
  if (!can(actor, 'network.admin')) throw new AppError('forbidden', 'Seule l’équipe du réseau peut restaurer une version.');
  const revision = await findVersion(db, kind, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state === 'draft')
    throw new AppError('bad_request', 'version : c’est le brouillon en cours ; ouvrez-le dans le formulaire pour le publier.');
  const row = await kind.find(db, revision.subject_id);
  if (!row) throw notFound('Cette version n’existe pas.');
  await kind.assertRestorable?.(db, revision.snapshot);
  const draft = await openDraft(db, kind, row);
  if (draft) await revisions.updateRevision(db, draft.id, { state: 'superseded' });
  const snapshot = kind.draftOf(row, kind.contentOf(revision.snapshot), now, revision.snapshot);
  const id = await revisions.insertRevision(db, {
    subject_type: kind.type,
    subject_id: kind.id(row),
    created_at: now.toISOString(),
    author: actor.name,
    author_id: actor.id,
    origin: 'restore',
    state: as === 'published' ? 'submitted' : 'draft',
    content_hash: kind.hash(snapshot),
    snapshot: JSON.stringify(snapshot),
    base_revision_id: revision.id,
  });
  if (as === 'published') await approve(db, kind, actor, id, context);
  else await kind.afterDraft?.(db, row, snapshot, now);
  await audit(
    db,
    actor,
    {
      action: `${kind.action}.restored`,
      target: kind.auditTarget(row),
      summary: `Version n° ${revision.id} ${kind.label(row, snapshot)} ${as === 'published' ? 'restaurée et publiée' : 'reprise comme brouillon'} (nouvelle version n° ${id}).`,
    },
    now,
  );
  return id;
}

/**
 * Abandons the open draft of content that is online: it stays in the history (`superseded`) and the
 * form starts again from what is online. Content never online has nothing else to go back to: its
 * draft is kept. Returns whether a draft was set aside.
 */
export async function discardDraft<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  row: Row,
  now = new Date(),
): Promise<boolean> {
  const draft = await openDraft(db, kind, row);
  if (!draft || !(await kind.live(db, row))) return false;
  await kind.assertCanEdit(db, actor, row, kind.contentOf(draft.snapshot));
  await revisions.updateRevision(db, draft.id, { state: 'superseded' });
  await audit(
    db,
    actor,
    {
      action: `${kind.action}.draft_discarded`,
      target: kind.auditTarget(row),
      summary: `Brouillon ${kind.label(row, draft.snapshot)} abandonné (version n° ${draft.id} gardée dans l’historique).`,
    },
    now,
  );
  return true;
}

/**
 * Takes content offline (out of every public page, feed and search); what was online is kept as a
 * version first, and publishing again puts it back. Returns whether it was online.
 */
export async function takeOffline<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  row: Row,
  now = new Date(),
): Promise<boolean> {
  if (!kind.takeOffline) throw new AppError('bad_request', 'Ce contenu ne peut pas être retiré de la publication.');
  if (!(await kind.live(db, row))) return false;
  await latestPublished(db, kind, row);
  const summary = await kind.takeOffline(db, row, now);
  await audit(db, actor, { action: `${kind.action}.unpublished`, target: kind.auditTarget(row), summary }, now);
  return true;
}

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
