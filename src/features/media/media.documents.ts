/**
 * Documents accepted as attachments (PDF, OOXML and OpenDocument files, images), recognised from
 * their bytes: `%PDF-` for PDF; for ZIP-based formats, the names inside the archive (OOXML's
 * `[Content_Types].xml` with `word/`, `xl/` or `ppt/`; ODF's leading `mimetype` entry). The name's
 * extension must agree with what the bytes are, so a renamed file is refused.
 */
import { IMAGE_TYPES, sniffImage } from './media.sniff.ts';

export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  ...IMAGE_TYPES,
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** Extensions accepted for each type (the canonical one first). */
const EXTENSIONS: Record<string, string[]> = { jpg: ['jpg', 'jpeg'] };

/** The document type of these bytes, or null when they are none of the accepted kinds. */
export function sniffDocument(bytes: Buffer): DocumentType | null {
  const image = sniffImage(bytes);
  if (image) return image;
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return sniffZip(bytes);
  return null;
}

function sniffZip(bytes: Buffer): DocumentType | null {
  // A local file header is 30 bytes: anything shorter is no document (and must not be read past).
  if (bytes.length < 30) return null;
  // ODF: the first entry is `mimetype`, stored uncompressed, holding the type.
  const firstName = bytes.toString('latin1', 30, 30 + bytes.readUInt16LE(26));
  if (firstName === 'mimetype') {
    const start = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    const declared = bytes.toString('latin1', start, start + bytes.readUInt32LE(18));
    const odf = [
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
      'application/vnd.oasis.opendocument.presentation',
    ] as const;
    return odf.find((t) => t === declared) ?? null;
  }
  const names = zipNames(bytes);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (names.includes('ppt/presentation.xml')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return null;
}

/** Entry names from the ZIP central directory (empty when it cannot be read). */
export function zipNames(bytes: Buffer): string[] {
  try {
    const from = Math.max(0, bytes.length - 65_557);
    let end = -1;
    for (let i = bytes.length - 22; i >= from; i--) {
      if (bytes.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) return [];
    const count = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let n = 0; n < count && offset + 46 <= bytes.length; n++) {
      if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
      const nameLength = bytes.readUInt16LE(offset + 28);
      names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    return names;
  } catch {
    return [];
  }
}

/** Whether a file name's extension agrees with the type read from its bytes. */
export function extensionMatches(filename: string, type: DocumentType): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const canonical = DOCUMENT_TYPES[type];
  return ext !== undefined && (EXTENSIONS[canonical] ?? [canonical]).includes(ext);
}

/**
 * A download name safe on every system: no path, no control or reserved characters, at most 120
 * characters, ending with the extension of the real type.
 */
export function safeDownloadName(name: string, type: string): string {
  const ext = DOCUMENT_TYPES[type as DocumentType] ?? 'bin';
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|\\/]+/g, ' ')
    // Direction controls would show "gpj.exe" as "exe.jpg": they go too.
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 120);
  return `${base || 'document'}.${ext}`;
}

/** A `content-disposition: attachment` value with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
