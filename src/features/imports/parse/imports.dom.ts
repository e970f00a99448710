/**
 * Imports: small iterative helpers over an htmlparser2 document — text content, ancestry and a
 * depth limit — so that absurdly nested HTML cannot exhaust the call stack.
 */
import { DomUtils, type parseDocument } from 'htmlparser2';
import { spend } from './imports.budget.ts';

export type Document = ReturnType<typeof parseDocument>;
export type Node = Document['children'][number];
export type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Text of nodes in document order (entities already decoded by the parser). */
export function textOf(nodes: Node | Node[]): string {
  const stack: Node[] = (Array.isArray(nodes) ? [...nodes] : [nodes]).reverse();
  let text = '';
  while (stack.length) {
    const node = stack.pop()!;
    spend();
    if (DomUtils.isText(node)) text += node.data;
    else if (DomUtils.hasChildren(node) && !DomUtils.isComment(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return text;
}

/** Depth of each element from the given roots; elements at `max` get their whole text instead of structure. */
export function flattenBeyond(roots: Node[], max: number): Map<Element, string> {
  const flat = new Map<Element, string>();
  const stack: [Node, number][] = roots.map((n) => [n, 0]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!DomUtils.isTag(node)) continue;
    if (depth >= max) flat.set(node, textOf(node));
    else for (const child of node.children) stack.push([child, depth + 1]);
  }
  return flat;
}

/** Every ancestor (inclusive) of the given elements. */
export function ancestorsOf(elements: Element[]): Set<Node> {
  const set = new Set<Node>();
  for (const el of elements) for (let n: Node | null = el; n && !set.has(n); n = n.parent as Node | null) set.add(n);
  return set;
}

/**
 * The text of every element under `roots` whose text is at most `cap` characters (null for the
 * others), computed in one bottom-up pass: linear, where calling `textOf` on each element of a
 * deeply nested page would be quadratic.
 */
export function shortTexts(roots: Node[], cap: number): Map<Element, string | null> {
  const texts = new Map<Element, string | null>();
  const stack: [Node, boolean][] = roots.map((n) => [n, false]);
  while (stack.length) {
    const [node, childrenDone] = stack.pop()!;
    spend();
    if (!DomUtils.isTag(node)) continue;
    if (!childrenDone) {
      stack.push([node, true]);
      for (const child of node.children) stack.push([child, false]);
      continue;
    }
    let text: string | null = '';
    for (const child of node.children) {
      const part = DomUtils.isText(child) ? child.data : DomUtils.isTag(child) ? texts.get(child)! : '';
      if (part === null || text.length + part.length > cap) {
        text = null;
        break;
      }
      text += part;
    }
    texts.set(node, text);
  }
  return texts;
}

/** Elements under `roots` that pass `test` and have no ancestor (under the roots) that passes `excluded`; linear. */
export function findOutside(roots: Node[], test: (el: Element) => boolean, excluded: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [...roots].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!DomUtils.isTag(node)) continue;
    if (test(node)) found.push(node);
    if (excluded(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return found;
}
