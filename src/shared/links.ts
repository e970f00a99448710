/**
 * Addresses of public pages that pages of other features link to, so that a link does not make a
 * feature depend on the one that serves the page.
 */

/** Members compared at most at once (/comparer): beyond six, columns and bars stop being readable. */
export const COMPARE_MAX = 6;

/** The `membres` parameter of a comparison: slugs joined by commas. */
export const selectionQuery = (slugs: string[]) => `membres=${slugs.map(encodeURIComponent).join(',')}`;

/** The comparison of these members. */
export const comparePath = (slugs: string[]) => `/comparer?${selectionQuery(slugs)}`;
