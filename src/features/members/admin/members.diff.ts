/** What changed between two versions of a profile, section by section, figure by figure. */
import type { ProfileContent } from './members.editing.ts';
import { SECTION_HEADINGS } from '../members.schemas.ts';
import { VALUE_STATUS_LABELS } from '../../indicators/indicators.public.ts';
import type { ProfileSnapshot } from '../members.revisions.ts';
import { fieldDiff, type FigureDiff, type SectionDiff, type VersionDiff } from '../../revisions/revisions.public.ts';

type SectionOf = ProfileSnapshot['sections'][number];

const headingOf = (s: SectionOf) => s.heading ?? (s.kind === 'other' ? 'Informations complémentaires' : SECTION_HEADINGS[s.kind]);
/** Sections are matched by kind (canonical ones) or heading (free ones). */
const keyOf = (s: SectionOf) => (s.kind === 'other' ? `other:${(s.heading ?? '').toLowerCase()}` : s.kind);

function figureText(f: ProfileSnapshot['figures'][number] | undefined): string | null {
  if (!f) return null;
  const definition =
    f.followsDefinition === null ? '' : f.followsDefinition ? ' — suit la définition' : ` — autre définition : ${f.definitionNote ?? ''}`;
  return `${f.value.toLocaleString('fr-FR')} ${f.unit}${f.source ? ` — ${f.source}` : ''}${definition} — ${VALUE_STATUS_LABELS[f.status]}`;
}

/** `labels`: the indicators' labels by code (a code shows as itself when absent). */
export function diffProfiles(before: ProfileContent, after: ProfileContent, labels: Map<string, string> = new Map()): VersionDiff {
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
  const keyOfFigure = (f: { kind: string; year: number | null }) => `${f.kind}|${f.year ?? ''}`;
  const keys = [...new Set([...before.figures, ...after.figures].map(keyOfFigure))];
  for (const key of keys) {
    const was = before.figures.find((f) => keyOfFigure(f) === key);
    const now = after.figures.find((f) => keyOfFigure(f) === key);
    const { kind, year } = (now ?? was)!;
    const a = figureText(was);
    const b = figureText(now);
    if (a !== b) figures.push({ label: `${labels.get(kind) ?? kind} ${year ?? '(année non précisée)'}`, before: a, after: b });
  }
  const website =
    (before.website ?? null) !== (after.website ?? null) ? { before: before.website ?? null, after: after.website ?? null } : null;
  const changed = sections.some((s) => s.status !== 'same') || figures.length > 0 || website !== null;
  return { sections, figures, website, changed };
}
