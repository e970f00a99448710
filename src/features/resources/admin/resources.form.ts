/** Reading the back-office resource form: values to show again, the input to save, the problems. */
import type { Db } from '../../../db/database.ts';
import type { Upload } from '../../media/media.public.ts';
import { attachmentProblem } from '../../media/media.public.ts';
import { field, fields } from '../../../web/forms.tsx';
import type { ResourceInput } from '../resources.service.ts';
import { resolveMemberLines } from '../resources.members.ts';
import { resolveTerritoryLines } from '../resources.territories.ts';
import { listResourceTypes } from '../resources.types.ts';
import { RESOURCE_VISIBILITIES, type ResourceRow, type ResourceVisibility } from '../resources.table.ts';

export interface ResourceFormValues {
  title: string;
  type: string;
  series: string;
  number: string;
  summary: string;
  body: string;
  visibility: string;
  status: string;
  date: string;
  themes: string[];
  /** One territory per line (resources.territories.ts). */
  territories: string;
  /** One member per line, by name (resources.members.ts). */
  members: string;
  fileTitle: string;
}

export function valuesOf(row: ResourceRow | null, themeSlugs: string[], territories = '', members = ''): ResourceFormValues {
  return {
    title: row?.title ?? '',
    type: row?.type ?? 'guide',
    series: row?.series ?? '',
    number: row?.number?.toString() ?? '',
    summary: row?.summary ?? '',
    body: row?.body_html ?? '',
    visibility: row?.visibility ?? 'public',
    status: row?.status ?? 'draft',
    date: row?.published_at?.slice(0, 10) ?? '',
    themes: themeSlugs,
    territories,
    members,
    fileTitle: '',
  };
}

const isUpload = (value: unknown): value is Upload =>
  typeof value === 'object' && value !== null && 'data' in value && Buffer.isBuffer((value as Upload).data);

/** Reads and checks the form against the network's resource types (slugs); `input` is null when there are problems. */
export function readResourceForm(
  body: unknown,
  typeSlugs: string[],
): { values: ResourceFormValues; input: ResourceInput | null; upload: Upload | null; problems: string[] } {
  const values: ResourceFormValues = {
    title: field(body, 'title').trim(),
    type: field(body, 'type'),
    series: field(body, 'series').trim(),
    number: field(body, 'number').trim(),
    summary: field(body, 'summary').trim(),
    body: field(body, 'body'),
    visibility: field(body, 'visibility'),
    status: field(body, 'status'),
    date: field(body, 'date').trim(),
    themes: fields(body, 'themes'),
    territories: field(body, 'territories'),
    members: field(body, 'members'),
    fileTitle: field(body, 'file_title').trim(),
  };
  const problems: string[] = [];
  if (!values.title) problems.push('Titre : indiquez le titre de la ressource.');
  if (values.title.length > 200) problems.push('Titre : 200 caractères au plus.');
  if (!values.summary)
    problems.push('Résumé : indiquez une ou deux phrases ; elles sont visibles de tous, même pour une ressource réservée.');
  if (!typeSlugs.includes(values.type)) problems.push('Type : choisissez un type dans la liste.');
  if (!(RESOURCE_VISIBILITIES as readonly string[]).includes(values.visibility))
    problems.push('Accès : choisissez qui peut lire la ressource.');
  if (values.status !== 'draft' && values.status !== 'published') problems.push('État : choisissez brouillon ou publiée.');
  if (values.number && !/^\d{1,6}$/.test(values.number)) problems.push('Numéro : un nombre entier, par exemple 126.');
  if (values.number && !values.series) problems.push('Numéro : indiquez aussi la série.');
  if (values.date && (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))))
    problems.push('Date de publication : une date au format jj/mm/aaaa.');
  const raw = (body as Record<string, unknown> | undefined)?.file;
  const upload = isUpload(raw) && (raw.filename !== '' || raw.data.length > 0) ? raw : null;
  if (upload) {
    const problem = attachmentProblem(upload);
    if (problem) problems.push(problem);
  }
  if (problems.length) return { values, input: null, upload, problems };
  return {
    values,
    upload,
    problems,
    input: {
      title: values.title,
      type: values.type,
      series: values.series || null,
      number: values.number ? Number(values.number) : null,
      summary: values.summary,
      bodyHtml: values.body,
      visibility: values.visibility as ResourceVisibility,
      status: values.status as 'draft' | 'published',
      publishedAt: values.date || null,
      themeSlugs: values.themes,
    },
  };
}

/** Reads the form with what it needs from the database: the network's types, the members and territories typed. */
export async function readResourceSubmission(db: Db, body: unknown): Promise<ReturnType<typeof readResourceForm>> {
  const read = readResourceForm(
    body,
    (await listResourceTypes(db)).map((t) => t.slug),
  );
  const [territories, members] = [
    await resolveTerritoryLines(db, read.values.territories),
    await resolveMemberLines(db, read.values.members),
  ];
  const problems = [...read.problems, ...members.problems, ...territories.problems];
  if (problems.length) return { ...read, input: null, problems };
  return read.input ? { ...read, input: { ...read.input, territoryCodes: territories.keys, memberSlugs: members.slugs } } : read;
}
