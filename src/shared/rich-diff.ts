/**
 * What changed between two rich-text fragments (or two plain texts), kept in their structure:
 * blocks (paragraphs, list items, headings, quotes, table cells) are aligned first, then, inside a
 * block that changed, words with their formatting (bold, italics, links). A word put in bold, or a
 * link whose address changes, is a change the words alone would not show. Alignment is the `diff`
 * package's (Myers); a comparison that would take too long shows the blocks removed and added whole.
 */
import { diffArrays, type ChangeObject } from 'diff';
import { Parser } from 'htmlparser2';

export type Op = 'same' | 'add' | 'del';

/** Inline formatting a word carries, outermost first. */
export interface Mark {
  tag: 'strong' | 'em' | 'u' | 'sup' | 'sub' | 'a';
  href?: string;
}

/** A run of words with one operation and one formatting. */
export interface Piece {
  op: Op;
  text: string;
  marks: Mark[];
}

export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'cell';

export interface BlockDiff {
  kind: BlockKind;
  status: 'same' | 'changed' | 'added' | 'removed';
  pieces: Piece[];
}

interface Token {
  text: string;
  marks: Mark[];
  key: string;
}

interface Block {
  kind: BlockKind;
  tokens: Token[];
  key: string;
}

/** Beyond this (ms), an alignment gives up and shows removal then addition. */
const TIMEOUT_MS = 300;

const BLOCK_KINDS: Record<string, BlockKind> = {
  p: 'p',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  li: 'li',
  blockquote: 'quote',
  td: 'cell',
  th: 'cell',
  caption: 'cell',
};
const MARK_TAGS: Record<string, Mark['tag']> = { strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'u', sup: 'sup', sub: 'sub', a: 'a' };

const marksKey = (marks: Mark[]) => marks.map((m) => (m.href === undefined ? m.tag : `${m.tag}:${m.href}`)).join('>');

function tokensOf(text: string, marks: Mark[]): Token[] {
  const mk = marksKey(marks);
  return text
    .split(/(\s+)/)
    .filter((w) => w !== '')
    .map((w) => {
      const word = /^\s+$/.test(w) ? ' ' : w;
      return { text: word, marks, key: `${mk}|${word}` };
    });
}

function block(kind: BlockKind, tokens: Token[]): Block | null {
  // Spaces at the edges of a block are not content.
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]!.text === ' ') start++;
  while (end > start && tokens[end - 1]!.text === ' ') end--;
  const kept = tokens.slice(start, end);
  return kept.length ? { kind, tokens: kept, key: `${kind}#${kept.map((t) => t.key).join('\u0000')}` } : null;
}

/** The blocks of an HTML fragment (sanitized HTML: the allowlist of shared/html.ts). */
export function blocksOfHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const kinds: BlockKind[] = [];
  const marks: Mark[] = [];
  let tokens: Token[] = [];
  const flush = () => {
    const b = block(kinds.at(-1) ?? 'p', tokens);
    if (b) blocks.push(b);
    tokens = [];
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const kind = BLOCK_KINDS[name];
        if (kind) {
          flush();
          kinds.push(kind);
        } else if (MARK_TAGS[name]) {
          marks.push(name === 'a' ? { tag: 'a', href: attribs.href ?? '' } : { tag: MARK_TAGS[name] });
        } else if (name === 'br') {
          tokens.push(...tokensOf(' ', marks.slice()));
        } else if (['ul', 'ol', 'table', 'tr', 'section'].includes(name)) flush();
      },
      ontext(text) {
        tokens.push(...tokensOf(text, marks.slice()));
      },
      onclosetag(name) {
        if (BLOCK_KINDS[name]) {
          flush();
          kinds.pop();
        } else if (MARK_TAGS[name]) {
          for (let at = marks.length - 1; at >= 0; at--) {
            if (marks[at]!.tag === MARK_TAGS[name]) {
              marks.splice(at, 1);
              break;
            }
          }
        } else if (['ul', 'ol', 'table', 'tr', 'section'].includes(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** The blocks of a plain text: one paragraph per line. */
export function blocksOfText(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((line) => block('p', tokensOf(line, [])))
    .filter((b): b is Block => b !== null);
}

/** Aligns two sequences; null when it took too long. */
function align<T extends { key: string }>(a: T[], b: T[]): ChangeObject<T[]>[] | null {
  return diffArrays(a, b, { comparator: (x, y) => x.key === y.key, timeout: TIMEOUT_MS }) ?? null;
}

function piecesOf(op: Op, tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  for (const t of tokens) {
    const last = pieces.at(-1);
    if (last && last.op === op && marksKey(last.marks) === marksKey(t.marks)) last.text += t.text;
    else pieces.push({ op, text: t.text, marks: t.marks });
  }
  return pieces;
}

/**
 * Word diff inside one block. Changes separated only by a space or a single word read as one
 * removal then one addition ("old sentence" → "new sentence") rather than word by word.
 */
function diffTokens(a: Token[], b: Token[]): Piece[] {
  const changes = align(a, b) ?? [
    { value: a, added: false, removed: true, count: a.length },
    { value: b, added: true, removed: false, count: b.length },
  ];
  const out: { op: Op; tokens: Token[] }[] = [];
  let dels: Token[] = [];
  let adds: Token[] = [];
  const flush = () => {
    if (dels.length) out.push({ op: 'del', tokens: dels });
    if (adds.length) out.push({ op: 'add', tokens: adds });
    dels = [];
    adds = [];
  };
  changes.forEach((c, i) => {
    if (c.removed) dels.push(...c.value);
    else if (c.added) adds.push(...c.value);
    else {
      const next = changes[i + 1];
      // A space, or one word, between two changes reads better inside them.
      const short = c.value.filter((t) => t.text !== ' ').length <= 1;
      if ((dels.length || adds.length) && short && next && (next.added || next.removed)) {
        dels.push(...c.value);
        adds.push(...c.value);
      } else {
        flush();
        out.push({ op: 'same', tokens: c.value });
      }
    }
  });
  flush();
  return out.flatMap((run) => piecesOf(run.op, run.tokens));
}

/** Share of words two blocks have in common (0 to 1), to pair a removed block with its rewrite. */
function likeness(a: Block, b: Block): number {
  const words = (x: Block) => x.tokens.filter((t) => t.text !== ' ').map((t) => t.text.toLowerCase());
  const left = words(a);
  const right = words(b);
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common / Math.max(left.length, right.length, 1);
}

const whole = (status: 'same' | 'added' | 'removed', b: Block): BlockDiff => ({
  kind: b.kind,
  status,
  pieces: piecesOf(status === 'same' ? 'same' : status === 'added' ? 'add' : 'del', b.tokens),
});

/** Pairs each removed block with a later added one that resembles it (a rewrite), in order. */
function pairUp(removed: Block[], added: Block[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let j = 0;
  for (const r of removed) {
    const match = added.findIndex((a, k) => k >= j && a.kind === r.kind && likeness(r, a) >= 0.4);
    if (match < 0) {
      out.push(whole('removed', r));
      continue;
    }
    for (; j < match; j++) out.push(whole('added', added[j]!));
    out.push({ kind: r.kind, status: 'changed', pieces: diffTokens(r.tokens, added[match]!.tokens) });
    j = match + 1;
  }
  for (; j < added.length; j++) out.push(whole('added', added[j]!));
  return out;
}

/** The diff of two block sequences, in the order of the new one. */
export function diffBlocks(before: Block[], after: Block[]): BlockDiff[] {
  const changes = align(before, after) ?? [
    { value: before, added: false, removed: true, count: before.length },
    { value: after, added: true, removed: false, count: after.length },
  ];
  const out: BlockDiff[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  for (const c of changes) {
    if (c.removed) removed.push(...c.value);
    else if (c.added) added.push(...c.value);
    else {
      out.push(...pairUp(removed, added));
      removed = [];
      added = [];
      out.push(...c.value.map((b) => whole('same', b)));
    }
  }
  out.push(...pairUp(removed, added));
  return out;
}

export const diffHtml = (before: string, after: string) => diffBlocks(blocksOfHtml(before), blocksOfHtml(after));
export const diffText = (before: string, after: string) => diffBlocks(blocksOfText(before), blocksOfText(after));

/** True when any block changed. */
export const hasChanges = (blocks: BlockDiff[]) => blocks.some((b) => b.status !== 'same');
