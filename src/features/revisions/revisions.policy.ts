/** The one rule of who may publish without the network's review. */
import { can, type Actor } from '../../shared/access.ts';

/** A member's setting: its submissions publish at once (`direct`) or wait for the network (`review`). */
export type Moderation = 'direct' | 'review';

/** An admin publishes directly; anyone else when the content's owner is in `direct` moderation. */
export function publishesDirectly(actor: Actor | null, ownerModeration: Moderation | null): boolean {
  return can(actor, 'network.admin') || ownerModeration === 'direct';
}
