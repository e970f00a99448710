import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TINY_PNG } from '../../../test/multipart.ts';
import { imageSize, sniffImage } from './media.sniff.ts';

test('the type comes from the first bytes, not from the name', () => {
  assert.equal(sniffImage(TINY_PNG), 'image/png');
  assert.equal(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
  assert.equal(sniffImage(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1')), 'image/webp');
  for (const other of ['GIF89a', '<svg xmlns="http://www.w3.org/2000/svg"/>', '%PDF-1.7', '<html>', ''])
    assert.equal(sniffImage(Buffer.from(other)), null, other);
});

test('the pixel size is read from the header', () => {
  assert.deepEqual(imageSize(TINY_PNG, 'image/png'), { width: 1, height: 1 });
  // A minimal JPEG header: SOI, APP0 (16 bytes), SOF0 with 480 × 640.
  const jpeg = Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.alloc(14),
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    0x01,
    0xe0,
    0x02,
    0x80,
    0x03,
  ]);
  assert.deepEqual(imageSize(jpeg, 'image/jpeg'), { width: 640, height: 480 });
  assert.equal(imageSize(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg'), null);
});
