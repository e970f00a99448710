import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TINY_PNG } from '../../../test/multipart.ts';
import { simplePdf } from '../demo/demo.public.ts';
import { attachmentDisposition, extensionMatches, safeDownloadName, sniffDocument } from './media.documents.ts';
import { attachmentProblem, imageProblem } from './media.service.ts';

/** A ZIP with stored (uncompressed) entries, as office suites write them. */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const upload = (filename: string, data: Buffer) => ({
  filename,
  mimetype: 'application/pdf',
  data,
  truncated: false,
});

test('documents are recognised from their bytes', () => {
  assert.equal(sniffDocument(simplePdf(['x'])), 'application/pdf');
  assert.equal(sniffDocument(TINY_PNG), 'image/png');
  assert.equal(
    sniffDocument(
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', '<w/>'],
      ]),
    ),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  assert.equal(
    sniffDocument(
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<w/>'],
      ]),
    ),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  assert.equal(
    sniffDocument(
      zip([
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', '<x/>'],
      ]),
    ),
    'application/vnd.oasis.opendocument.text',
  );
  // A ZIP that is no office document, HTML, SVG, an executable: refused.
  for (const other of [
    zip([['evil.exe', 'MZ']]),
    Buffer.from('<html><script>alert(1)</script>'),
    Buffer.from('<svg/>'),
    Buffer.from('MZ\x90\x00'),
    Buffer.alloc(0),
  ]) {
    assert.equal(sniffDocument(other), null);
  }
});

test('a .pdf that is not a PDF is refused, and so is a PDF named otherwise', () => {
  assert.match(attachmentProblem(upload('rapport.pdf', Buffer.from('<html>not a pdf</html>')))!, /n’est ni un PDF/);
  assert.match(attachmentProblem(upload('rapport.pdf', TINY_PNG))!, /ne correspond pas à son extension \(c’est un fichier \.png\)/);
  assert.match(attachmentProblem(upload('rapport.docx', simplePdf(['x'])))!, /ne correspond pas à son extension/);
  assert.match(attachmentProblem(upload('vide.pdf', Buffer.alloc(0)))!, /est vide/);
  assert.match(attachmentProblem({ ...upload('gros.pdf', simplePdf(['x'])), truncated: true })!, /dépasse 20 Mo/);
  assert.equal(attachmentProblem(upload('Rapport final.PDF', simplePdf(['x']))), null);
  assert.ok(extensionMatches('photo.jpeg', 'image/jpeg'));
});

test('download names are safe and carried in RFC 5987 form', () => {
  assert.equal(safeDownloadName('../../etc/passwd', 'application/pdf'), 'passwd.pdf');
  assert.equal(safeDownloadName('C:\\Users\\a\\Étude "finale" <v2>.pdf', 'application/pdf'), 'Étude finale v2.pdf');
  assert.equal(safeDownloadName('rapport.exe', 'application/pdf'), 'rapport.pdf');
  assert.equal(safeDownloadName('...', 'application/pdf'), 'document.pdf');
  assert.equal(
    attachmentDisposition('Étude n°1 (2026).pdf'),
    `attachment; filename="Etude n_1 (2026).pdf"; filename*=UTF-8''%C3%89tude%20n%C2%B01%20%282026%29.pdf`,
  );
});

test('a ZIP signature shorter than a file header is no document, and reading it throws nothing', () => {
  for (const length of [4, 10, 29]) {
    const bytes = Buffer.alloc(length);
    bytes.writeUInt32LE(0x04034b50, 0);
    assert.equal(sniffDocument(bytes), null);
  }
});

test('download names lose control and direction characters (no "gpj.exe" shown as "exe.jpg")', () => {
  assert.equal(safeDownloadName('rapport\u202egpj.pdf', 'application/pdf'), 'rapportgpj.pdf');
  assert.equal(safeDownloadName('a\u0007b\u0085c\u2066d.pdf', 'application/pdf'), 'a b cd.pdf');
});

test('an image declaring impossible dimensions is refused in French, as an image and as an attachment', () => {
  const huge = Buffer.from(TINY_PNG);
  huge.writeUInt32BE(2 ** 31 - 1, 16);
  assert.match(
    imageProblem({ filename: 'geante.png', data: huge, mimetype: 'image/png', truncated: false })!,
    /dimensions impossibles \(2147483647 × 1 pixels\)/,
  );
  assert.match(
    attachmentProblem({ filename: 'geante.png', data: huge, mimetype: 'image/png', truncated: false })!,
    /^Fichier : l’image « geante\.png » annonce/,
  );
  assert.equal(imageProblem({ filename: 'petite.png', data: Buffer.from(TINY_PNG), mimetype: 'image/png', truncated: false }), null);
});
