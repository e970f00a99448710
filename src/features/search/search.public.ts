/**
 * What other features may use of search/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { countScheduledContent, indexDueContent } from './search.due.ts';
export { indexMember, indexNews, indexResource } from './search.index.ts';
