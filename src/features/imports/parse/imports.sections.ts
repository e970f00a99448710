/**
 * Imports: blocks → items → sections. Lines that are headings or header information (network
 * name, update date, membership year, news block) are split out of paragraphs, then content is
 * grouped under the canonical headings, unknown headings and, before any heading, "Présentation".
 */
import { spend } from './imports.budget.ts';
import type { SectionKind } from '../../members/members.public.ts';
import { headingText, isSubHeadingLine, isTitleLine, matchSpecialLine, type SpecialLine } from './imports.headings.ts';
import type { Block } from '../imports.types.ts';

type Meta = Exclude<SpecialLine, { type: 'section' }>;

/** A block, or a line recognised as a known section heading or as header information. */
export type Item =
  | Block
  | { type: 'section'; kind: Exclude<SectionKind, 'other'>; heading: string; level: number | null; line: number }
  | { type: 'meta'; meta: Meta; line: number };

/** A section before rendering: its content blocks and sub-headings (h3/h4). */
export interface DraftSection {
  kind: SectionKind;
  heading: string;
  line: number;
  parts: (Block | { type: 'sub'; level: 3 | 4; text: string })[];
}

/** Splits paragraphs around special lines, and recognises special headings. */
export function toItems(blocks: Block[]): Item[] {
  const items: Item[] = [];
  for (const block of blocks) {
    spend();
    if (block.type === 'list') items.push(block);
    else if (block.type === 'heading') {
      const special = matchSpecialLine(block.text);
      if (!special) items.push(block);
      else if (special.type !== 'section') items.push({ type: 'meta', meta: special, line: block.line });
      else {
        items.push({ type: 'section', kind: special.kind, heading: special.heading, level: block.level, line: block.line });
        if (special.rest) items.push({ type: 'paragraph', lines: [special.rest], line: block.line, lone: false });
      }
    } else splitParagraph(block, items);
  }
  return items;
}

function splitParagraph(block: Extract<Block, { type: 'paragraph' }>, items: Item[]): void {
  let lines: string[] = [];
  let start = block.line;
  const flush = () => {
    if (lines.length) items.push({ type: 'paragraph', lines, line: start, lone: block.lone });
    lines = [];
  };
  block.lines.forEach((text, index) => {
    const line = block.line + index;
    const special = matchSpecialLine(text);
    if (!special) {
      if (!lines.length) start = line;
      lines.push(text);
      return;
    }
    flush();
    if (special.type !== 'section') items.push({ type: 'meta', meta: special, line });
    else {
      items.push({ type: 'section', kind: special.kind, heading: special.heading, level: null, line });
      if (special.rest) {
        lines = [special.rest];
        start = line;
      }
    }
  });
  flush();
}

/** Groups content items (header and meta items already removed) into sections. */
export function buildSections(items: Item[]): DraftSection[] {
  const headingLevels = items.flatMap((i) => (i.type === 'heading' ? [i.level] : []));
  const firstKnown = items.find((i) => i.type === 'section' && i.level !== null);
  const top =
    firstKnown?.type === 'section' && firstKnown.level !== null
      ? firstKnown.level
      : headingLevels.reduce((min, level) => Math.min(min, level), 6);

  const sections: DraftSection[] = [];
  let current: DraftSection | null = null;
  const open = (kind: SectionKind, heading: string, line: number) => {
    current = { kind, heading, line, parts: [] };
    sections.push(current);
    return current;
  };
  items.forEach((item, index) => {
    const next = items[index + 1];
    if (item.type === 'meta') return;
    if (item.type === 'section') open(item.kind, item.heading, item.line);
    else if (item.type === 'heading' && item.level <= top) open('other', headingText(item.text), item.line);
    else if (item.type === 'heading')
      (current ?? open('other', 'Présentation', item.line)).parts.push({
        type: 'sub',
        level: item.level === top + 1 ? 3 : 4,
        text: headingText(item.text),
      });
    else if (item.type === 'paragraph' && item.lone && isSubHeadingLine(item.lines[0]!)) {
      (current ?? open('other', 'Présentation', item.line)).parts.push({ type: 'sub', level: 3, text: headingText(item.lines[0]!) });
    } else if (
      item.type === 'paragraph' &&
      item.lone &&
      isTitleLine(item.lines[0]!) &&
      next &&
      (next.type === 'paragraph' || next.type === 'list')
    ) {
      open('other', headingText(item.lines[0]!), item.line);
    } else (current ?? open('other', 'Présentation', item.line)).parts.push(item);
  });
  return sections;
}
