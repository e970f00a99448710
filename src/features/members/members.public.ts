/**
 * What other features may use of members/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { memberAccess } from './members.access.ts';
export { contentOf, moderationQueue, profiles, publishValidatedFigures, setModeration } from './admin/members.editing.ts';
export { presentProfile, type ProfileView } from './members.present.ts';
export { listProfilesByAge, remindEditors } from './admin/members.reminders.ts';
export {
  listMemberLinks,
  listMemberNames,
  countMembers,
  countMembersByKind,
  findMemberById,
  findMemberBySlug,
  findMemberByTerritory,
  findMemberIdsBySlugs,
  findMembersByFoldedName,
  listFigures,
  listMemberSlugs,
  listMembersByIds,
  listMemberPlaces,
  listSections,
  updateMember,
} from './members.repository.ts';
export { hashContent, latestRevision, listRevisions, recordRevision, snapshotProfile, type FigureValue } from './members.revisions.ts';
export {
  FIGURE_DEFINITIONS,
  FIGURE_KINDS,
  MEMBER_KINDS,
  type FigureKind,
  type MemberKind,
  type MemberStatus,
  type SectionKind,
} from './members.schemas.ts';
export { applyImportedProfile, createMember, getDirectory, getProfile, listMapMembers, type FigureInput } from './members.service.ts';
export { type MemberRow } from './members.table.ts';
