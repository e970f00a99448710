/** Every version of every edited content: profiles, news, resources (and the subjects to come). */
import type { Generated, Selectable } from 'kysely';

/** What a version belongs to. */
export type SubjectType = 'member' | 'news' | 'resource' | 'campaign_response';

/**
 * draft: being written (one open per subject); submitted: waits for the network; published: is or
 * was online; rejected: refused with a comment (or replaced by a later submission); superseded: a
 * draft set aside (abandoned, or replaced by a restored version).
 */
export type RevisionState = 'draft' | 'submitted' | 'published' | 'rejected' | 'superseded';

/**
 * demo and import: loaded content; snapshot: the live content recorded before a change; create, edit,
 * restore: a person's work; campaign: figures of a campaign answer validated by the network.
 */
export type RevisionOrigin = 'demo' | 'import' | 'snapshot' | 'create' | 'edit' | 'restore' | 'campaign';

export interface RevisionsTable {
  id: Generated<number>;
  subject_type: SubjectType;
  subject_id: number;
  created_at: string;
  /** Display name of the author (kept when the account goes). */
  author: string;
  author_id: number | null;
  origin: RevisionOrigin;
  state: RevisionState;
  /** The published version a draft started from. */
  base_revision_id: Generated<number | null>;
  reviewed_by: Generated<number | null>;
  reviewed_at: Generated<string | null>;
  review_comment: Generated<string | null>;
  /** Hash of the snapshot's content, to recognise an identical version. */
  content_hash: string;
  /** The whole content as JSON, in the subject's own shape. */
  snapshot: string;
}

export type RevisionRow = Selectable<RevisionsTable>;

/** One row per subject that a workflow change locks first, so that changes of one subject run one at a time. */
export interface SubjectLocksTable {
  subject_type: SubjectType;
  subject_id: number;
  /** How many changes took the lock (the upsert that takes it increments it). */
  changes: Generated<number>;
}
