/** Small views of members that other features' pages show too. */
import { MEMBER_KIND_LABELS, type MemberKind } from './members.schemas.ts';

/** The coloured label of a member kind (one colour per kind, everywhere). */
export function KindBadge(props: { kind: MemberKind }) {
  return <span class={`kind-badge kind-${props.kind}`}>{MEMBER_KIND_LABELS[props.kind].one}</span>;
}
