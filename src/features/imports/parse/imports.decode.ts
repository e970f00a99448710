/**
 * Imports: bytes of a legacy page → text. UTF-8 (with or without BOM) or Windows-1252, detected
 * line by line so that a file mixing both, or cut in the middle of a character, keeps its words.
 * Line endings become "\n"; control characters become spaces.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Node's own TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters in many
// releases, the Node 20 we run included (nodejs/node#56542, #60888): those 32 bytes are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes (WHATWG mapping). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'mixed' | 'utf-16';
  warnings: string[];
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Length of an incomplete UTF-8 sequence at the very end of `bytes` (0 when there is none). */
function truncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return expected > back ? back : 0;
  }
  return 0;
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' '); // eslint-disable-line no-control-regex
}

/**
 * Decodes a legacy page: a UTF-8 or UTF-16 BOM is honoured; otherwise each line is read as UTF-8
 * when it is valid UTF-8, else as Windows-1252. An incomplete character at the end of the file is
 * dropped with a warning. Never throws.
 */
export function decodeBytes(input: Uint8Array): DecodedText {
  let bytes = input;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: clean(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: clean(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16', warnings: [] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);

  const whole = tryUtf8(bytes);
  if (whole !== null) return { text: clean(whole), encoding: 'utf-8', warnings: [] };

  const warnings: string[] = [];
  const lines = splitLines(bytes);
  let utf8Lines = 0;
  const cp1252Lines: number[] = [];
  const parts = lines.map((line, index) => {
    const asUtf8 = tryUtf8(line);
    if (asUtf8 !== null) {
      if (asUtf8.length !== line.length) utf8Lines++; // holds multi-byte characters
      return asUtf8;
    }
    // A last line cut inside a UTF-8 character, in a file otherwise proven UTF-8 (a lone trailing
    // 0xE9 is more likely a Windows-1252 "é").
    const tail = index === lines.length - 1 ? truncatedTail(line) : 0;
    const head = tail ? tryUtf8(line.subarray(0, line.length - tail)) : null;
    const provenUtf8 = head !== null && (head.length !== line.length - tail || (utf8Lines > 0 && cp1252Lines.length === 0));
    if (head !== null && provenUtf8) {
      warnings.push('Fichier coupé au milieu d’un caractère : la fin de la dernière ligne est perdue.');
      utf8Lines++;
      return head;
    }
    cp1252Lines.push(index + 1);
    return decodeWindows1252(line);
  });
  if (cp1252Lines.length === 0) return { text: clean(parts.join('')), encoding: 'utf-8', warnings };
  if (utf8Lines === 0) return { text: clean(parts.join('')), encoding: 'windows-1252', warnings };
  const shown = cp1252Lines.slice(0, 5).join(', ') + (cp1252Lines.length > 5 ? '…' : '');
  warnings.push(`Encodage mixte : lignes ${shown} lues en Windows-1252, les autres en UTF-8 ; vérifier les accents.`);
  return { text: clean(parts.join('')), encoding: 'mixed', warnings };
}
