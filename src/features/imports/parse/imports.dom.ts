/**
 * Imports: small iterative helpers over an htmlparser2 document — text content, ancestry and a
 * depth limit — so that absurdly nested HTML cannot exhaust the call stack.
 */
import { DomUtils, type parseDocument } from 'htmlparser2';

export type Document = ReturnType<typeof parseDocument>;
export type Node = Document['children'][number];
export type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Text of nodes in document order (entities already decoded by the parser). */
export function textOf(nodes: Node | Node[]): string {
  const stack: Node[] = (Array.isArray(nodes) ? [...nodes] : [nodes]).reverse();
  let text = '';
  while (stack.length) {
    const node = stack.pop()!;
    if (DomUtils.isText(node)) text += node.data;
    else if (DomUtils.hasChildren(node) && !DomUtils.isComment(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return text;
}

/** Whether `node` is `ancestor` or inside it. */
export function isInside(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parent as Node | null) if (n === ancestor) return true;
  return false;
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
