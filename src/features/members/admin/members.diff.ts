/** What changed between two versions of a profile, section by section, figure by figure. */
import type { ProfileContent } from './members.editing.ts';
import { FIGURE_DEFINITIONS, SECTION_HEADINGS } from '../members.schemas.ts';
import type { ProfileSnapshot } from '../members.revisions.ts';
import { fieldDiff, type FigureDiff, type SectionDiff, type VersionDiff } from '../../revisions/revisions.public.ts';

type SectionOf = ProfileSnapshot['sections'][number];

const headingOf = (s: SectionOf) => s.heading ?? (s.kind === 'other' ? 'Informations complémentaires' : SECTION_HEADINGS[s.kind]);
/** Sections are matched by kind (canonical ones) or heading (free ones). */
const keyOf = (s: SectionOf) => (s.kind === 'other' ? `other:${(s.heading ?? '').toLowerCase()}` : s.kind);

function figureText(f: ProfileSnapshot['figures'][number] | undefined): string | null {
  if (!f) return null;
  return `${f.value.toLocaleString('fr-FR')} ${f.unit}${f.year ? ` (${f.year})` : ''}${f.source ? ` — ${f.source}` : ''}`;
}

export function diffProfiles(before: ProfileContent, after: ProfileContent): VersionDiff {
  const old = new Map(before.sections.map((s, i) => [keyOf(s), { s, i }]));
  const sections: SectionDiff[] = [];
  after.sections.forEach((s, i) => {
    const match = old.get(keyOf(s));
    old.delete(keyOf(s));
    if (!match) {
      sections.push({ ...fieldDiff(headingOf(s), '', s.html, 'html'), status: 'added' });
      return;
    }
    const renamed = headingOf(match.s) !== headingOf(s);
    const heading = renamed ? `${headingOf(match.s)} → ${headingOf(s)}` : headingOf(s);
    const diff = fieldDiff(heading, match.s.html, s.html, 'html');
    // Bold or a link is in the diff's words; spacing and <b>/<strong> are not changes.
    const status = diff.status !== 'same' || renamed ? 'changed' : match.i !== i ? 'moved' : 'same';
    sections.push({ ...diff, status });
  });
  for (const { s } of old.values()) sections.push({ ...fieldDiff(headingOf(s), s.html, '', 'html'), status: 'removed' });

  const figures: FigureDiff[] = [];
  for (const kind of Object.keys(FIGURE_DEFINITIONS) as (keyof typeof FIGURE_DEFINITIONS)[]) {
    const a = figureText(before.figures.find((f) => f.kind === kind));
    const b = figureText(after.figures.find((f) => f.kind === kind));
    if (a !== b) figures.push({ label: FIGURE_DEFINITIONS[kind].label, before: a, after: b });
  }
  const website =
    (before.website ?? null) !== (after.website ?? null) ? { before: before.website ?? null, after: after.website ?? null } : null;
  const changed = sections.some((s) => s.status !== 'same') || figures.length > 0 || website !== null;
  return { sections, figures, website, changed };
}
