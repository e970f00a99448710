/** Imports: decoding legacy bytes — BOMs, Windows-1252 (with its 0x80–0x9F block), mixed and cut files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, decodeWindows1252 } from './imports.decode.ts';

const cp1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092').replace(/€/g, '\u0080').replace(/œ/g, '\u009c'), 'latin1');

test('UTF-8 with a BOM: the BOM is dropped', () => {
  const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Économie\u00a0solidaire')]));
  assert.deepEqual(decoded, { text: 'Économie\u00a0solidaire', encoding: 'utf-8', warnings: [] });
});

test('Windows-1252: accents, curly apostrophe (0x92), euro (0x80) and œ (0x9c)', () => {
  const bytes = cp1252('L’économie du cœur : 40 000 €');
  assert.equal(bytes.includes(0x92), true);
  assert.deepEqual(decodeBytes(bytes), { text: 'L’économie du cœur : 40 000 €', encoding: 'windows-1252', warnings: [] });
});

test('every Windows-1252 byte has its WHATWG character (Node’s own decoder gets 0x80–0x9F wrong)', () => {
  assert.equal(decodeWindows1252(Uint8Array.of(0x80, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f)), '€Œ‘’“”–—Ÿ');
  assert.equal(decodeWindows1252(Uint8Array.of(0x41, 0xe9, 0xa0, 0xff)), 'Aé\u00a0ÿ');
});

test('a file mixing UTF-8 and Windows-1252 lines keeps every accent, with a warning', () => {
  const bytes = Buffer.concat([
    Buffer.from('Première ligne en UTF-8\n'),
    cp1252('Deuxième ligne en Windows-1252\n'),
    Buffer.from('Troisième\n'),
  ]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.text, 'Première ligne en UTF-8\nDeuxième ligne en Windows-1252\nTroisième\n');
  assert.equal(decoded.encoding, 'mixed');
  assert.match(decoded.warnings[0]!, /^Encodage mixte : lignes 2 lues en Windows-1252/);
});

test('a UTF-8 file cut inside its last character loses only that character', () => {
  const bytes = Buffer.from('Économie\nsolidarité');
  const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
  assert.equal(decoded.text, 'Économie\nsolidarit');
  assert.match(decoded.warnings[0]!, /coupé au milieu d’un caractère/);
});

test('a Windows-1252 file ending with "é" is not taken for a cut UTF-8 file', () => {
  assert.equal(decodeBytes(cp1252('Année\nla collectivité')).text, 'Année\nla collectivité');
  assert.equal(decodeBytes(cp1252('la collectivité')).text, 'la collectivité');
});

test('line endings become "\\n", control characters spaces; UTF-16 with a BOM is read', () => {
  assert.equal(decodeBytes(Buffer.from('a\r\nb\rc\u0000d\u0085e\u2028f')).text, 'a\nb\nc d e\nf');
  assert.equal(decodeBytes(Buffer.from('\ufeffÉté', 'utf16le')).text, 'Été');
  assert.deepEqual(decodeBytes(Buffer.alloc(0)), { text: '', encoding: 'utf-8', warnings: [] });
});
