/**
 * Imports: the legacy page parser. Bytes of an exported member page (plain text or HTML, UTF-8 or
 * Windows-1252) → the JSON of `essor import-pages --json`: name, update date, membership year,
 * sections as sanitized HTML, key figures with their sentence, French warnings, or an error naming
 * the file and line. Pure: no database, no file access, never throws.
 */
import { BudgetExceeded, withBudget } from './imports.budget.ts';
import { decodeBytes } from './imports.decode.ts';
import { readFigures } from './imports.figures.ts';
import { headingText } from './imports.headings.ts';
import { looksLikeHtml, MAX_NESTING, readHtml } from './imports.html.ts';
import { junkWarnings } from './imports.junk.ts';
import { renderSection } from './imports.render.ts';
import { buildSections, toItems, type Item } from './imports.sections.ts';
import { Footnotes } from './imports.spip.ts';
import { readPlainText } from './imports.text.ts';
import type { ParsedPage, ParseOptions } from '../imports.types.ts';

export type { ParsedFigure, ParsedPage, ParsedSection, ParseOptions } from '../imports.types.ts';

/** How long one page may take to parse: far beyond any real page (about 2 ms), short enough that a hostile one costs little. */
export const PAGE_BUDGET_MS = 5000;

/** The year the network was founded: no member joined before. */
export const NETWORK_FOUNDED = 2001;

const quote = (text: string) => `« ${text.length > 60 ? `${text.slice(0, 60)}…` : text} »`;

/** The member's name when `item` can be one (a short line that is not a sentence). */
function nameOf(item: Item): string | null {
  const line = item.type === 'paragraph' ? item.lines[0] : item.type === 'heading' ? item.text : undefined;
  if (line === undefined) return null;
  const name = headingText(line);
  if (name.length < 2 || name.length > 150 || !/\p{L}/u.test(name) || /[.!?;,]$/.test(name) || name.includes('://')) return null;
  return name;
}

function describe(item: Item): string {
  if (item.type === 'paragraph') return `${quote(item.lines[0]!)} n’est pas un nom`;
  if (item.type === 'heading') return `${quote(item.text)} n’est pas un nom`;
  if (item.type === 'section') return `la page commence par la section ${quote(item.heading)}`;
  return 'la page commence par une liste';
}

interface Header {
  name: string | null;
  nameLine: number;
  updatedAt: string | null;
  joinedYear: number | null;
  content: Item[];
  error: { line: number; message: string } | null;
}

/** Separates header and meta lines (anywhere in the page) from content; stops at the news block. */
function readHeader(items: Item[], fallbackName: string | null, warnings: string[]): Header {
  const header: Header = { name: null, nameLine: 1, updatedAt: null, joinedYear: null, content: [], error: null };
  let sawDate = false;
  let sawYear = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type === 'meta') {
      const meta = item.meta;
      if (meta.type === 'news') {
        const cut = items.slice(i + 1).find((x) => x.type === 'section');
        if (cut?.type === 'section')
          warnings.push(
            `Contenu après « Les actualités de l’adhérent » ignoré, dont la section ${quote(cut.heading)} (ligne ${cut.line}).`,
          );
        break;
      }
      if (meta.type === 'updated') {
        if (!meta.date) warnings.push(`Date de mise à jour illisible (ligne ${item.line}) : ${quote(meta.raw)}.`);
        else if (!sawDate) header.updatedAt = meta.date;
        else if (meta.date !== header.updatedAt)
          warnings.push(`Plusieurs dates de mise à jour ; la première est retenue (ligne ${item.line} : ${quote(meta.raw)}).`);
        sawDate ||= meta.date !== null;
      } else if (meta.type === 'joined') {
        if (meta.year === null) warnings.push(`Année d’adhésion illisible (ligne ${item.line}) : ${quote(meta.raw)}.`);
        else if (!sawYear) header.joinedYear = meta.year;
        else if (meta.year !== header.joinedYear)
          warnings.push(`Plusieurs années d’adhésion ; la première est retenue (ligne ${item.line} : ${quote(meta.raw)}).`);
        sawYear ||= meta.year !== null;
      }
      continue;
    }
    if (header.name === null) {
      const name = nameOf(item);
      header.nameLine = item.line;
      if (name !== null) {
        header.name = name;
        if (item.type === 'paragraph' && item.lines.length > 1)
          header.content.push({ ...item, lines: item.lines.slice(1), line: item.line + 1, lone: false });
        continue;
      }
      if (fallbackName === null) {
        header.error = { line: item.line, message: `nom de l’adhérent introuvable : ${describe(item)}.` };
        return header;
      }
      header.name = fallbackName;
    }
    header.content.push(item);
  }
  header.name ??= fallbackName;
  if (header.name === null) header.error = { line: header.nameLine, message: 'nom de l’adhérent introuvable : aucune ligne de contenu.' };
  return header;
}

function checkDates(header: Header, now: Date, warnings: string[]): void {
  const today = now.toISOString().slice(0, 10);
  if (header.updatedAt && header.updatedAt > today) warnings.push(`Date de mise à jour dans le futur : ${header.updatedAt}.`);
  const year = header.joinedYear;
  if (year !== null && year < NETWORK_FOUNDED)
    warnings.push(`Année d’adhésion ${year} antérieure à la création du réseau (${NETWORK_FOUNDED}).`);
  if (year !== null && year > now.getUTCFullYear()) warnings.push(`Année d’adhésion ${year} dans le futur.`);
}

function parse(bytes: Uint8Array, file: string, now: Date): ParsedPage {
  const page: ParsedPage = { file, name: null, updatedAt: null, joinedYear: null, sections: [], figures: [], warnings: [], error: null };
  const fail = (line: number, message: string): ParsedPage => ({
    ...page,
    sections: [],
    figures: [],
    error: `${file}, ligne ${line} : ${message}`,
  });
  const decoded = decodeBytes(bytes);
  page.warnings.push(...decoded.warnings);
  if (!decoded.text.trim()) return fail(1, 'fichier vide.');

  const html = looksLikeHtml(decoded.text, file);
  const reading = html ? readHtml(decoded.text) : { blocks: readPlainText(decoded.text), fallbackName: null, images: 0, tooDeep: 0 };
  if (reading.tooDeep)
    page.warnings.push(
      `Balises HTML imbriquées sur plus de ${MAX_NESTING} niveaux : ${reading.tooDeep} balise(s) ignorée(s), leur texte est conservé.`,
    );
  const header = readHeader(toItems(reading.blocks), reading.fallbackName, page.warnings);
  Object.assign(page, { name: header.name, updatedAt: header.updatedAt, joinedYear: header.joinedYear });
  if (header.error) return fail(header.error.line, header.error.message);
  checkDates(header, now, page.warnings);

  const drafts = buildSections(header.content);
  if (!drafts.length) return fail(header.nameLine, 'aucun contenu de profil après l’en-tête (page vide).');
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.kind !== 'other' && seen.has(draft.kind))
      page.warnings.push(`Section ${quote(draft.heading)} en double (lignes ${seen.get(draft.kind)} et ${draft.line}).`);
    seen.set(draft.kind, draft.line);
  }
  const ctx = { notes: new Footnotes(), warnings: page.warnings };
  const rendered = drafts.map((draft) => renderSection(draft, ctx));
  page.sections = rendered.map(({ kind, heading, html: body }) => ({ kind, heading, html: body }));
  page.figures = readFigures(rendered, page.warnings);
  for (const warning of junkWarnings(page.sections)) page.warnings.push(warning);
  if (reading.images) page.warnings.push(`${reading.images} image(s) de la page non importée(s).`);
  return page;
}

/**
 * Parses one legacy member page. `bytes` is the file's content, `fileName` its name (used in
 * messages, and `.html` selects the HTML reader). Never throws: a page that cannot be imported
 * has `error` set ("fichier.txt, ligne 3 : …") and no sections.
 */
export function parseLegacyPage(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParsedPage {
  const budget = options.budgetMs ?? PAGE_BUDGET_MS;
  try {
    return withBudget(budget, () => parse(bytes, fileName, options.now ?? new Date()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: fileName,
      name: null,
      updatedAt: null,
      joinedYear: null,
      sections: [],
      figures: [],
      warnings: [],
      error:
        error instanceof BudgetExceeded
          ? `${fileName}, ligne 1 : analyse abandonnée après ${formatSeconds(budget)} (page trop lourde ou trop imbriquée) ; les autres fichiers sont importés.`
          : `${fileName}, ligne 1 : erreur inattendue du lecteur (${message}).`,
    };
  }
}

const formatSeconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`);
