/** What changed between two versions of a news item, field by field, in the shape the diff view shows. */
import { formatDateTime } from '../../../web/format.ts';
import { fieldDiff, type SectionDiff, type VersionDiff } from '../../revisions/revisions.public.ts';
import type { NewsSnapshot } from '../news.content.ts';

const FIELDS: [string, (s: NewsSnapshot) => string, ('text' | 'html')?][] = [
  ['Titre', (s) => s.title],
  ['Résumé', (s) => s.summary],
  ['Texte', (s) => s.bodyHtml, 'html'],
  ['Date de publication', (s) => (s.publishedAt ? formatDateTime(s.publishedAt) : 'à la publication')],
  ['Image', (s) => (s.image ? `image ${s.image.sha256.slice(0, 8)} — texte alternatif : « ${s.image.alt} »` : '')],
  ['Adhérents liés', (s) => s.members.map((m) => m.name).join(', ')],
  ['Thématiques', (s) => s.themes.map((t) => t.name).join(', ')],
];

/** The diff of `after` against `before` (null: a new item, everything is added). */
export function diffNews(before: NewsSnapshot | null, after: NewsSnapshot): VersionDiff {
  const sections: SectionDiff[] = FIELDS.map(([heading, read, format]) =>
    fieldDiff(heading, before ? read(before) : '', read(after), format),
  );
  return { sections, figures: [], website: null, changed: sections.some((s) => s.status !== 'same') };
}
