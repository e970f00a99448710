/**
 * Writing resources in the back office: a resource as a subject of the editorial workflow
 * (`resourceItems`, revisions/revisions.workflow.ts), as profiles and news are. Only the network's
 * staff write resources, and they publish directly:
 *
 *   never published:  draft ──publish──▶ published
 *   published:        live ──save draft──▶ live + open draft ──publish──▶ live (the draft's content)
 *
 * While a resource is published, saving a draft changes nothing public; a never-published
 * resource's row follows its draft (it is not public, and the back-office list shows its latest
 * title). Publishing writes the snapshot to the live row and links (updateResource: index, content
 * version). Every publication stays in the history and can be restored, as a new draft or as a new
 * publication. Callers open the transaction.
 */
import type { Db } from '../../../db/database.ts';
import { bumpContentVersion } from '../../../db/meta.repository.ts';
import { AppError, notFound } from '../../../errors.ts';
import { normalizeRichText } from '../../../shared/html.ts';
import { can, type Actor } from '../../../shared/access.ts';
import { hashSnapshot, LINK_LISTS, snapshotLive, type ResourceSnapshot, inputOfSnapshot } from '../resources.content.ts';
import * as repo from '../resources.repository.ts';
import { workflow } from '../../revisions/revisions.public.ts';
import type { Version } from '../../revisions/revisions.public.ts';
import { createResource, updateResource, type ResourceInput } from '../resources.service.ts';
import type { ResourceRow } from '../resources.table.ts';
import { listResourceTypes } from '../resources.types.ts';
import { indexResource } from '../../search/search.public.ts';

/**
 * The content as it will be stored: normalized body, the publication date of the form (a day) as
 * an instant — the one already known when the day did not change, so that an untouched date is not
 * a change.
 */
function normalize(content: ResourceSnapshot, base: ResourceSnapshot | null): ResourceSnapshot {
  let publishedAt = content.publishedAt;
  if (publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) {
    publishedAt = base?.publishedAt?.startsWith(publishedAt) ? base.publishedAt : `${publishedAt}T08:00:00.000Z`;
  }
  return { ...content, bodyHtml: normalizeRichText(content.bodyHtml), publishedAt };
}

/** A resource in the editorial workflow. */
export const resourceItems: workflow.EditorialSubject<ResourceRow, ResourceSnapshot> = {
  type: 'resource',
  action: 'resource',
  label: (row, snapshot) => `de la ressource « ${snapshot?.title ?? row.title} »`,
  publishedSummary: (_row, snapshot) => `Ressource « ${snapshot.title} » publiée`,
  editPath: (_db, row) => `/admin/ressources/${row.id}`,
  auditTarget: (row) => ({ type: 'resource', id: row.id }),
  find: (db, id) => repo.findResourceById(db, id),
  id: (row) => row.id,
  // Only a published resource has content online; a draft resource's row follows its draft.
  live: async (db, row) => (row.status === 'published' ? snapshotLive(db, row) : null),
  liveDate: (row) => row.updated_at,
  hash: hashSnapshot,
  // The network's own content: its staff publish directly (revisions.policy.ts).
  moderation: async () => null,
  assertCanEdit: async (_db, actor) => {
    if (!can(actor, 'network.admin')) throw new AppError('forbidden', 'Seule l’équipe du réseau peut modifier les ressources.');
  },
  draftOf: (_row, content, _now, base) => normalize(content, base),
  contentOf: (snapshot) => snapshot,
  comparable: (snapshot) => ({
    ...snapshot,
    bodyHtml: normalizeRichText(snapshot.bodyHtml),
    ...Object.fromEntries(LINK_LISTS.map((list) => [list.key, [...(snapshot[list.key] ?? [])].sort()])),
  }),
  afterDraft: async (db, row, snapshot, now) => {
    if (row.status === 'draft') await updateResource(db, row.id, inputOfSnapshot(snapshot, 'draft'), now);
  },
  publish: async (db, row, snapshot, now) => {
    await updateResource(db, row.id, inputOfSnapshot(snapshot, 'published'), now);
    // What is online now (links to deleted themes or members dropped, date set).
    const live = await snapshotLive(db, (await repo.findResourceById(db, row.id))!);
    return { snapshot: live, note: ` (${live.visibility})` };
  },
  takeOffline: async (db, row) => {
    await repo.updateResourceRow(db, row.id, { status: 'draft' });
    await indexResource(db, row.id);
    await bumpContentVersion(db);
    return `Ressource « ${row.title} » retirée de la publication.`;
  },
  // The network's list of types may have changed since (resources.types.ts).
  assertRestorable: async (db, snapshot) => {
    if (!(await listResourceTypes(db)).some((t) => t.slug === snapshot.type)) {
      throw new AppError(
        'bad_request',
        `version : son type « ${snapshot.type} » n’existe plus. Reprenez le contenu dans le formulaire avec un autre type.`,
      );
    }
  },
};

export type ResourceRevisionView = Version<ResourceSnapshot>;

/** A version of a resource (undefined for a version of something else). */
export const findResourceRevision = (db: Db, id: number) => workflow.findVersion(db, resourceItems, id);

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
  const draft = (await workflow.openDraft(db, resourceItems, row)) ?? null;
  const online = await resourceItems.live(db, row);
  const everPublished = online !== null || (await workflow.latestPublished(db, resourceItems, row)) !== null;
  if (!draft) return { content: online ?? (await snapshotLive(db, row)), draft: null, pendingChanges: false, everPublished };
  const pendingChanges = online !== null && !workflow.sameContent(resourceItems, draft.snapshot, online);
  return { content: draft.snapshot, draft, pendingChanges, everPublished };
}

/**
 * Creates a resource from the form, with its first version: a draft (not public), or published at
 * once through the workflow.
 */
export async function createResourceWithRevision(
  db: Db,
  actor: Actor,
  input: ResourceInput,
  publish: boolean,
  now = new Date(),
): Promise<number> {
  const id = await createResource(db, { ...input, status: 'draft' }, actor.id, now);
  const row = (await repo.findResourceById(db, id))!;
  const content = await snapshotLive(db, row);
  await workflow.saveDraft(db, resourceItems, actor, row, content, now, { created: true });
  if (publish) await workflow.submit(db, resourceItems, actor, row, content, { now });
  return id;
}

/** Saves the open draft (null when there is none and the content is the one online). */
export async function saveResourceDraft(db: Db, actor: Actor, row: ResourceRow, content: ResourceSnapshot, now = new Date()) {
  return (await workflow.saveDraft(db, resourceItems, actor, row, content, now))?.id ?? null;
}

/**
 * Publishes content: the live row and links take it, the search index and the content version
 * follow. Returns the new version, or null when the content is already the one online.
 */
export async function publishResourceContent(db: Db, actor: Actor, row: ResourceRow, content: ResourceSnapshot, now = new Date()) {
  return (await workflow.submit(db, resourceItems, actor, row, content, { now })).revisionId;
}

/** Abandons the open draft of a published resource (kept in the history). */
export const discardResourceDraft = (db: Db, actor: Actor, row: ResourceRow, now = new Date()) =>
  workflow.discardDraft(db, resourceItems, actor, row, now);

/** Takes a published resource offline (it becomes a draft again); its versions stay in the history. */
export const unpublishResource = (db: Db, actor: Actor, row: ResourceRow, now = new Date()) =>
  workflow.takeOffline(db, resourceItems, actor, row, now);

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
  if (!revision || revision.subject_id !== row.id) throw notFound('Cette version n’existe pas.');
  return workflow.restore(db, resourceItems, actor, revisionId, { now, as: mode === 'publish' ? 'published' : 'draft' });
}

/** Versions of a resource, newest first (the live content recorded first when needed), the online one marked. */
export async function resourceHistory(db: Db, row: ResourceRow) {
  await workflow.latestPublished(db, resourceItems, row);
  const rows = await workflow.history(db, resourceItems, row);
  const live = row.status === 'published' ? (rows.find((r) => r.state === 'published')?.id ?? null) : null;
  return rows.map((r) => ({ ...r, live: r.id === live }));
}
