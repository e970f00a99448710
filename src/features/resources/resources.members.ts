/**
 * The members a resource concerns, as the back office types them: one per line, by name (accents
 * and case ignored) or by the slug that ends its profile's address. A name that matches no member
 * gets the closest names as suggestions, in French.
 */
import type { Db } from '../../db/database.ts';
import { foldText } from '../../shared/text.ts';
import { listMemberFoldedNames, listMemberNamesBySlugs } from './resources.repository.ts';

const MAX_MEMBERS = 100;

/** The form's lines for these members: their names, in the order given. */
export async function memberLines(db: Db, slugs: string[]): Promise<string> {
  if (slugs.length === 0) return '';
  const rows = await listMemberNamesBySlugs(db, slugs);
  const names = new Map(rows.map((r) => [r.slug, r.name]));
  return slugs.flatMap((s) => (names.has(s) ? [names.get(s)!] : [])).join('\n');
}

/** Reads the form's field: the members' slugs, or the problems in French. */
export async function resolveMemberLines(db: Db, text: string): Promise<{ slugs: string[]; problems: string[] }> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (lines.length === 0) return { slugs: [], problems: [] };
  if (lines.length > MAX_MEMBERS)
    return { slugs: [], problems: [`Adhérents concernés : ${MAX_MEMBERS} au plus (${lines.length} lignes).`] };
  const members = await listMemberFoldedNames(db);
  const slugs: string[] = [];
  const problems: string[] = [];
  for (const line of lines) {
    const folded = foldText(line);
    const exact = members.filter((m) => m.slug === line || m.name_folded === folded);
    if (exact.length === 1) {
      slugs.push(exact[0]!.slug);
      continue;
    }
    if (exact.length > 1) {
      problems.push(
        `Adhérents concernés : plusieurs adhérents s’appellent « ${line} » (${exact.map((m) => m.slug).join(', ')}) ; écrivez l’adresse de celui que vous voulez.`,
      );
      continue;
    }
    const close = members
      .filter((m) => m.name_folded.includes(folded) || folded.includes(m.name_folded))
      .slice(0, 5)
      .map((m) => `« ${m.name} »`);
    problems.push(
      `Adhérents concernés : aucun adhérent ne s’appelle « ${line} »${close.length ? ` ; vouliez-vous dire ${close.join(', ')} ?` : '.'}`,
    );
  }
  return { slugs: [...new Set(slugs)], problems };
}
