/**
 * Imports: an HTML page → blocks. The profile content is found inside the site layout (main,
 * article, or the element around the "Dernière mise à jour" line), layout parts (nav, header, footer,
 * aside, breadcrumbs, scripts, forms) are dropped, then headings, paragraphs and lists are read.
 * Links become SPIP links (`[label->url]`) so that one inline renderer serves both formats.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { spend } from './imports.budget.ts';
import { ancestorsOf, findOutside, flattenBeyond, shortTexts, textOf, type Document, type Element, type Node } from './imports.dom.ts';
import { lineKey, matchSpecialLine } from './imports.headings.ts';
import { limitNesting } from './imports.nesting.ts';
import type { Block, ListItem } from '../imports.types.ts';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'object',
  'canvas',
  'head',
]);
const LAYOUT = new Set(['nav', 'header', 'footer', 'aside']);
const LAYOUT_CLASS = /\b(?:breadcrumbs?|ariane|share|partage|social|skip-?links?|menu|pagination|cookies?)\b/i;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'pre',
  'table',
  'tr',
  'center',
  'details',
  'summary',
  'hr',
  'fieldset',
  'body',
  'html',
]);

export interface HtmlReading {
  blocks: Block[];
  /** The page's first h1 outside the layout, when the content itself does not start with the name. */
  fallbackName: string | null;
  images: number;
  /** Tags cut out because they nested deeper than MAX_NESTING. */
  tooDeep: number;
}

/** Whether a file holds an HTML page (by extension, or a document start) rather than plain text. */
export function looksLikeHtml(text: string, fileName: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*<(?:!doctype|html|head|body)\b/i.test(text);
}

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

function isLayout(el: Element): boolean {
  const marks = `${DomUtils.getAttributeValue(el, 'class') ?? ''} ${DomUtils.getAttributeValue(el, 'id') ?? ''} ${DomUtils.getAttributeValue(el, 'role') ?? ''}`;
  return LAYOUT_CLASS.test(marks) || /\b(?:navigation|banner|contentinfo|complementary)\b/.test(marks);
}

function removeAll(root: Node[], test: (el: Element) => boolean): void {
  for (const el of DomUtils.findAll(test, root)) DomUtils.removeElement(el);
}

const HEADING_LIKE = /^(?:h[1-6]|p|strong|b|dt)$/;
const MAX_DEPTH = 100;
/** Deeper tags are cut before the DOM is built (their text is kept), so that parsing stays linear. */
export const MAX_NESTING = 400;
/** Longest text of an element that can still be a section heading (matchSpecialLine reads at most 120). */
const HEADING_TEXT_CAP = 2000;
/** Elements nested deeper than MAX_DEPTH, read as plain text (set by readHtml for its page; reading is synchronous). */
let flattened = new Map<Element, string>();

function findRoot(doc: Document): Node[] {
  const dateText = DomUtils.findAll(
    (el) => el.children.some((c) => DomUtils.isText(c) && lineKey(c.data).startsWith('derniere mise a jour')),
    doc.children,
  )[0];
  const aroundDate = dateText ? ancestorsOf([dateText]) : null;
  const contains = (el: Element) => !aroundDate || aroundDate.has(el);
  const main = DomUtils.findAll((el) => el.name === 'main' || DomUtils.getAttributeValue(el, 'role') === 'main', doc.children);
  const article = DomUtils.findAll((el) => el.name === 'article', doc.children);
  const chosen = main.find(contains) ?? article.find(contains) ?? main[0] ?? article[0];
  if (chosen) return [chosen];
  const texts = shortTexts(doc.children, HEADING_TEXT_CAP);
  const headings = DomUtils.findAll((x) => {
    const text = HEADING_LIKE.test(x.name) ? texts.get(x) : null;
    return text != null && matchSpecialLine(text)?.type === 'section';
  }, doc.children);
  const holders = ancestorsOf(headings);
  for (let el = dateText?.parent; el && DomUtils.isTag(el); el = el.parent) if (holders.has(el)) return [el];
  removeAll(doc.children, (x) => LAYOUT.has(x.name));
  return doc.children;
}

/** Reads blocks from a parsed subtree. */
class Walker {
  blocks: Block[] = [];
  images = 0;
  private lines: string[] = [''];
  private start = 0;
  private started = false;
  constructor(private readonly lineOf: (offset: number | null) => number) {}

  flush(): void {
    const lines = this.lines.map((l) => l.trim()).filter(Boolean);
    if (lines.length) this.blocks.push({ type: 'paragraph', lines, line: this.start, lone: false });
    this.lines = [''];
    this.started = false;
  }

  private append(text: string, node: Node): void {
    if (!this.started && text.trim()) {
      this.start = this.lineOf(node.startIndex);
      this.started = true;
    }
    this.lines[this.lines.length - 1] += text;
  }

  walk(nodes: Node[]): void {
    for (const node of nodes) {
      if (DomUtils.isText(node)) this.append(collapse(node.data), node);
      else if (DomUtils.isTag(node)) this.element(node);
    }
  }

  private element(el: Element): void {
    spend();
    const name = el.name;
    const flat = flattened.get(el);
    if (flat !== undefined) this.append(collapse(flat), el);
    else if (/^h[1-6]$/.test(name)) {
      this.flush();
      const text = collapse(textOf(el)).trim();
      if (text) this.blocks.push({ type: 'heading', level: Number(name[1]), text, line: this.lineOf(el.startIndex) });
    } else if (name === 'ul' || name === 'ol') {
      this.flush();
      const items = readList(el);
      if (items.length) this.blocks.push({ type: 'list', items, line: this.lineOf(el.startIndex) });
    } else if (name === 'br') this.lines.push('');
    else if (name === 'img') this.images++;
    else if (name === 'a' && linkTarget(el)) this.append(inlineText([el], []), el);
    else if (name === 'td' || name === 'th') {
      this.append(' ', el);
      this.walk(el.children);
    } else if (BLOCK.has(name)) {
      this.flush();
      this.walk(el.children);
      this.flush();
    } else this.walk(el.children);
  }
}

function linkTarget(el: Element): string | null {
  const href = (DomUtils.getAttributeValue(el, 'href') ?? '').trim();
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(href) ? href : null;
}

/** Inline text of nodes, links as SPIP links; lists met on the way are added to `lists`. */
function inlineText(nodes: Node[], lists: ListItem[]): string {
  let out = '';
  for (const node of nodes) {
    spend();
    if (DomUtils.isText(node)) out += node.data;
    else if (!DomUtils.isTag(node)) continue;
    else if (flattened.has(node)) out += ` ${flattened.get(node)} `;
    else if (node.name === 'ul' || node.name === 'ol') for (const item of readList(node)) lists.push(item);
    else if (node.name === 'br' || BLOCK.has(node.name) || /^h[1-6]$/.test(node.name)) out += ` ${inlineText(node.children, lists)} `;
    else if (node.name === 'a' && linkTarget(node)) {
      const label = collapse(inlineText(node.children, lists)).trim().replace(/\[/g, '(').replace(/\]/g, ')').replace(/->/g, '→');
      out += `[${label}->${linkTarget(node)}]`;
    } else out += inlineText(node.children, lists);
  }
  return out;
}

/** Items of a list; lists or stray content put directly inside it (invalid but seen) are kept too. */
function readList(list: Element): ListItem[] {
  const ordered = list.name === 'ol';
  const items: ListItem[] = [];
  for (const child of list.children) {
    spend();
    const flat = DomUtils.isTag(child) ? flattened.get(child) : undefined;
    if (flat !== undefined) items.push({ text: collapse(flat).trim(), children: [], ordered });
    else if (DomUtils.isTag(child) && (child.name === 'ul' || child.name === 'ol')) {
      const last = items[items.length - 1];
      for (const item of readList(child)) (last ? last.children : items).push(item);
    } else {
      const children: ListItem[] = [];
      const text = collapse(inlineText(DomUtils.isTag(child) && child.name === 'li' ? child.children : [child], children)).trim();
      if (text || children.length) items.push({ text, children, ordered });
    }
  }
  return items;
}

/** Reads the profile blocks of an HTML page. Never throws on malformed HTML. */
export function readHtml(html: string): HtmlReading {
  const starts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number | null) => {
    if (offset === null) return 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const limited = limitNesting(html, MAX_NESTING);
  const doc = parseDocument(limited.html, { withStartIndices: true });
  removeAll(doc.children, (el) => DROPPED.has(el.name));
  const h1 = findOutside(
    doc.children,
    (el) => el.name === 'h1',
    (el) => LAYOUT.has(el.name),
  )[0];
  const fallbackName = h1 ? collapse(textOf(h1)).trim() || null : null;
  const root = findRoot(doc);
  removeAll(root, (el) => (LAYOUT.has(el.name) && el.name !== 'header') || isLayout(el));
  flattened = flattenBeyond(root, MAX_DEPTH);
  const walker = new Walker(lineOf);
  walker.walk(root);
  walker.flush();
  return { blocks: walker.blocks, fallbackName, images: walker.images, tooDeep: limited.removed };
}
