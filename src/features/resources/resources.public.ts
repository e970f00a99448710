/**
 * What other features may use of resources/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { ResourceMeta, ResourceTeaserList } from './resources.pages.tsx';
export { listableVisibilities } from './resources.policy.ts';
export { listPublicResourceSlugs } from './resources.repository.ts';
export { createResource, getResourcePage, updateResource, type ResourceInput, type ResourceItem } from './resources.service.ts';
export { type ResourceVisibility } from './resources.table.ts';
export { territoryKey } from './resources.territories.ts';
