/**
 * Imports: inline text → HTML. Handles what an older SPIP migration left in the pages — footnotes
 * `[[text]]` (also closed by a single bracket, as on real pages) and links `[label->url]` — and turns
 * bare URLs and e-mail addresses into links. Everything else is escaped and kept as text.
 */
import { spend } from './imports.budget.ts';

/** Page-wide footnote numbering; each section takes its own notes when it is rendered. */
export class Footnotes {
  private count = 0;
  private pending: { n: number; html: string }[] = [];

  /** Registers a note and returns its page-unique number. */
  add(html: string): number {
    this.count += 1;
    this.pending.push({ n: this.count, html });
    return this.count;
  }

  /** The footnotes block for the notes added since the last call ('' when there are none). */
  takeSection(): string {
    if (!this.pending.length) return '';
    const items = this.pending.map(({ n, html }) => `<li id="fn-${n}">${html} <a href="#fnref-${n}">↩</a></li>`);
    this.pending = [];
    return `<section class="footnotes"><ol>${items.join('')}</ol></section>`;
  }
}

export interface InlineContext {
  notes: Footnotes;
  warnings: string[];
}

export interface Inline {
  html: string;
  /** Plain text without the footnotes' content, for reading figures. */
  text: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** The href of a link target, or null when it is not a web or e-mail address (e.g. SPIP's "art12"). */
export function hrefOf(target: string): string | null {
  const t = target.trim();
  if (/^(?:https?:\/\/|mailto:)[^\s"<>]+$/i.test(t)) return t;
  if (/^www\.[^\s"<>]+\.[^\s"<>]+$/i.test(t)) return `https://${t}`;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(t)) return `mailto:${t}`;
  return null;
}

const BARE = /(?<![\p{L}\p{N}_.+@/-])(?:(?:https?:\/\/|www\.)[^\s<>"«»[\]{}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\p{L}\p{N}]))/giu;

/** Escapes text, turning bare URLs and e-mail addresses into links; "\n" becomes <br>. */
function renderText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(BARE)) {
    let url = match[0];
    while (/[.,;:!?'’)]$/.test(url) && !(url.endsWith(')') && url.includes('('))) url = url.slice(0, -1);
    const href = hrefOf(url);
    if (!href) continue;
    html += escapeHtml(text.slice(last, match.index)) + `<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\n/g, '<br>');
}

const SPIP_LINK = /\[([^[\]]*?)->([^[\]]*)\]/g;

/** Renders text that may hold SPIP links (no footnotes). */
function renderLinks(source: string): Inline {
  let html = '';
  let text = '';
  let last = 0;
  for (const match of source.matchAll(SPIP_LINK)) {
    const href = hrefOf(match[2]!);
    if (!href) continue; // kept as text, reported as leftover markup
    const label = match[1]!.trim() || match[2]!.trim();
    const before = source.slice(last, match.index);
    html += `${renderText(before)}<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
    text += `${before}${label}`;
    last = match.index + match[0].length;
  }
  const rest = source.slice(last);
  return { html: html + renderText(rest), text: text + rest };
}

/** End of the footnote opened just before `from`: index of its closing and how many brackets close it. */
function noteEnd(source: string, from: number): { at: number; width: number } | null {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    spend();
    const c = source[i];
    if (c === '[') {
      if (depth === 0 && source[i + 1] === '[') return null; // another note opens: this one is never closed
      depth++;
    } else if (c === ']') {
      if (depth > 0) depth--;
      else return { at: i, width: source[i + 1] === ']' ? 2 : 1 };
    }
  }
  return null;
}

/**
 * Renders inline text to HTML: SPIP footnotes become numbered references (their text goes to
 * `ctx.notes`), SPIP links and bare URLs become links. Unclosed or empty notes stay as text.
 */
export function renderInline(source: string, ctx: InlineContext): Inline {
  let html = '';
  let text = '';
  let last = 0;
  let search = 0;
  for (let open = source.indexOf('[[', search); open !== -1; open = source.indexOf('[[', search)) {
    spend();
    const end = noteEnd(source, open + 2);
    const body = end ? source.slice(open + 2, end.at).trim() : '';
    if (!end || !body) {
      search = open + 2;
      continue;
    }
    if (end.width === 1) ctx.warnings.push(`Note de bas de page fermée par un seul crochet, lue jusqu’à lui : « ${snippet(body)} ».`);
    const before = renderLinks(source.slice(last, open).replace(/[ \t\u00a0]+$/, ''));
    const n = ctx.notes.add(renderLinks(body).html);
    html += `${before.html}<sup id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`;
    last = search = end.at + end.width;
    text += before.text + (/^[\p{L}\p{N}]/u.test(source.slice(last)) ? ' ' : '');
  }
  const rest = renderLinks(source.slice(last));
  return { html: html + rest.html, text: text + rest.text };
}
