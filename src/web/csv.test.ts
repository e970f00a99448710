import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code, csvField, toCsv } from './csv.ts';

test('plain text and numbers pass as they are, with a decimal comma', () => {
  assert.equal(csvField('Grand Poitiers'), 'Grand Poitiers');
  assert.equal(csvField(11.9), '11,9');
  assert.equal(csvField(35_200_000), '35200000');
  assert.equal(csvField(null), '');
  assert.equal(csvField(undefined), '');
});

test('a field holding the separator, a quote or a line break is quoted, quotes doubled', () => {
  assert.equal(csvField('Budget primitif; 2024'), '"Budget primitif; 2024"');
  assert.equal(csvField('Le « budget » dit "primitif"'), '"Le « budget » dit ""primitif"""');
  assert.equal(csvField('ligne 1\nligne 2'), '"ligne 1\nligne 2"');
  assert.equal(csvField('a,b'), 'a,b', 'a comma is not the separator');
});

test('text that a spreadsheet would run as a formula is neutralised', () => {
  assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvField('+33 1 23'), "'+33 1 23");
  assert.equal(csvField(-3), '-3', 'a negative number stays a number');
});

test('a document starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
  const csv = toCsv([
    ['Nom', 'Valeur'],
    ['Région; Bretagne', 10.5],
  ]);
  assert.equal(csv, '\ufeffNom;Valeur\r\n"Région; Bretagne";10,5\r\n');
  assert.deepEqual([...Buffer.from(csv, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
});

test('an official code is kept as text with its zeros; anything else in a code stays plain text', () => {
  assert.equal(csvField(code('04')), '"=""04"""');
  assert.equal(csvField(code('2A004')), '"=""2A004"""');
  assert.equal(csvField(code('=1+1')), "'=1+1", 'not a code: neutralised like any text');
});
