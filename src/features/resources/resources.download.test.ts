/** Files are sent slice by slice from the database, on both databases, byte for byte. */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { DOWNLOAD_CHUNK_BYTES, createResource, mediaChunks } from './resources.service.ts';

/** A PDF (by its first bytes) of about `size` bytes of varied content, so that a misplaced slice shows. */
function bigPdf(size: number): Buffer {
  const noise = crypto.createHash('sha256');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%')];
  for (let i = 0; parts.reduce((n, p) => n + p.length, 0) < size; i++) parts.push(noise.copy().update(String(i)).digest());
  parts.push(Buffer.from('\n%%EOF\n'));
  return Buffer.concat(parts);
}

describeEachDatabase('attachment downloads', (getDb) => {
  let app: FastifyInstance;
  const data = bigPdf(2.5 * DOWNLOAD_CHUNK_BYTES);
  before(async () => {
    await createResource(getDb().db, {
      slug: 'gros-fichier',
      title: 'Gros fichier',
      type: 'guide',
      summary: 'Un rapport.',
      bodyHtml: '<p>Texte.</p>',
      visibility: 'public',
      publishedAt: '2026-01-05',
      attachments: [{ title: 'Rapport complet', upload: { filename: 'rapport.pdf', mimetype: 'application/pdf', truncated: false, data } }],
    });
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('a file larger than a slice arrives whole, with its length', async () => {
    const file = await getDb().db.selectFrom('resource_attachments').select('id').executeTakeFirstOrThrow();
    const res = await app.inject(`/ressources/gros-fichier/fichiers/${file.id}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-length'], String(data.length));
    assert.ok(res.rawPayload.equals(data), 'the same bytes');
  });

  test('slices of any size put the file back together, the last one short', async () => {
    const media = await getDb()
      .db.selectFrom('media')
      .select(['id', 'byte_size'])
      .where('filename', '=', 'rapport.pdf')
      .executeTakeFirstOrThrow();
    for (const size of [1000, 65_536, data.length + 10]) {
      const chunks: Buffer[] = [];
      for await (const chunk of mediaChunks(getDb().db, media.id, media.byte_size, size)) chunks.push(chunk);
      assert.equal(chunks.length, Math.ceil(data.length / size), `slices of ${size}`);
      assert.ok(Buffer.concat(chunks).equals(data), `slices of ${size}`);
    }
  });
});
