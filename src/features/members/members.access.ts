/** The access rule of back-office routes about one member, named by a parameter of their URL. */
import type { Db } from '../../db/database.ts';
import type { Permission } from '../../shared/access.ts';
import { findMemberBySlug } from './members.repository.ts';

/**
 * `{ permission, memberParam, findMember }` for `protectedRoute`: the guard finds the member once
 * (an unknown slug is a 404 for admins, a 403 for others) and hands its row to the handler.
 */
export function memberAccess<P extends Permission>(db: Db, permission: P, param = 'slug') {
  return { permission, memberParam: param, findMember: (slug: string) => findMemberBySlug(db, slug) };
}
