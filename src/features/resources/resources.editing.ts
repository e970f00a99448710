/**
 * Writing resources in the back office with drafts and history, as news are written
 * (news.editing.ts) but without moderation: the network's staff are the only authors.
 *
 *   never published:  draft ──publish──▶ published
 *   published:        live ──save draft──▶ live + open draft ──publish──▶ live (the draft's content)
 *
 * A resource has at most one open draft (a `revisions` row in state `draft`, unique). While it is
 * published, saving a draft changes nothing public; a never-published resource's row follows its
 * draft (it is not public, and the back-office list shows its latest title). Publishing writes the
 * snapshot to the live row and links (updateResource: index, content version) and keeps it as a
 * `published` revision; every publication stays in the history and can be restored, as a new draft
 * or as a new publication. Callers open the transaction.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../shared/html.ts';
import { audit } from '../accounts/accounts.audit.ts';
import type { Actor } from '../accounts/accounts.policy.ts';
import { hashSnapshot, inputOfSnapshot, snapshotLive, type ResourceSnapshot } from './resources.content.ts';
import * as repo from './resources.repository.ts';
import * as revisions from '../revisions/revisions.repository.ts';
import type { RevisionRow } from '../revisions/revisions.table.ts';
import { createResource, updateResource, type ResourceInput } from './resources.service.ts';
import type { ResourceRow } from './resources.table.ts';
import { listResourceTypes } from './resources.types.ts';
import { indexResource } from '../search/search.index.ts';

export interface ResourceRevisionView extends Omit<RevisionRow, 'snapshot'> {
  resource_id: number;
  snapshot: ResourceSnapshot;
}

const subject = (resourceId: number) => ({ type: 'resource', id: resourceId }) as const;
const parse = (row: RevisionRow): ResourceRevisionView => ({
  ...row,
  resource_id: row.subject_id,
  snapshot: JSON.parse(row.snapshot) as ResourceSnapshot,
});

/** A version of a resource (undefined for a version of something else). */
export async function findResourceRevision(db: Db, id: number): Promise<ResourceRevisionView | undefined> {
  const row = await revisions.findRevision(db, id);
  return row?.subject_type === 'resource' ? parse(row) : undefined;
}

/** The open draft of a resource, if any. */
export async function openDraft(db: Db, resourceId: number): Promise<ResourceRevisionView | undefined> {
  const row = await revisions.latestRevision(db, subject(resourceId), { state: 'draft' });
  return row ? parse(row) : undefined;
}

/** The latest publication of a published resource (recording one from the live row when there is none yet). */
export async function latestPublished(db: Db, row: ResourceRow): Promise<ResourceRevisionView | null> {
  const found = await revisions.latestRevision(db, subject(row.id), { state: 'published' });
  if (found || row.status !== 'published') return found ? parse(found) : null;
  const snapshot = await snapshotLive(db, row);
  const id = await revisions.insertRevision(db, {
    subject_type: 'resource',
    subject_id: row.id,
    created_at: row.updated_at,
    author: 'Contenu existant',
    author_id: null,
    origin: 'snapshot',
    state: 'published',
    content_hash: hashSnapshot(snapshot),
    snapshot: JSON.stringify(snapshot),
  });
  return (await findResourceRevision(db, id))!;
}

export interface EditableResource {
  content: ResourceSnapshot;
  /** The open draft, or null when the form starts from the live content. */
  draft: ResourceRevisionView | null;
  /** A published resource whose open draft differs from what is online. */
  pendingChanges: boolean;
  /** Whether the resource was ever online (it may have been taken offline since). */
  everPublished: boolean;
}

/** What the form starts from: the open draft, else the live resource. */
export async function editableResource(db: Db, row: ResourceRow): Promise<EditableResource> {
  const draft = (await openDraft(db, row.id)) ?? null;
  const everPublished =
    row.status === 'published' || (await revisions.latestRevision(db, subject(row.id), { state: 'published' })) !== undefined;
  if (!draft) return { content: await snapshotLive(db, row), draft: null, pendingChanges: false, everPublished };
  const pendingChanges = row.status === 'published' && draft.content_hash !== hashSnapshot(await snapshotLive(db, row));
  return { content: draft.snapshot, draft, pendingChanges, everPublished };
}

/**
 * The content as it will be stored: sanitized body, the publication date of the form (a day) as an
 * instant — the one already known when the day did not change, so that an untouched date is not a
 * change.
 */
function normalize(content: ResourceSnapshot, base: ResourceSnapshot): ResourceSnapshot {
  let publishedAt = content.publishedAt;
  if (publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) {
    publishedAt = base.publishedAt?.startsWith(publishedAt) ? base.publishedAt : `${publishedAt}T08:00:00.000Z`;
  }
  return { ...content, bodyHtml: sanitizeRichText(content.bodyHtml), publishedAt };
}

/** The open draft, and the content normalized against it (else against the live resource). */
async function prepare(
  db: Db,
  row: ResourceRow,
  content: ResourceSnapshot,
): Promise<{ draft: ResourceRevisionView | undefined; normalized: ResourceSnapshot }> {
  const draft = await openDraft(db, row.id);
  return { draft, normalized: normalize(content, draft?.snapshot ?? (await snapshotLive(db, row))) };
}

type RevisionValues = {
  created_at: string;
  author: string;
  author_id: number;
  content_hash: string;
  snapshot: string;
  state: 'draft' | 'published';
};

/**
 * Keeps a version: an edit rewrites the open draft in place; otherwise (no draft, or a restored
 * version) the draft, if any, is set aside in the history and a new version is added — or `reuse`
 * is returned when the content is a version already kept.
 */
async function keepRevision(
  db: Db,
  row: ResourceRow,
  draft: ResourceRevisionView | undefined,
  origin: 'edit' | 'restore',
  values: RevisionValues,
  reuse?: number,
): Promise<number> {
  if (draft && origin === 'edit') {
    await revisions.updateRevision(db, draft.id, values);
    return draft.id;
  }
  if (draft) await revisions.updateRevision(db, draft.id, { state: 'superseded' });
  return reuse ?? revisions.insertRevision(db, { ...values, subject_type: 'resource', subject_id: row.id, origin });
}

const revisionValues = (actor: Actor, snapshot: ResourceSnapshot, state: 'draft' | 'published', now: Date): RevisionValues => ({
  created_at: now.toISOString(),
  author: actor.name,
  author_id: actor.id,
  content_hash: hashSnapshot(snapshot),
  snapshot: JSON.stringify(snapshot),
  state,
});

const summaryOf = (s: ResourceSnapshot) => `« ${s.title} »`;

/** Creates a resource from the form: a draft (not public) or published at once; its first version is kept. */
export async function createResourceWithRevision(
  db: Db,
  actor: Actor,
  input: ResourceInput,
  publish: boolean,
  now = new Date(),
): Promise<number> {
  const id = await createResource(db, { ...input, status: publish ? 'published' : 'draft' }, actor.id, now);
  const snapshot = await snapshotLive(db, (await repo.findResourceById(db, id))!);
  await revisions.insertRevision(db, {
    subject_type: 'resource',
    subject_id: id,
    created_at: now.toISOString(),
    author: actor.name,
    author_id: actor.id,
    origin: 'create',
    state: publish ? 'published' : 'draft',
    content_hash: hashSnapshot(snapshot),
    snapshot: JSON.stringify(snapshot),
  });
  return id;
}

/** Saves the open draft (creating it when there is none). Nothing public changes for a published resource. */
export async function saveResourceDraft(
  db: Db,
  actor: Actor,
  row: ResourceRow,
  content: ResourceSnapshot,
  now = new Date(),
  origin: 'edit' | 'restore' = 'edit',
): Promise<number> {
  await latestPublished(db, row);
  const { draft, normalized } = await prepare(db, row, content);
  // A restored version is a new draft: the one it replaces stays in the history.
  const id = await keepRevision(db, row, draft, origin, revisionValues(actor, normalized, 'draft', now));
  if (row.status === 'draft') await updateResource(db, row.id, inputOfSnapshot(normalized, 'draft'), now);
  await audit(
    db,
    actor,
    {
      action: 'resource.draft',
      target: { type: 'resource', id: row.id },
      summary: `Brouillon de la ressource ${summaryOf(normalized)} enregistré.`,
    },
    now,
  );
  return id;
}

/**
 * Publishes content: the live row and links take it, the search index and the content version
 * follow (updateResource), and it is kept as a `published` revision (the open draft becomes it).
 */
export async function publishResourceContent(
  db: Db,
  actor: Actor,
  row: ResourceRow,
  content: ResourceSnapshot,
  now = new Date(),
  origin: 'edit' | 'restore' = 'edit',
): Promise<number> {
  const previous = await latestPublished(db, row);
  const { draft, normalized } = await prepare(db, row, content);
  await updateResource(db, row.id, inputOfSnapshot(normalized, 'published'), now);
  // What is online now (links to deleted themes or members dropped, date set).
  const live = await snapshotLive(db, (await repo.findResourceById(db, row.id))!);
  const values = revisionValues(actor, live, 'published', now);
  // Publishing the live content again adds no version.
  const unchanged =
    previous && previous.content_hash === values.content_hash && row.status === 'published' && origin === 'edit' ? previous.id : undefined;
  const id = await keepRevision(db, row, draft, origin, values, unchanged);
  await audit(
    db,
    actor,
    {
      action: 'resource.publish',
      target: { type: 'resource', id: row.id },
      summary: `Ressource ${summaryOf(live)} publiée (${live.visibility}).`,
    },
    now,
  );
  return id;
}

/**
 * Abandons the open draft of a published resource: it stays in the history (set aside, like a
 * draft a restored version replaced) and the form starts again from what is online. A
 * never-published resource has nothing else to go back to: its draft is not abandoned.
 */
export async function discardResourceDraft(db: Db, actor: Actor, row: ResourceRow, now = new Date()): Promise<boolean> {
  const draft = await openDraft(db, row.id);
  if (!draft || row.status !== 'published') return false;
  await revisions.updateRevision(db, draft.id, { state: 'superseded' });
  await audit(
    db,
    actor,
    {
      action: 'resource.discard',
      target: { type: 'resource', id: row.id },
      summary: `Brouillon de la ressource ${summaryOf(draft.snapshot)} abandonné (version n° ${draft.id} gardée dans l’historique).`,
    },
    now,
  );
  return true;
}

/** Takes a published resource offline (it becomes a draft again); its versions stay in the history. */
export async function unpublishResource(db: Db, actor: Actor, row: ResourceRow, now = new Date()): Promise<void> {
  if (row.status !== 'published') return;
  await latestPublished(db, row); // the live content is kept as a version before it goes offline
  await repo.updateResourceRow(db, row.id, { status: 'draft' });
  await indexResource(db, row.id);
  await bumpContentVersion(db);
  await audit(
    db,
    actor,
    {
      action: 'resource.unpublish',
      target: { type: 'resource', id: row.id },
      summary: `Ressource « ${row.title} » retirée de la publication.`,
    },
    now,
  );
}

/** Restores a version of the resource as a new draft or as a new publication; the history keeps everything. */
export async function restoreResourceRevision(
  db: Db,
  actor: Actor,
  row: ResourceRow,
  revisionId: number,
  mode: 'draft' | 'publish',
  now = new Date(),
): Promise<number> {
  const revision = await findResourceRevision(db, revisionId);
  if (!revision || revision.resource_id !== row.id) throw notFound('Cette version n’existe pas.');
  if (revision.state === 'draft')
    throw new AppError('bad_request', 'version : c’est le brouillon en cours ; ouvrez-le dans le formulaire pour le publier.');
  // The network's list of types may have changed since (resources.types.ts).
  if (!(await listResourceTypes(db)).some((t) => t.slug === revision.snapshot.type)) {
    throw new AppError(
      'bad_request',
      `version : son type « ${revision.snapshot.type} » n’existe plus. Reprenez le contenu dans le formulaire avec un autre type.`,
    );
  }
  const id =
    mode === 'publish'
      ? await publishResourceContent(db, actor, row, revision.snapshot, now, 'restore')
      : await saveResourceDraft(db, actor, row, revision.snapshot, now, 'restore');
  const as = mode === 'publish' ? 'publiée' : 'reprise comme brouillon';
  await audit(
    db,
    actor,
    {
      action: 'resource.restore',
      target: { type: 'resource', id: row.id },
      summary: `Version n° ${revision.id} de la ressource ${summaryOf(revision.snapshot)} ${as} (nouvelle version n° ${id}).`,
    },
    now,
  );
  return id;
}

/** Versions of a resource, newest first (the live content recorded first when needed). */
export async function resourceHistory(db: Db, row: ResourceRow) {
  await latestPublished(db, row);
  const rows = await revisions.listHistory(db, subject(row.id));
  const live = row.status === 'published' ? (rows.find((r) => r.state === 'published')?.id ?? null) : null;
  return rows.map((r) => ({ ...r, live: r.id === live }));
}
