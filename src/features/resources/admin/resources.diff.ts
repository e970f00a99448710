/** What changed between two versions of a resource, field by field, in the shape the diff view shows. */
import type { Db } from '../../../db/database.ts';
import { listResourceTypes } from '../resources.types.ts';
import { formatDate } from '../../../web/format.ts';
import { fieldDiff, type SectionDiff, type VersionDiff } from '../../revisions/revisions.public.ts';
import { LINK_LISTS, type ResourceSnapshot } from '../resources.content.ts';
import { VISIBILITY_LABELS } from '../resources.present.ts';

type Names = Map<string, string>;

/** The diff of `after` against `before`; link values and types are shown by their current names. */
export async function diffResources(db: Db, before: ResourceSnapshot, after: ResourceSnapshot): Promise<VersionDiff> {
  const typeSlugs = [...new Set([before.type, after.type])];
  const types: Names = new Map((await listResourceTypes(db)).filter((t) => typeSlugs.includes(t.slug)).map((t) => [t.slug, t.name]));
  const fields: [string, (s: ResourceSnapshot) => string, ('text' | 'html')?][] = [
    ['Titre', (s) => s.title],
    ['Type', (s) => types.get(s.type) ?? s.type],
    ['Série', (s) => (s.series ? `${s.series}${s.number !== null ? ` n°${s.number}` : ''}` : '')],
    ['Résumé', (s) => s.summary],
    ['Texte', (s) => s.bodyHtml, 'html'],
    ['Accès', (s) => VISIBILITY_LABELS[s.visibility]],
    ['Date de publication', (s) => (s.publishedAt ? formatDate(s.publishedAt) : 'à la publication')],
  ];
  for (const list of LINK_LISTS) {
    const values = [...new Set([...(before[list.key] ?? []), ...(after[list.key] ?? [])])];
    const names = await list.names(db, values);
    fields.push([list.label, (s) => (s[list.key] ?? []).map((v) => names.get(v) ?? v).join(', ')]);
  }
  const sections: SectionDiff[] = fields.map(([heading, read, format]) => fieldDiff(heading, read(before), read(after), format));
  return { sections, figures: [], website: null, changed: sections.some((s) => s.status !== 'same') };
}
