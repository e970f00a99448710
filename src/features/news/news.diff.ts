/** What changed between two versions of a news item, field by field, in the shape the diff view shows. */
import { diffWords, hasChanges } from '../../shared/diff.ts';
import { htmlToText } from '../../shared/html.ts';
import { formatDateTime } from '../../web/format.ts';
import type { SectionDiff, VersionDiff } from '../revisions/revisions.diff.ts';
import type { NewsSnapshot } from './news.content.ts';

const FIELDS: [string, (s: NewsSnapshot) => string][] = [
  ['Titre', (s) => s.title],
  ['Résumé', (s) => s.summary],
  ['Texte', (s) => htmlToText(s.bodyHtml)],
  ['Date de publication', (s) => (s.publishedAt ? formatDateTime(s.publishedAt) : 'à la publication')],
  ['Image', (s) => (s.image ? `image ${s.image.sha256.slice(0, 8)} — texte alternatif : « ${s.image.alt} »` : '')],
  ['Adhérents liés', (s) => s.members.map((m) => m.name).join(', ')],
  ['Thématiques', (s) => s.themes.map((t) => t.name).join(', ')],
];

/** The diff of `after` against `before` (null: a new item, everything is added). */
export function diffNews(before: NewsSnapshot | null, after: NewsSnapshot): VersionDiff {
  const sections: SectionDiff[] = FIELDS.map(([heading, read]) => {
    const a = before ? read(before) : '';
    const b = read(after);
    if (!a && !b) return { heading, status: 'same', parts: [] };
    if (!a) return { heading, status: 'added', parts: [{ op: 'add', text: b }] };
    if (!b) return { heading, status: 'removed', parts: [{ op: 'del', text: a }] };
    const parts = diffWords(a, b);
    return {
      heading,
      status: hasChanges(parts) || (heading === 'Texte' && before!.bodyHtml !== after.bodyHtml) ? 'changed' : 'same',
      parts,
    };
  });
  return { sections, figures: [], website: null, changed: sections.some((s) => s.status !== 'same') };
}
