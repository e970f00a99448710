/**
 * Who may write which news: the network's staff any item, linked to any members; a member's
 * editor the items their member owns, linked to their member only. Built on the one `can` check.
 */
import { can, type Actor } from '../accounts/accounts.public.ts';
import type { NewsRow } from './news.table.ts';

/** Whether the actor may edit (draft, submit) this item. */
export function canEditNews(actor: Actor, news: Pick<NewsRow, 'member_id'>): boolean {
  if (can(actor, 'network.admin')) return true;
  return news.member_id !== null && can(actor, 'member.edit', { memberId: news.member_id });
}

/** Whether the actor may link an item to these members (editors: their own member, or links the item already has). */
export function canLinkMembers(actor: Actor, memberIds: number[], alreadyLinked: number[] = []): boolean {
  return can(actor, 'network.admin') || memberIds.every((id) => alreadyLinked.includes(id) || can(actor, 'member.edit', { memberId: id }));
}
