/**
 * Imports: test support (no tests here). The "nothing lost" check, written independently of the
 * parser: every word of the content part of a page must appear in the parsed sections (headings,
 * text, link targets). Also a seeded PRNG and a Windows-1252 encoder for mutated inputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../../shared/text.ts';
import { decodeWindows1252 } from './parse/imports.decode.ts';
import type { ParsedPage } from './imports.types.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Words of a text: runs of letters and digits, accent-folded and lower-cased. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const key = (line: string) =>
  foldText(line)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ?' ?/g, "'")
    .trim();
const asHeading = (line: string) => line.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').trim();

/**
 * The content part of a plain-text page: without the network name, the member's name (first
 * occurrence), the update and membership lines, and from the news block on.
 */
export function contentOfText(text: string, name: string | null): string {
  const kept: string[] = [];
  let nameSeen = false;
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const k = key(line);
    if (k.startsWith("les actualites de l'adherent")) break;
    if (k.startsWith('reseau des collectivites territoriales') || k.startsWith('derniere mise a jour') || k.startsWith("annee d'adhesion"))
      continue;
    if (!nameSeen && name !== null && asHeading(line) === name) {
      nameSeen = true;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  euro: '€',
  laquo: '«',
  raquo: '»',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Text of an HTML page's profile content, for fixtures: layout elements and tags removed. */
export function contentOfHtml(html: string): string {
  const body = html.replace(/<(script|style|nav|header|footer|aside|head)\b[\s\S]*?<\/\1>/gi, '\n');
  return decodeEntities(body.replace(/<[^>]*>/g, '\n'));
}

/** Everything a parsed page publishes: headings, text of the HTML (tags as spaces) and link targets. */
export function publishedText(page: ParsedPage): string {
  return page.sections
    .map((s) => {
      const hrefs = [...s.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      return `${s.heading}\n${decodeEntities(s.html.replace(/<[^>]*>/g, ' '))}\n${decodeEntities(hrefs.join(' '))}`;
    })
    .join('\n');
}

/** Words of `content` missing from what the page publishes (empty when nothing is lost). */
export function missingWords(content: string, page: ParsedPage): string[] {
  const published = new Set(wordsOf(publishedText(page)));
  return [...new Set(wordsOf(content))].filter((w) => !published.has(w));
}

/** A small deterministic PRNG (mulberry32), returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CP1252 = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) CP1252.set(decodeWindows1252(Uint8Array.of(byte)), byte);

/** Windows-1252 bytes of a text, or null when a character has no Windows-1252 form. */
export function encodeWindows1252(text: string): Buffer | null {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = CP1252.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

/** Names of the fixture pages (every file but the expected results). */
export function fixturePages(): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => !f.endsWith('.expected.json'))
    .sort();
}
