/**
 * Imports: the types of the legacy page parser — its JSON output (`essor import-pages --json`)
 * and the intermediate blocks shared by the plain-text and HTML readers.
 */
import type { FigureKind, SectionKind } from '../members/members.public.ts';

/** A profile section read from a legacy page; `html` is sanitized rich text. */
export interface ParsedSection {
  kind: SectionKind;
  heading: string;
  html: string;
}

/** A key figure read from French text, with the sentence it came from. */
export interface ParsedFigure {
  kind: FigureKind;
  value: number;
  year: number | null;
  text: string;
}

/** The result of parsing one legacy page; `error` is set (and the rest empty) when it cannot be imported. */
export interface ParsedPage {
  file: string;
  name: string | null;
  updatedAt: string | null;
  joinedYear: number | null;
  sections: ParsedSection[];
  figures: ParsedFigure[];
  warnings: string[];
  error: string | null;
}

export interface ParseOptions {
  /** Reference date for "in the future" checks (default: the current date). */
  now?: Date;
  /** Milliseconds one page may take to parse before it fails on its own (default: PAGE_BUDGET_MS). */
  budgetMs?: number;
}

/** A list item: its inline text (SPIP-like markup allowed) and nested items. */
export interface ListItem {
  text: string;
  children: ListItem[];
  ordered: boolean;
}

/**
 * A block of a page, before sections are known. Inline text may hold SPIP markup
 * (`[[note]]`, `[label->url]`), which the HTML reader also uses for its links.
 * `line` is the 1-based source line; `lone` marks a paragraph of plain text that is a single line
 * between blank lines, the only case where a heading is guessed from layout.
 */
export type Block =
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'paragraph'; lines: string[]; line: number; lone: boolean }
  | { type: 'list'; items: ListItem[]; line: number };
