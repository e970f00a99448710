/** The network's themes ("thématiques"), ordered by position; news (and later resources) link to them. */
import type { Generated, Selectable } from 'kysely';

export interface ThemesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  position: number;
}

export type ThemeRow = Selectable<ThemesTable>;
