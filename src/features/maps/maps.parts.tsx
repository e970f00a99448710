/** Pieces shared by the maps: the figure with its caption and attribution, the kind legend. */
import type { ComponentChildren } from 'preact';
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';

/** The attribution of the boundaries, shown under every map. */
export const MAP_ATTRIBUTION = 'Contours : IGN Admin Express 2018 via france-geojson, Licence Ouverte';

/** A map in a figure: caption above, attribution (and notes) below. */
export function MapFigure(props: { class?: string; caption: ComponentChildren; children: ComponentChildren; notes?: ComponentChildren }) {
  return (
    <figure class={`map-figure ${props.class ?? ''}`.trim()}>
      <figcaption>{props.caption}</figcaption>
      {props.children}
      {props.notes}
      <p class="map-source">{MAP_ATTRIBUTION}.</p>
    </figure>
  );
}

/** The legend of member kinds, in the colours the whole site uses. */
export function KindLegend(props: { kinds?: readonly MemberKind[] }) {
  return (
    <ul class="map-legend">
      {(props.kinds ?? MEMBER_KINDS).map((kind) => (
        <li class={`kind-${kind}`}>
          <svg class="map-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            {kind === 'commune' ? <circle cx="8" cy="8" r="6" /> : <rect x="1" y="1" width="14" height="14" rx="2" />}
          </svg>
          {MEMBER_KIND_LABELS[kind].many}
          {kind === 'commune' ? ' (points)' : ''}
        </li>
      ))}
    </ul>
  );
}
