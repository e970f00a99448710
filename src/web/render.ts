/** Renders a Preact element tree to a complete HTML document. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page component of any props
export function renderDocument(page: VNode<any>): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}

/** Renders an element tree to markup, to keep as a fragment (see PageCache.fragment) and insert with `RawHtml`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component of any props
export function renderFragment(node: VNode<any>): string {
  return renderToString(node);
}
