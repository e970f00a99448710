/*
 * Essor rich-text editor, part 1 of 3 of the HTML cleaning (editor-parse.js, editor-read.js,
 * editor-clean.js; see editor-clean.js for the whole): a small tolerant HTML parser that needs
 * no DOM (so the cleaning runs in node's tests as in the browser), Office's comments and
 * conditional blocks, and what source elements mean — formatting, Word list paragraphs, headings,
 * safe link URLs, footnote pairs. Adds its functions to `globalThis.EssorRichText`.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- parsing (tolerant, tiny)

  const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track']);
  const RAW = new Set([
    'script',
    'style',
    'xml',
    'title',
    'textarea',
    'template',
    'noscript',
    'iframe',
    'object',
    'noembed',
    'noframes',
    'svg',
    'math',
    'head',
  ]);
  const CLOSES_P = new Set([
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'table',
    'blockquote',
    'section',
    'pre',
    'dl',
    'hr',
  ]);
  const ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    shy: '',
    hellip: '…',
    mdash: '—',
    ndash: '–',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    laquo: '«',
    raquo: '»',
    euro: '€',
    bull: '•',
    middot: '·',
    deg: '°',
    copy: '©',
    reg: '®',
    trade: '™',
    times: '×',
    sup2: '²',
    oelig: 'œ',
    OElig: 'Œ',
    eacute: 'é',
    egrave: 'è',
    ecirc: 'ê',
    euml: 'ë',
    agrave: 'à',
    acirc: 'â',
    ccedil: 'ç',
    icirc: 'î',
    iuml: 'ï',
    ocirc: 'ô',
    ugrave: 'ù',
    ucirc: 'û',
    uuml: 'ü',
    Eacute: 'É',
    Egrave: 'È',
    Ecirc: 'Ê',
    Agrave: 'À',
    Ccedil: 'Ç',
  };

  function decode(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (m, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '';
      }
      return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : m;
    });
  }

  /** Office markup that only makes sense to Office: comments, conditional blocks, list markers. */
  function preprocess(html) {
    return (
      String(html)
        .replace(/<!--\[if !supportLists\]-->((?:(?!<!--\[if|<p[\s>])[\s\S])*?)<!--\[endif\]-->/gi, '<mso-marker>$1</mso-marker>')
        .replace(/<!\[if !supportLists\]>((?:(?!<!\[if|<p[\s>])[\s\S])*?)<!\[endif\]>/gi, '<mso-marker>$1</mso-marker>')
        // Hidden from browsers (`<!--[if gte mso 9]><xml>…<![endif]-->`): dropped with its content.
        .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
        // Shown to browsers (`<![if !vml]>…<![endif]>`): the markers go, the content stays.
        .replace(/<!\[(?:if[^\]]*|endif)\]>/gi, '')
        .replace(/<!--[\s\S]*?(-->|$)/g, '')
        .replace(/<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/g, '')
    );
  }

  /** Element tree `{ name, attrs, children, parent }` with text nodes `{ text }`. */
  function parse(html) {
    const src = preprocess(html);
    const root = { name: '#root', attrs: {}, children: [], parent: null };
    const stack = [root];
    const top = () => stack[stack.length - 1];
    const closeTo = (name) => {
      for (let i = stack.length - 1; i > 0; i--)
        if (stack[i].name === name) {
          stack.length = i;
          return;
        }
    };
    const lower = src.toLowerCase();
    const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
    let pos = 0;
    let m;
    while ((m = tag.exec(src))) {
      if (m.index > pos) top().children.push({ text: decode(src.slice(pos, m.index)) });
      pos = tag.lastIndex;
      const name = m[2].toLowerCase();
      if (m[1]) {
        closeTo(name);
        continue;
      }
      if (RAW.has(name)) {
        const end = lower.indexOf(`</${name}`, pos);
        // An unclosed script or style hides the rest; an unclosed <head> or <svg> only itself.
        if (end < 0 && !['script', 'style', 'xml', 'title', 'textarea'].includes(name)) continue;
        pos = end < 0 ? src.length : src.indexOf('>', end) + 1 || src.length;
        tag.lastIndex = pos;
        continue;
      }
      if (CLOSES_P.has(name) && stack.some((el) => el.name === 'p')) closeTo('p');
      if (name === 'li') closeUntil(stack, 'li', ['ul', 'ol']);
      if (name === 'td' || name === 'th') closeUntil(stack, ['td', 'th'], ['tr', 'table']);
      if (name === 'tr') closeUntil(stack, 'tr', ['table']);
      const el = { name, attrs: attributes(m[3]), children: [], parent: top() };
      top().children.push(el);
      if (!VOID.has(name) && !/\/\s*$/.test(m[3]) && stack.length < 200) stack.push(el);
    }
    if (pos < src.length) top().children.push({ text: decode(src.slice(pos)) });
    return root;
  }

  function closeUntil(stack, names, barriers) {
    const wanted = [].concat(names);
    for (let i = stack.length - 1; i > 0; i--) {
      if (barriers.includes(stack[i].name)) return;
      if (wanted.includes(stack[i].name)) {
        stack.length = i;
        return;
      }
    }
  }

  function attributes(text) {
    const attrs = {};
    const re = /([^\s"'=/>]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    let m;
    while ((m = re.exec(text))) attrs[m[1].toLowerCase()] = decode(m[3] ?? m[4] ?? m[5] ?? '');
    return attrs;
  }

  // ---------------------------------------------------------------- rules

  const DROP = new Set([
    'img',
    'hr',
    'input',
    'button',
    'select',
    'option',
    'form',
    'video',
    'audio',
    'canvas',
    'picture',
    'map',
    'embed',
    'link',
    'meta',
    'base',
    'frame',
    'frameset',
    'applet',
  ]);
  const BLOCK = new Set([
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'table',
    'blockquote',
    'section',
    'article',
    'aside',
    'header',
    'footer',
    'main',
    'nav',
    'pre',
    'dl',
    'dt',
    'dd',
    'figure',
    'figcaption',
    'address',
    'body',
    'html',
    'center',
    'fieldset',
    'caption',
    'tr',
    'td',
    'th',
    'thead',
    'tbody',
    'tfoot',
  ]);

  /** Only http(s), mailto, tel and relative URLs (not protocol-relative) are kept, like the server. */
  function safeHref(raw) {
    let href = String(raw || '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0020\u007f]+/g, (s) => (/^[ ]+$/.test(s) ? s : ''))
      .trim();
    const google = /^https?:\/\/www\.google\.[a-z.]+\/url\?(?:.*&)?q=([^&]+)/i.exec(href);
    if (google) {
      try {
        href = decodeURIComponent(google[1]);
      } catch {
        /* keep the redirect */
      }
    }
    if (!href || href.startsWith('//') || href.startsWith('\\')) return null;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
    if (scheme) return /^(https?|mailto|tel)$/i.test(scheme[1]) ? href : null;
    return /^[/?#.\w%~-]/.test(href) ? href : null;
  }

  function style(el, prop) {
    const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(el.attrs.style || '');
    return m ? m[1].trim().toLowerCase() : '';
  }
  function hasClass(el, re) {
    return re.test(el.attrs.class || '');
  }

  /** Inline formatting an element adds or removes: bold, italic, sup, sub. */
  function formatting(el, fmt) {
    const next = Object.assign({}, fmt);
    const n = el.name;
    if (n === 'b' && /^docs-internal-guid/.test(el.attrs.id || '')) return next;
    if (n === 'strong' || n === 'b') next.b = true;
    if (n === 'em' || n === 'i' || n === 'cite' || n === 'dfn') next.i = true;
    if (n === 'sup') next.sup = true;
    if (n === 'sub') next.sub = true;
    const weight = style(el, 'font-weight');
    if (weight) next.b = /bold|[6-9]00/.test(weight);
    const fontStyle = style(el, 'font-style');
    if (fontStyle) next.i = /italic|oblique/.test(fontStyle);
    const align = style(el, 'vertical-align');
    if (align === 'super') next.sup = true;
    if (align === 'sub') next.sub = true;
    return next;
  }

  /** Word list paragraph: `{ list, level, ordered }` from its mso-list style and its marker. */
  function wordList(el) {
    const m = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(el.attrs.style || '');
    if (!m || /mso-list\s*:\s*ignore/i.test(el.attrs.style || '')) return null;
    const marker = el.children.find((c) => c.name === 'mso-marker');
    const text = marker ? textOf(marker).trim() : '';
    return { list: m[1], level: Number(m[2]), ordered: /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)°]/i.test(text) };
  }

  function textOf(node) {
    if (node.text !== undefined) return node.text;
    return node.children.map(textOf).join('');
  }

  function headingLevel(el) {
    const h = /^h([1-6])$/.exec(el.name);
    if (h) return Number(h[1]);
    if (el.name === 'p' && hasClass(el, /\bMsoTitle\b/)) return 1;
    if (el.name === 'p' && hasClass(el, /\bMsoSubtitle\b/)) return 2;
    return 0;
  }

  // ---------------------------------------------------------------- footnotes

  /**
   * Footnote pairs: a link to `#T` whose target links back to the link (or to an element around
   * it). Our own markup, Word's (_ftn/_edn), LibreOffice's (sdfootnote) and Google Docs' (ftnt)
   * all have this shape. Returns the references and the note blocks, in reading order.
   */
  function findFootnotes(root) {
    const byName = new Map();
    const links = [];
    walk(root, (el) => {
      for (const key of [el.attrs.id, el.name === 'a' ? el.attrs.name : undefined]) if (key && !byName.has(key)) byName.set(key, el);
      if (el.name === 'a' && /^#./.test(el.attrs.href || '')) links.push(el);
    });
    const refs = new Map();
    const notes = new Map();
    for (const a of links) {
      const target = byName.get(a.attrs.href.slice(1));
      if (!target || target === a || refs.has(target) || refs.has(target.parent)) continue;
      if ([...notes.keys()].some((c) => isInside(a, c))) continue;
      const ref = a.parent && a.parent.name === 'sup' && a.parent.children.length === 1 ? a.parent : a;
      const again = [...refs.values()].find((note) => isInside(target, note.container));
      if (again) {
        refs.set(ref, again);
        continue;
      } // a second reference to a note
      const back = [target]
        .concat(descendants(target))
        .find((x) => x.name === 'a' && /^#./.test(x.attrs.href || '') && isInside(a, byName.get(x.attrs.href.slice(1))));
      if (!back) continue;
      const container = noteContainer(target, back);
      if (isInside(a, container)) continue;
      refs.set(ref, { container, back });
      notes.set(container, true);
    }
    return { refs, notes };
  }

  function noteContainer(target, back) {
    if (target.name === 'li' || (target.name === 'div' && target !== back)) return target;
    let el = back.parent;
    while (el && el.parent && !['p', 'div', 'li'].includes(el.name)) el = el.parent;
    if (el && el.name === 'p' && el.parent && el.parent.name === 'div' && el.parent.attrs.id) el = el.parent;
    return el || target;
  }

  function walk(node, fn) {
    for (const c of node.children || [])
      if (c.name) {
        fn(c);
        walk(c, fn);
      }
  }
  function descendants(node) {
    const all = [];
    walk(node, (c) => all.push(c));
    return all;
  }
  function isInside(node, ancestor) {
    for (let n = node; n; n = n.parent) if (n === ancestor) return true;
    return false;
  }

  const RT = (globalThis.EssorRichText = globalThis.EssorRichText || {});
  Object.assign(RT, {
    parse,
    walk,
    descendants,
    isInside,
    textOf,
    hasClass,
    safeHref,
    formatting,
    wordList,
    headingLevel,
    findFootnotes,
    DROP,
    BLOCK,
  });
})();
