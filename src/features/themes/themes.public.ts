/**
 * What other features may use of themes/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { findThemeBySlug, listNewsThemes, listThemeLinks, listThemes, listThemesBySlugs } from './themes.repository.ts';
export { type ThemeRow } from './themes.table.ts';
