/**
 * Footnotes across the rich-text sections of one page. Each section is edited on its own and
 * numbers its notes from 1 (`<sup id="fnref-1"><a href="#fn-1">1</a></sup>` in the text,
 * `<li id="fn-1">… <a href="#fnref-1">↩</a></li>` in a `<section class="footnotes"><ol>` at
 * its end), so a page showing several sections needs its ids made unique and its numbers
 * sequential. The HTML is expected sanitized (shared/html.ts); entities are kept as they are.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

const PARSE = { decodeEntities: false } as const;

/**
 * Renumbers the footnotes of a page's sections in reading order: fn-1…fn-N over the whole page,
 * notes listed in the order of their references, one notes block at the end of each section.
 * Notes whose reference is gone and references whose note is gone are dropped; a second
 * reference to the same note shows the same number (without an id, ids staying unique).
 */
export function renumberFootnotes(sectionsHtml: string[]): string[] {
  let counter = 0;
  return sectionsHtml.map((html) => {
    if (!/fn-|footnotes/.test(html)) return html;
    const doc = parseDocument(html, PARSE);
    const blocks = DomUtils.findAll((el) => el.name === 'section' && hasClass(el, 'footnotes'), doc.children);
    const notes = new Map<string, Element>();
    for (const block of blocks) {
      for (const li of DomUtils.findAll((el) => el.name === 'li', block.children)) {
        const key = /^fn-(.+)$/.exec(DomUtils.getAttributeValue(li, 'id') ?? '')?.[1];
        if (key !== undefined && !notes.has(key)) notes.set(key, li);
      }
    }
    const ordered: Element[] = [];
    const numbers = new Map<string, number>();
    const refs = DomUtils.findAll((el) => el.name === 'sup' && !insideAny(el, blocks) && referenceKey(el) !== undefined, doc.children);
    for (const sup of refs) {
      const key = referenceKey(sup)!;
      const note = notes.get(key);
      if (!note) {
        DomUtils.removeElement(sup);
        continue;
      }
      let n = numbers.get(key);
      if (n === undefined) {
        n = ++counter;
        numbers.set(key, n);
        ordered.push(note);
        setReference(sup, n, true);
        setNote(note, n);
      } else {
        setReference(sup, n, false);
      }
    }
    for (const block of blocks) DomUtils.removeElement(block);
    let out = DomUtils.getOuterHTML(doc.children as Node[], PARSE);
    if (ordered.length) {
      out += `<section class="footnotes"><ol>${ordered.map((li) => DomUtils.getOuterHTML(li, PARSE)).join('')}</ol></section>`;
    }
    return out;
  });
}

function hasClass(el: Element, name: string): boolean {
  return (DomUtils.getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(name);
}

function insideAny(node: Node, ancestors: Element[]): boolean {
  for (let n: Node | null = node; n; n = n.parent as Node | null) if (ancestors.includes(n as Element)) return true;
  return false;
}

/** The note key a `<sup>` points to (`#fn-KEY` on its link), if it is a footnote reference. */
function referenceKey(sup: Element): string | undefined {
  const link = DomUtils.findOne((el) => el.name === 'a', sup.children);
  return link ? /^#fn-(.+)$/.exec(DomUtils.getAttributeValue(link, 'href') ?? '')?.[1] : undefined;
}

function setReference(sup: Element, n: number, withId: boolean): void {
  if (withId) sup.attribs.id = `fnref-${n}`;
  else delete sup.attribs.id;
  const link = DomUtils.findOne((el) => el.name === 'a', sup.children)!;
  link.attribs.href = `#fn-${n}`;
  setText(link, String(n));
}

function setNote(li: Element, n: number): void {
  li.attribs.id = `fn-${n}`;
  const back = DomUtils.findAll((el) => el.name === 'a' && /^#fnref-/.test(DomUtils.getAttributeValue(el, 'href') ?? ''), li.children);
  if (back.length) for (const a of back) a.attribs.href = `#fnref-${n}`;
  else {
    // A note without its way back gets one, as the editor writes it.
    DomUtils.appendChild(li, textNode(' '));
    DomUtils.appendChild(li, parseDocument(`<a href="#fnref-${n}">↩</a>`, PARSE).children[0] as Node);
  }
}

function setText(el: Element, text: string): void {
  for (const child of [...el.children]) DomUtils.removeElement(child);
  DomUtils.appendChild(el, textNode(text));
}

function textNode(text: string): Node {
  return parseDocument(text, PARSE).children[0] as Node;
}
