/**
 * What other features may use of news/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { NewsCard } from './news.components.tsx';
export { newsModerationQueue } from './admin/news.editing.ts';
export { readUpload } from './admin/news.form.ts';
export { addNewsThemes, listDemoNewsTexts, listNewsSlugs } from './news.repository.ts';
export { createNews, getNewsPage, latestNewsChange, type NewsItem } from './news.service.ts';
