/**
 * The network's list of resource types ("Guide", "Fiche initiative"…): create, rename, reorder,
 * delete (refused while a resource has the type). A type keeps its slug when renamed, so that
 * filtered addresses (`/ressources?type=guide`) and the API stay stable. Every change is audited.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { moveInOrder } from '../../shared/order.ts';
import { slugify } from '../../shared/text.ts';
import { audit } from '../accounts/accounts.public.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { indexResource } from '../search/search.public.ts';
import { listDrafts } from '../revisions/revisions.public.ts';
import type { ResourceTypeRow } from './resources.table.ts';
import * as repo from './resources.types-repository.ts';

export { listResourceTypes } from './resources.types-repository.ts';

/**
 * How many resources have each type, by slug: their live type, or the type of their open draft
 * (a type an unpublished draft uses is in use too).
 */
export async function countResourcesByType(db: Db): Promise<Map<string, number>> {
  const [live, drafts] = await Promise.all([repo.listResourceTypeUses(db), listDrafts(db, 'resource')]);
  const users = new Map<string, Set<number>>();
  const use = (type: string, id: number) => users.set(type, (users.get(type) ?? new Set()).add(id));
  for (const r of live) use(r.type, r.id);
  for (const d of drafts) use((JSON.parse(d.snapshot) as { type: string }).type, d.subject_id);
  return new Map([...users].map(([type, ids]) => [type, ids.size]));
}

async function typeOrThrow(db: Db, id: number): Promise<ResourceTypeRow> {
  const type = await repo.findResourceType(db, id);
  if (!type) throw notFound('Ce type de ressource n’existe pas (ou plus).');
  return type;
}

function checkName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < 2) throw new InvalidInput(['Nom : donnez un nom au type de ressource.']);
  if (name.length > 80) throw new InvalidInput(['Nom : 80 caractères au plus.']);
  return name;
}

/** Two types may not share a name (whatever the case): the filters and forms would show it twice. */
function refuseDuplicate(types: ResourceTypeRow[], name: string, exceptId: number | null): void {
  const folded = name.toLocaleLowerCase('fr');
  if (types.some((t) => t.id !== exceptId && t.name.toLocaleLowerCase('fr') === folded))
    throw new InvalidInput([`Nom : le type « ${name} » existe déjà.`]);
}

export async function createResourceType(db: Db, actor: Actor, input: { name: string }): Promise<number> {
  const name = checkName(input.name);
  const types = await repo.listResourceTypes(db);
  refuseDuplicate(types, name, null);
  const base = slugify(name) || 'type';
  let slug = base;
  for (let n = 2; types.some((t) => t.slug === slug); n++) slug = `${base}-${n}`;
  const position = Math.max(0, ...types.map((t) => t.position)) + 1;
  const id = await repo.insertResourceType(db, { slug, name, position });
  await audit(db, actor, {
    action: 'resource_type.created',
    target: { type: 'resource_type', id: slug },
    summary: `Type de ressource « ${name} » créé.`,
  });
  await bumpContentVersion(db);
  return id;
}

export async function renameResourceType(db: Db, actor: Actor, id: number, input: { name: string }): Promise<void> {
  const type = await typeOrThrow(db, id);
  const name = checkName(input.name);
  if (name === type.name) return;
  refuseDuplicate(await repo.listResourceTypes(db), name, id);
  await repo.updateResourceType(db, id, { name });
  // The index holds the type's name with each resource's text.
  for (const resourceId of await repo.listResourceIdsOfType(db, type.slug)) await indexResource(db, resourceId);
  await audit(db, actor, {
    action: 'resource_type.renamed',
    target: { type: 'resource_type', id: type.slug },
    summary: `Type de ressource « ${type.name} » renommé « ${name} ».`,
  });
  await bumpContentVersion(db);
}

export async function moveResourceType(db: Db, actor: Actor, id: number, direction: 'up' | 'down'): Promise<void> {
  const type = await typeOrThrow(db, id);
  const { writes, place } = moveInOrder(await repo.listResourceTypes(db), id, direction);
  if (writes.length === 0) return;
  for (const w of writes) await repo.updateResourceType(db, w.id, { position: w.position });
  await audit(db, actor, {
    action: 'resource_type.moved',
    target: { type: 'resource_type', id: type.slug },
    summary: `Type de ressource « ${type.name} » placé en position ${place}.`,
  });
  await bumpContentVersion(db);
}

/** Deletes a type no resource has; one in use is refused with the count. */
export async function removeResourceType(db: Db, actor: Actor, id: number): Promise<void> {
  const type = await typeOrThrow(db, id);
  const used = (await countResourcesByType(db)).get(type.slug) ?? 0;
  if (used > 0) {
    throw new AppError(
      'conflict',
      `Le type « ${type.name} » est celui ${used === 1 ? 'd’une ressource (ou de son brouillon) : changez d’abord son type' : `de ${used} ressources (ou de leurs brouillons) : changez d’abord leur type`}, ou renommez-le plutôt que de le supprimer.`,
    );
  }
  await repo.deleteResourceType(db, id);
  await audit(db, actor, {
    action: 'resource_type.deleted',
    target: { type: 'resource_type', id: type.slug },
    summary: `Type de ressource « ${type.name} » supprimé.`,
  });
  await bumpContentVersion(db);
}
