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
import { publishesDirectly } from './revisions.policy.ts';
import * as revisions from './revisions.repository.ts';
import {
  findVersion,
  latestPublished,
  openDraft,
  sameContent,
  subjectOf,
  waitingSubmission,
  type Context,
  type EditorialSubject,
  type Version,
} from './revisions.subject.ts';

export * from './revisions.subject.ts';

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
  await revisions.lockSubject(db, subjectOf(kind, row));
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
    {
      label: kind.label(row, draft.snapshot),
      author: actor.name,
      url: `${context.publicUrl ?? ''}${kind.reviewPath ? await kind.reviewPath(db, row) : '/admin/moderation'}`,
    },
    now,
  );
  return { state: 'submitted', revisionId: draft.id, mail };
}

async function submitted<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  revisionId: number,
): Promise<{ revision: Version<Snapshot>; row: Row }> {
  const found = await findVersion(db, kind, revisionId);
  if (!found) throw notFound('Cette version n’existe pas.');
  // Locked, then read again: of two reviewers deciding at once, the second sees the first's decision.
  await revisions.lockSubject(db, { type: kind.type, id: found.subject_id });
  const revision = (await findVersion(db, kind, revisionId))!;
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
  await revisions.lockSubject(db, subjectOf(kind, row));
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
  await revisions.lockSubject(db, subjectOf(kind, row));
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
  await revisions.lockSubject(db, subjectOf(kind, row));
  if (!(await kind.live(db, row))) return false;
  await latestPublished(db, kind, row);
  const summary = await kind.takeOffline(db, row, now);
  await audit(db, actor, { action: `${kind.action}.unpublished`, target: kind.auditTarget(row), summary }, now);
  return true;
}

/**
 * A reviewer's decision on a submitted version, as the moderation form sends it (`approve` or
 * `reject` with a comment), in its own transaction. Returns mail to deliver once committed; an
 * unknown decision or a rejection without comment is an InvalidInput in French.
 */
export async function decide<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  actor: Actor,
  revisionId: number,
  decision: string,
  comment: string,
  context: Context = {},
): Promise<number[]> {
  if (decision === 'approve') return db.transaction().execute((trx) => approve(trx, kind, actor, revisionId, context));
  if (decision === 'reject') return db.transaction().execute((trx) => reject(trx, kind, actor, revisionId, comment, context));
  throw new InvalidInput(['Choisissez de valider ou de refuser la modification.']);
}

/**
 * Applies a change made outside the editor (figures validated by the network) to the open draft
 * and to the waiting submission, so that neither takes it back when published. Returns how many
 * versions changed.
 */
export async function amendOpenVersions<Row, Snapshot, Content>(
  db: Db,
  kind: EditorialSubject<Row, Snapshot, Content>,
  row: Row,
  change: (snapshot: Snapshot) => Snapshot,
): Promise<number> {
  await revisions.lockSubject(db, subjectOf(kind, row));
  let changed = 0;
  for (const version of [await openDraft(db, kind, row), await waitingSubmission(db, kind, row)]) {
    if (!version) continue;
    const snapshot = change(version.snapshot);
    await revisions.updateRevision(db, version.id, { snapshot: JSON.stringify(snapshot), content_hash: kind.hash(snapshot) });
    changed++;
  }
  return changed;
}
