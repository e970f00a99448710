/**
 * The shape of a comparison between two versions, whatever the subject: each subject's own diff
 * (members.diff.ts, news.diff.ts, resources.diff.ts) fills it, one view shows it
 * (revisions.pages.tsx).
 */
import type { DiffPart } from '../../shared/diff.ts';

export interface SectionDiff {
  heading: string;
  status: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  parts: DiffPart[];
}

export interface FigureDiff {
  label: string;
  before: string | null;
  after: string | null;
}

/** What changed between two versions of any content: its sections (text), figures, website. */
export interface VersionDiff {
  sections: SectionDiff[];
  figures: FigureDiff[];
  website: { before: string | null; after: string | null } | null;
  changed: boolean;
}
