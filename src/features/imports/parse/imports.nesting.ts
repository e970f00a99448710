/**
 * Imports: bounds how deeply HTML elements nest before the page reaches htmlparser2's Parser,
 * whose stack of open elements costs time proportional to its depth for every tag (50,000 nested
 * `<b>` took a minute). One linear pass of htmlparser2's own Tokenizer counts the open elements;
 * tags that would open beyond `maxDepth` (and the closing tags that match them) are cut out, and
 * their text stays where it was, in the deepest element kept.
 */
import { Tokenizer } from 'htmlparser2';

/** Elements that never hold content (htmlparser2's list), so never deepen the tree. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements that an opening sibling of the same name closes (`<li>a<li>b`), as browsers do. */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'p', 'option', 'td', 'th', 'tr', 'dt', 'dd']);

export interface NestingLimit {
  html: string;
  /** Opening tags removed (their closing tags go too), 0 when the page was within the limit. */
  removed: number;
}

/** Returns `html` with no element nested deeper than `maxDepth`; linear in the length of the page. */
export function limitNesting(html: string, maxDepth: number): NestingLimit {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const cuts: [number, number][] = [];
  /** Opening tags cut since the depth reached the limit, and not yet closed. */
  let excess = 0;
  let removed = 0;
  let tagStart = 0;
  let tagName = '';
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
  };
  // htmlparser2 reads `<b/>` in HTML as an opening tag: so does this count.
  const openEnd = (end: number) => {
    if (VOID.has(tagName)) return;
    if (SELF_CLOSING_SIBLINGS.has(tagName) && open[open.length - 1] === tagName && excess === 0) pop();
    if (excess > 0 || open.length >= maxDepth) {
      excess++;
      removed++;
      cuts.push([tagStart, end + 1]);
      return;
    }
    open.push(tagName);
    openCount.set(tagName, (openCount.get(tagName) ?? 0) + 1);
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
      },
      onopentagend: openEnd,
      onselfclosingtag: openEnd,
      onclosetag(start, end) {
        const close = html.indexOf('>', end);
        const stop = close === -1 ? html.length : close + 1;
        if (excess > 0) {
          excess--;
          cuts.push([start - 2, stop]);
          return;
        }
        const name = html.slice(start, end).toLowerCase();
        if (!openCount.get(name)) return;
        while (open.length && open[open.length - 1] !== name) pop();
        pop();
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (!cuts.length) return { html, removed: 0 };
  const parts: string[] = [];
  let from = 0;
  for (const [start, stop] of cuts) {
    parts.push(html.slice(from, start));
    from = stop;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), removed };
}
