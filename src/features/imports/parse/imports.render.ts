/**
 * Imports: draft sections → sanitized HTML, with each section's footnotes at its end, and the plain
 * text of each paragraph and list item (for reading key figures).
 */
import { spend } from './imports.budget.ts';
import { sanitizeRichText } from '../../../shared/html.ts';
import { renderInline, type InlineContext } from './imports.spip.ts';
import type { DraftSection } from './imports.sections.ts';
import type { ListItem } from '../imports.types.ts';

export interface RenderedSection {
  kind: DraftSection['kind'];
  heading: string;
  html: string;
  /** Plain text of each paragraph and list item, footnotes left out. */
  texts: string[];
}

function renderList(items: ListItem[], ctx: InlineContext, texts: string[]): string {
  const tag = items[0]?.ordered ? 'ol' : 'ul';
  const lis = items.map((item) => {
    const inline = renderInline(item.text, ctx);
    texts.push(inline.text);
    const nested = item.children.length ? renderList(item.children, ctx, texts) : '';
    return `<li>${inline.html}${nested}</li>`;
  });
  return `<${tag}>${lis.join('')}</${tag}>`;
}

/** Renders one section; footnote numbers continue across the sections of a page (shared `ctx`). */
export function renderSection(section: DraftSection, ctx: InlineContext): RenderedSection {
  const texts: string[] = [];
  const html: string[] = [];
  for (const part of section.parts) {
    spend();
    if (part.type === 'sub') {
      const inline = renderInline(part.text, ctx);
      texts.push(inline.text);
      html.push(`<h${part.level}>${inline.html}</h${part.level}>`);
    } else if (part.type === 'heading') {
      const inline = renderInline(part.text, ctx);
      texts.push(inline.text);
      html.push(`<h3>${inline.html}</h3>`);
    } else if (part.type === 'list') html.push(renderList(part.items, ctx, texts));
    else if (part.type === 'paragraph') {
      const inline = renderInline(part.lines.join('\n'), ctx);
      texts.push(inline.text);
      html.push(`<p>${inline.html}</p>`);
    }
  }
  html.push(ctx.notes.takeSection());
  return { kind: section.kind, heading: section.heading, html: sanitizeRichText(html.join('')), texts };
}
