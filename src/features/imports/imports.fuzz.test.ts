/**
 * Imports: hundreds of randomly mutated pages (seeded, so every run is the same) — lines deleted,
 * duplicated, shuffled, blank lines moved, random Unicode and SPIP debris inserted, brackets
 * unbalanced, files cut, encodings changed. The parser must never throw, must return the documented
 * shape, and must publish every word of the content part of each page it accepts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sanitizeRichText } from '../../shared/html.ts';
import { decodeWindows1252 } from './parse/imports.decode.ts';
import { parseLegacyPage } from './parse/imports.parse.ts';
import type { ParsedPage } from './imports.types.ts';
import { contentOfText, encodeWindows1252, FIXTURES, fixturePages, missingWords, prng } from './imports.testing.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const random = prng(20190116);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const DEBRIS = [
  'é',
  'œ',
  '’',
  '«',
  '»',
  '…',
  '—',
  '\u00a0',
  '\u202f',
  '\u200b',
  '\u0301',
  '\ufeff',
  '€',
  '%',
  'İ',
  'ﬁ',
  '中文',
  '😀',
  '👍🏽',
  '\u0000',
  '\u0085',
  '\t',
  '\r',
  '\n',
  '\n\n',
  '[[',
  ']]',
  '[',
  ']',
  '->',
  '{{',
  '<br>',
  '&nbsp;',
  ' http://exemple.fr/a?b=1 ',
  '[lien->https://exemple.org]',
  '[x->art12]',
  '• ',
  '- ',
  '-** ',
  '    * ',
  ' : ',
  '.',
  '"',
  '<',
  '&',
  ' 12 000 € ',
  ' 3,5 % de l’emploi ',
];

function randomChar(): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x370, 0x52f],
    [0x2000, 0x2bff],
    [0x4e00, 0x4fff],
    [0x1f300, 0x1faff],
  ];
  const [lo, hi] = pick(ranges);
  return String.fromCodePoint(lo + int(hi - lo + 1));
}

type Mutation = (lines: string[]) => string[];
const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (l) => l.filter((_, i) => i !== int(l.length)),
  duplicateLine: (l) => {
    const i = int(l.length);
    return [...l.slice(0, i + 1), l[i] ?? '', ...l.slice(i + 1)];
  },
  swapLines: (l) => {
    const out = [...l];
    const [a, b] = [int(out.length), int(out.length)];
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  },
  shuffleRange: (l) => {
    const start = int(l.length);
    const range = l.slice(start, start + 2 + int(6)).sort(() => random() - 0.5);
    return [...l.slice(0, start), ...range, ...l.slice(start + range.length)];
  },
  dropBlankLines: (l) => l.filter((line) => line.trim() || random() < 0.5),
  insertDebris: (l) => insertAt(l, int(4) ? pick(DEBRIS) : Array.from({ length: 1 + int(8) }, randomChar).join('')),
  unbalance: (l) => {
    const text = l.join('\n');
    const closing = [...text.matchAll(/\]/g)];
    if (closing.length && random() < 0.5) {
      const at = pick(closing).index;
      return (text.slice(0, at) + text.slice(at + 1)).split('\n');
    }
    return insertAt(l, pick(['[[', '[[note ', ']', ']]', '[']));
  },
  indent: (l) => l.map((line) => (random() < 0.2 ? `${pick(['  ', '\t', '    '])}${line}` : line)),
  cut: (l) => {
    const text = l.join('\n');
    return text.slice(0, int(text.length + 1)).split('\n');
  },
};

function insertAt(lines: string[], piece: string): string[] {
  const text = lines.join('\n');
  const at = int(text.length + 1);
  return (text.slice(0, at) + piece + text.slice(at)).split('\n');
}

/** What the decoder is documented to do besides decoding: control characters read as spaces. */
const asDecoded = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' '); // eslint-disable-line no-control-regex

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Encodes the mutated text; returns the bytes and the text a correct reader must see. */
function encode(text: string): { bytes: Buffer; truth: string; how: string } {
  const how = pick(['utf-8', 'utf-8', 'bom', 'crlf', 'windows-1252', 'windows-1252', 'mixed', 'utf-16', 'cut-bytes']);
  const utf8 = Buffer.from(text, 'utf8');
  if (how === 'bom') return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), truth: text, how };
  if (how === 'crlf') return { bytes: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'), truth: text, how };
  if (how === 'utf-16') return { bytes: Buffer.from(`\ufeff${text}`, 'utf16le'), truth: text, how };
  if (how === 'cut-bytes') {
    const cut = utf8.subarray(0, int(utf8.length + 1));
    return { bytes: cut, truth: new TextDecoder().decode(cut).replace(/\ufffd+$/, ''), how };
  }
  const lines = text.split('\n');
  const parts = lines.map((line, i) => {
    const suffix = i < lines.length - 1 ? '\n' : '';
    const cp = how === 'windows-1252' || (how === 'mixed' && random() < 0.5) ? encodeWindows1252(line + suffix) : null;
    // Inputs that are ambiguous by nature are kept UTF-8: a Windows-1252 line that happens to be valid
    // UTF-8 with accents, or a last line ending like a cut UTF-8 character (the decoder reads it so).
    const ambiguous =
      cp !== null && ((isUtf8(cp) && cp.some((b) => b >= 0x80)) || (how === 'mixed' && !suffix && cp[cp.length - 1]! >= 0xc0));
    return cp && !ambiguous ? cp : Buffer.from(line + suffix, 'utf8');
  });
  return { bytes: Buffer.concat(parts), truth: text, how };
}

function checkShape(page: ParsedPage, file: string): void {
  assert.deepEqual(Object.keys(page).sort(), ['error', 'figures', 'file', 'joinedYear', 'name', 'sections', 'updatedAt', 'warnings']);
  assert.equal(page.file, file);
  assert.ok(page.error === null || new RegExp(`^${file.replace('.', '\\.')}, ligne \\d+ : `).test(page.error), page.error ?? '');
  assert.ok(!page.error?.includes('erreur inattendue'), page.error ?? '');
  assert.ok(page.updatedAt === null || /^\d{4}-\d{2}-\d{2}$/.test(page.updatedAt));
  assert.ok(page.warnings.every((w) => typeof w === 'string' && w.length > 0));
  for (const figure of page.figures) assert.ok(Number.isFinite(figure.value) && figure.value > 0 && figure.text.length > 0);
  const html = page.sections.map((s) => s.html).join('');
  for (const s of page.sections) assert.equal(sanitizeRichText(s.html), s.html);
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique in the page');
  for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(m[1]!), `anchor #${m[1]} exists`);
}

const sources = fixturePages()
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, f));
    return f.includes('1252') ? decodeWindows1252(bytes) : new TextDecoder().decode(bytes);
  })
  .filter((t) => t.trim());

test('600 mutated text pages: no crash, documented shape, no word lost', () => {
  const stats: Record<string, number> = { accepted: 0, rejected: 0 };
  for (let run = 0; run < 600; run++) {
    let lines = pick(sources).split(/\r?\n/);
    const applied: string[] = [];
    for (let n = 1 + int(4); n > 0; n--) {
      const name = pick(Object.keys(MUTATIONS));
      applied.push(name);
      lines = MUTATIONS[name]!(lines);
    }
    const { bytes, truth, how } = encode(lines.join('\n'));
    const file = `mutation-${run}.txt`;
    const page = parseLegacyPage(bytes, file, { now: NOW });
    const context = `run ${run} (${applied.join(', ')}; ${how})`;
    checkShape(page, file);
    if (page.error) {
      stats.rejected!++;
      continue;
    }
    stats.accepted!++;
    assert.deepEqual(missingWords(contentOfText(asDecoded(truth), page.name), page), [], context);
  }
  assert.ok(stats.accepted! > 300, `most mutated pages are still accepted: ${JSON.stringify(stats)}`);
});

test('150 mutated HTML pages: no crash and the documented shape', () => {
  const html = fs.readFileSync(path.join(FIXTURES, 'page.html'), 'utf8');
  for (let run = 0; run < 150; run++) {
    let lines = html.split('\n');
    for (let n = 1 + int(4); n > 0; n--) lines = MUTATIONS[pick(Object.keys(MUTATIONS))]!(lines);
    const file = `mutation-${run}.html`;
    checkShape(parseLegacyPage(encode(lines.join('\n')).bytes, file, { now: NOW }), file);
  }
});
