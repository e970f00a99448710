/** Renders a Preact element tree to a complete HTML document. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode<any>): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}
