/**
 * The network's themes: create, rename and describe, reorder, delete (refused while in use).
 * Every change is written to the audit log. A theme keeps its slug when renamed, so that its
 * address stays stable.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { slugify } from '../../shared/text.ts';
import { audit } from '../accounts/accounts.public.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { moveInOrder } from '../../shared/order.ts';
import * as repo from './themes.repository.ts';
import type { ThemeRow } from './themes.table.ts';

export interface ThemeInput {
  name: string;
  description: string;
}

function normalize(input: ThemeInput): ThemeInput {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const description = input.description.trim().replace(/\s+/g, ' ');
  const problems: string[] = [];
  if (name.length < 2) problems.push('Nom : donnez un nom à la thématique.');
  if (name.length > 80) problems.push('Nom : 80 caractères au plus.');
  if (description.length > 500) problems.push('Description : 500 caractères au plus.');
  if (problems.length) throw new InvalidInput(problems);
  return { name, description };
}

async function themeOrThrow(db: Db, id: number): Promise<ThemeRow> {
  const theme = await repo.findTheme(db, id);
  if (!theme) throw notFound('Cette thématique n’existe pas (ou plus).');
  return theme;
}

export async function createTheme(db: Db, actor: Actor, input: ThemeInput): Promise<number> {
  const { name, description } = normalize(input);
  const base = slugify(name) || 'thematique';
  let slug = base;
  for (let n = 2; await repo.slugTaken(db, slug); n++) slug = `${base}-${n}`;
  const id = await repo.insertTheme(db, { slug, name, description });
  await audit(db, actor, { action: 'theme.created', target: { type: 'theme', id: slug }, summary: `Thématique « ${name} » créée.` });
  await bumpContentVersion(db);
  return id;
}

export async function changeTheme(db: Db, actor: Actor, id: number, input: ThemeInput): Promise<void> {
  const theme = await themeOrThrow(db, id);
  const { name, description } = normalize(input);
  if (name === theme.name && description === theme.description) return;
  await repo.updateTheme(db, id, { name, description });
  const what = name !== theme.name ? `renommée « ${name} »` : 'description modifiée';
  await audit(db, actor, {
    action: 'theme.changed',
    target: { type: 'theme', id: theme.slug },
    summary: `Thématique « ${theme.name} » : ${what}.`,
  });
  await bumpContentVersion(db);
}

/** Moves a theme one place up or down (positions are renumbered 1…n). */
export async function moveTheme(db: Db, actor: Actor, id: number, direction: 'up' | 'down'): Promise<void> {
  const theme = await themeOrThrow(db, id);
  const { writes, place } = moveInOrder(await repo.listThemes(db), id, direction);
  if (writes.length === 0) return;
  for (const w of writes) await repo.updateTheme(db, w.id, { position: w.position });
  await audit(db, actor, {
    action: 'theme.moved',
    target: { type: 'theme', id: theme.slug },
    summary: `Thématique « ${theme.name} » placée en position ${place}.`,
  });
  await bumpContentVersion(db);
}

/** Deletes a theme that nothing uses; a theme in use is refused with what uses it. */
export async function removeTheme(db: Db, actor: Actor, id: number): Promise<ThemeRow> {
  const theme = await themeOrThrow(db, id);
  const uses = await repo.themeUsage(db, id);
  if (uses.news + uses.resources > 0) {
    const one = uses.news + uses.resources === 1;
    throw new AppError(
      'conflict',
      `La thématique « ${theme.name} » est utilisée par ${usesLabel(uses).replace(/^1 /, one ? 'une ' : '1 ')} : retirez-la d’abord ${one ? 'de ce contenu' : 'de ces contenus'}, ou renommez-la plutôt que de la supprimer.`,
    );
  }
  await repo.deleteTheme(db, id);
  await audit(db, actor, {
    action: 'theme.deleted',
    target: { type: 'theme', id: theme.slug },
    summary: `Thématique « ${theme.name} » supprimée.`,
  });
  await bumpContentVersion(db);
  return theme;
}

/** "aucun contenu", "2 actualités, 1 ressource" */
export function usesLabel(uses: { news: number; resources: number }): string {
  const parts = [
    uses.news ? `${uses.news} actualité${uses.news > 1 ? 's' : ''}` : '',
    uses.resources ? `${uses.resources} ressource${uses.resources > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'aucun contenu';
}
