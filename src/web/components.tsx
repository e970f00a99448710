/** Small components shared by public pages. */
import { MEMBER_KIND_LABELS, type MemberKind } from '../shared/member-kinds.ts';
import { formatNumber } from './format.ts';

/** Builds `path?query` from parameters, leaving out empty ones (shareable filter URLs). */
export function urlWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Numbered pagination; `href(n)` builds the URL of page n. */
export function Pagination(props: { page: number; pageCount: number; href: (page: number) => string; label?: string }) {
  const { page, pageCount, href } = props;
  if (pageCount <= 1) return null;
  const pages = new Set<number>([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const shown = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1) items.push('gap');
    items.push(p);
  });
  return (
    <nav class="pagination" aria-label={props.label ?? 'Pagination'}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ← Précédente<span class="visually-hidden"> page</span>
            </a>
          </li>
        )}
        {items.map((item) =>
          item === 'gap' ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a href={href(item)} aria-current={item === page ? 'page' : undefined}>
                <span class="visually-hidden">Page </span>
                {formatNumber(item)}
              </a>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              Suivante<span class="visually-hidden"> page</span> →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Marks demo content. */
export function DemoBadge() {
  return <span class="demo-badge">Exemple</span>;
}

/** The coloured label of a member kind (one colour per kind, everywhere). */
export function KindBadge(props: { kind: MemberKind }) {
  return <span class={`kind-badge kind-${props.kind}`}>{MEMBER_KIND_LABELS[props.kind].one}</span>;
}

/** Markup rendered earlier and kept (a fragment of the page cache, see renderFragment), inserted as is in a `div`. */
export function RawHtml(props: { html: string; class?: string }) {
  return <div class={props.class} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
