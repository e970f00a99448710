/**
 * What other features may use of revisions/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { fieldDiff, type FigureDiff, type SectionDiff, type VersionDiff } from './revisions.diff.ts';
export { DiffView, STATE_LABELS, type HistoryRow } from './revisions.pages.tsx';
export { publishesDirectly } from './revisions.policy.ts';
export * as workflow from './revisions.workflow.ts';
export {
  anySnapshotMentions,
  insertRevision,
  latestRevision,
  listDrafts,
  listRevisionRows,
  subjectsInState,
} from './revisions.repository.ts';
export { type RevisionOrigin, type RevisionState } from './revisions.table.ts';
export {
  editable,
  latestPublished,
  queue,
  sameContent,
  saveDraft,
  takeOffline,
  type EditorialSubject,
  type Version,
} from './revisions.workflow.ts';
