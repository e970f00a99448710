/**
 * The editable content of a news item, as the form sends it and as a revision stores it
 * (a JSON snapshot), with its validation. Dates are typed in Paris time and stored in UTC.
 */
import crypto from 'node:crypto';
import { InvalidInput } from '../../errors.ts';
import { htmlToText, normalizeRichText } from '../../shared/html.ts';
import { altTextProblem } from './admin/news.alt-text.ts';

/** One version of a news item. Names are kept beside ids so that old versions stay readable. */
export interface NewsSnapshot {
  title: string;
  summary: string;
  bodyHtml: string;
  /** ISO-8601 UTC; null: at the moment of publication. */
  publishedAt: string | null;
  image: { mediaId: number; sha256: string; contentType: string; width: number | null; height: number | null; alt: string } | null;
  members: { id: number; name: string }[];
  themes: { id: number; name: string }[];
}

/** What the form sends, read from the request (image already stored or found). */
export interface NewsInput {
  title: string;
  summary: string;
  body: string;
  /** yyyy-mm-dd and hh:mm in Paris time; empty date: at publication. */
  date: string;
  time: string;
  image: (Omit<NonNullable<NewsSnapshot['image']>, 'alt'> & { filename: string }) | null;
  imageAlt: string;
  members: { id: number; name: string }[];
  themes: { id: number; name: string }[];
}

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 500;
const BODY_MAX = 100_000;

export function hashSnapshot(snapshot: NewsSnapshot): string {
  return crypto.createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}

/** Milliseconds Paris is ahead of UTC at that instant. */
function parisOffset(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) - utcMs;
}

/** A Paris wall-clock date and time as an ISO UTC instant, or null when it is not a date. */
export function parisToUtc(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim() || '08:00');
  if (!d || !t) return null;
  const wall = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
  const check = new Date(wall);
  if (check.getUTCDate() !== +d[3]! || +t[1]! > 23 || +t[2]! > 59) return null;
  const utc = wall - parisOffset(wall - parisOffset(wall));
  return new Date(utc).toISOString();
}

/** The Paris date and time of a UTC instant, for the form. */
export function utcToParis(iso: string): { date: string; time: string } {
  const local = new Date(new Date(iso).getTime() + parisOffset(new Date(iso).getTime())).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** Validates the form; throws InvalidInput with every problem, in French. */
export function normalizeNewsInput(input: NewsInput, extraProblems: string[] = []): NewsSnapshot {
  const problems = [...extraProblems];
  const title = input.title.trim().replace(/\s+/g, ' ');
  const summary = input.summary.trim().replace(/\s+/g, ' ');
  const bodyHtml = normalizeRichText(input.body);
  if (!title) problems.push('Titre : donnez un titre à l’actualité.');
  if (title.length > TITLE_MAX) problems.push(`Titre : ${TITLE_MAX} caractères au plus.`);
  if (!summary)
    problems.push('Résumé : écrivez en une ou deux phrases l’essentiel de l’actualité ; il apparaît dans les listes et les flux.');
  if (summary.length > SUMMARY_MAX) problems.push(`Résumé : ${SUMMARY_MAX} caractères au plus.`);
  if (!htmlToText(bodyHtml)) problems.push('Texte : le texte de l’actualité est vide.');
  if (bodyHtml.length > BODY_MAX) problems.push('Texte : le texte est trop long (100 000 caractères au plus).');
  let publishedAt: string | null = null;
  if (input.date.trim()) {
    publishedAt = parisToUtc(input.date, input.time);
    if (!publishedAt)
      problems.push(`Date de publication : « ${input.date} ${input.time} » n’est pas une date valide (jj/mm/aaaa et hh:mm).`);
    else if (publishedAt < '1990-01-01') problems.push('Date de publication : choisissez une date après 1990.');
  }
  let image: NewsSnapshot['image'] = null;
  if (input.image) {
    const alt = input.imageAlt.trim().replace(/\s+/g, ' ');
    const problem = altTextProblem(alt, { title, filename: input.image.filename });
    if (problem) problems.push(problem);
    const { mediaId, sha256, contentType, width, height } = input.image;
    image = { mediaId, sha256, contentType, width, height, alt };
  } else if (input.imageAlt.trim() && !extraProblems.length) {
    problems.push('Image : vous avez écrit un texte alternatif mais choisi aucune image. Choisissez l’image, ou videz ce champ.');
  }
  if (problems.length) throw new InvalidInput(problems);
  return { title, summary, bodyHtml, publishedAt, image, members: input.members, themes: input.themes };
}
