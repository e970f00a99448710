/**
 * Rich text: sanitized HTML from an allowlist, sanitized on write (DESIGN.md).
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'sup',
    'sub',
    'section',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'id', 'class', 'rel'],
    sup: ['id', 'class'],
    li: ['id'],
    ol: ['start'],
    section: ['class'],
    th: ['scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
};

/** Returns HTML holding only allowlisted tags, attributes and URL schemes. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const CANONICAL: sanitizeHtml.IOptions = {
  ...OPTIONS,
  transformTags: { ...OPTIONS.transformTags, b: 'strong', i: 'em' },
  exclusiveFilter: (frame) =>
    frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length && /^(\s|<br\s*\/?>)*$/i.test(frame.text),
};
const BLOCK_TAG = /\s*(<\/?(?:p|h2|h3|h4|ul|ol|li|blockquote|section|table|thead|tbody|tr|th|td|caption|br)\b[^>]*>)\s*/g;

/**
 * The one form of an editor's HTML that is stored and compared: sanitized, `<b>`/`<i>` as
 * `<strong>`/`<em>`, runs of spaces and line breaks as one space, no space around blocks, no empty
 * paragraph. Two fragments that read the same give the same string, so that saving a text that did
 * not change is not a change. Idempotent.
 */
export function normalizeRichText(html: string): string {
  return sanitizeHtml(html, CANONICAL)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(BLOCK_TAG, '$1')
    .trim();
}

/** Plain text of an HTML fragment (for summaries and feeds). */
export function htmlToText(html: string): string {
  // Blocks end with a space, so that "…habitants.</p><p>La région…" keeps its words apart.
  const spaced = html.replace(/<\/(p|li|h[1-6]|div|section|blockquote|td|th|tr|ul|ol)>|<br\s*\/?>/gi, '$& ');
  return decodeEntities(sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities sanitize-html leaves in text (it escapes &, <, >, quotes). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? _m);
}
