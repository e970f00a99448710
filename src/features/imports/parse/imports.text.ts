/**
 * Imports: plain text → blocks. Paragraphs are runs of non-blank lines (each line kept); list items
 * start with "•", "-", "*", "–" or SPIP's "-*" / "-**" / "-#", nesting by indentation or star count,
 * and a blank line between items does not end the list.
 */
import { spend } from './imports.budget.ts';
import type { Block, ListItem } from '../imports.types.ts';

const BULLET = /^([ \t\u00a0\u202f]*)(?:-([*#]+)|[•\-*–—·▪◦●■➢►])[ \t\u00a0\u202f]+(\S.*)$/u;

interface OpenList {
  items: ListItem[];
  stack: { indent: number; item: ListItem }[];
  line: number;
}

function indentWidth(space: string): number {
  let width = 0;
  for (const c of space) width += c === '\t' ? 4 : 1;
  return width;
}

const MAX_DEPTH = 8;

function addItem(list: OpenList, indent: number, item: ListItem): void {
  while (list.stack.length && list.stack[list.stack.length - 1]!.indent >= indent) list.stack.pop();
  while (list.stack.length >= MAX_DEPTH) list.stack.pop(); // deeper items become siblings at the last level
  const parent = list.stack[list.stack.length - 1];
  (parent ? parent.item.children : list.items).push(item);
  list.stack.push({ indent, item });
}

/** Splits plain text into paragraphs and (nested) lists, with their 1-based line numbers. */
export function readPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  let para: { lines: string[]; line: number; startsGroup: boolean } | null = null;
  let list: OpenList | null = null;
  let previousBlank = true;

  const flushPara = (endsGroup: boolean) => {
    if (para)
      blocks.push({
        type: 'paragraph',
        lines: para.lines,
        line: para.line,
        lone: para.startsGroup && endsGroup && para.lines.length === 1,
      });
    para = null;
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', items: list.items, line: list.line });
    list = null;
  };

  text.split('\n').forEach((raw, index) => {
    spend();
    const line = raw.trimEnd();
    if (!line.trim()) {
      flushPara(true);
      previousBlank = true;
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushPara(false);
      list ??= { items: [], stack: [], line: index + 1 };
      const stars = bullet[2] ?? '';
      const indent = stars ? (stars.length - 1) * 4 : indentWidth(bullet[1]!);
      addItem(list, indent, { text: bullet[3]!, children: [], ordered: stars.startsWith('#') });
    } else if (list && !previousBlank && /^\s/.test(line) && list.stack.length) {
      const last = list.stack[list.stack.length - 1]!.item;
      last.text += ` ${line.trim()}`;
    } else {
      flushList();
      if (para) para.lines.push(line.trim());
      else para = { lines: [line.trim()], line: index + 1, startsGroup: previousBlank };
    }
    previousBlank = false;
  });
  flushPara(true);
  flushList();
  return blocks;
}
