/**
 * The shape of a comparison between two versions, whatever the subject: each subject's own diff
 * (members.diff.ts, news.diff.ts, resources.diff.ts) fills it, mostly with `fieldDiff`, and one view
 * shows it (revisions.pages.tsx).
 */
import { diffHtml, diffText, hasChanges, type BlockDiff } from '../../shared/rich-diff.ts';

export interface SectionDiff {
  heading: string;
  status: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  /** The section's paragraphs, list items…, each unchanged, changed (word by word), added or removed. */
  blocks: BlockDiff[];
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

/**
 * One field or section of two versions: plain text or rich text (HTML); empty on one side means it
 * was added or removed. `status` can be forced (a renamed section is changed, a moved one moved).
 */
export function fieldDiff(heading: string, before: string, after: string, format: 'text' | 'html' = 'text'): SectionDiff {
  const blocks = format === 'html' ? diffHtml(before, after) : diffText(before, after);
  const empty = (side: 'del' | 'add') => !blocks.some((b) => b.pieces.some((p) => p.op === 'same' || p.op === side));
  if (!blocks.length) return { heading, status: 'same', blocks };
  if (empty('del')) return { heading, status: 'added', blocks };
  if (empty('add')) return { heading, status: 'removed', blocks };
  return { heading, status: hasChanges(blocks) ? 'changed' : 'same', blocks };
}
