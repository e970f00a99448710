/*
 * Essor rich-text editor — HTML cleaning (no DOM needed, so it runs in the browser and in node).
 *
 * `cleanPastedHtml(html)` turns clipboard HTML (Word, LibreOffice, Google Docs, web pages) into the
 * editor's markup: paragraphs, h3/h4 headings, strong/em, sup/sub, lists, links (http(s), mailto,
 * tel, relative), simple tables, blockquotes and footnotes; styles, classes, spans, fonts, Office
 * tags, comments, images and scripts are dropped. `normalizeEditorHtml(html)` applies the same
 * rules to the editor's own content (headings keep their level) and is what the form posts.
 * `textToHtml(text)` makes paragraphs of plain text (blank lines between them).
 *
 * Its output is a subset of the server's allowlist (src/shared/html.ts), which sanitizes again on
 * write: this cleaning is for a good editing experience, not for security.
 *
 * Part 3 of 3: blocks → HTML, and the public functions above. Classic scripts (no build step,
 * each served with its content-hashed URL), loaded in this order: editor-parse.js,
 * editor-read.js, editor-clean.js. They fill `globalThis.EssorRichText`, which editor.js uses;
 * tests import the three files and read the same global.
 */
(function () {
  'use strict';

  const RT = globalThis.EssorRichText;
  if (!RT || !RT.reader) return;
  const { parse, findFootnotes, reader, hasText, textToBlocks } = RT;

  // ---------------------------------------------------------------- blocks → HTML

  function escapeText(s) {
    return s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  }
  function escapeAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** Whitespace collapsed as a browser shows it, trimmed at both ends, no empty formatting. */
  function tidy(inl, inHeading) {
    const out = [];
    let space = true;
    for (const r of inl) {
      if (r.br) {
        while (out.length && out[out.length - 1].t === ' ') out.pop();
        if (out.length && !out[out.length - 1].br) out.push({ br: true });
        space = true;
        continue;
      }
      if (r.ref) {
        out.push(r);
        space = false;
        continue;
      }
      // Not \s: a no-break space (French typography: « ; » « : ») is text.
      let t = r.t.replace(/[ \t\n\r\f\u200b\ufeff]+/g, (w) => (/[^\u200b\ufeff]/.test(w) ? ' ' : ''));
      if (space) t = t.replace(/^ /, '');
      if (!t) continue;
      space = t.endsWith(' ');
      const run = { t, b: !!r.b && !inHeading, i: !!r.i, sup: !!r.sup && !r.sub, sub: !!r.sub, href: r.href || '' };
      if (!t.trim()) Object.assign(run, { b: false, i: false, sup: false, sub: false });
      out.push(run);
    }
    while (out.length && (out[out.length - 1].br || (out[out.length - 1].t !== undefined && !out[out.length - 1].t.trim()))) out.pop();
    const last = out[out.length - 1];
    if (last && last.t) last.t = last.t.replace(/ $/, '');
    // Browsers write a no-break space at the edge of a formatted run to keep it visible; it is
    // a plain space unless French typography wants it (before ; : ! ? » % €, after «, in numbers).
    for (let k = 0; k < out.length; k++) {
      const r = out[k];
      if (r.t === undefined) continue;
      const next = out[k + 1] && out[k + 1].t ? out[k + 1].t[0] : '';
      const prev = out[k - 1] && out[k - 1].t ? out[k - 1].t.slice(-1) : '';
      if (r.t.endsWith('\u00a0') && !/«\u00a0$/.test(r.t) && next && !/[;:!?»%€\d\u00a0 ]/.test(next)) r.t = `${r.t.slice(0, -1)} `;
      if (r.t.startsWith('\u00a0') && k > 0 && !/[«\d\u00a0 ]/.test(prev) && !/^.[;:!?»%€\d]/.test(r.t)) r.t = ` ${r.t.slice(1)}`;
    }
    // A space between two runs of the same formatting belongs to them.
    for (let k = 1; k < out.length - 1; k++) {
      if (out[k].t === ' ')
        for (const key of ['b', 'i', 'href']) if (out[k - 1][key] && out[k - 1][key] === out[k + 1][key]) out[k][key] = out[k - 1][key];
    }
    return out;
  }

  const KEYS = ['href', 'b', 'i', 'sup', 'sub'];
  const TAGS = { b: 'strong', i: 'em', sup: 'sup', sub: 'sub' };

  function inlineHtml(runs, depth, notes) {
    if (depth === KEYS.length) return runs.map((r) => (r.br ? '<br>' : r.ref ? refHtml(r.ref, notes) : escapeText(r.t))).join('');
    const key = KEYS[depth];
    let html = '';
    for (let k = 0; k < runs.length;) {
      const value = runs[k][key] || '';
      let j = k + 1;
      while (j < runs.length && (runs[j][key] || '') === value && !(value && runs[j].ref)) j++;
      if (runs[k].ref && value) j = k + 1;
      const inner = inlineHtml(runs.slice(k, j), depth + 1, notes);
      if (!value || runs[k].br || runs[k].ref) html += inner;
      else html += key === 'href' ? `<a href="${escapeAttr(value)}">${inner}</a>` : `<${TAGS[key]}>${inner}</${TAGS[key]}>`;
      k = j;
    }
    return html;
  }

  function refHtml(note, notes) {
    const seen = notes.indexOf(note) + 1;
    const n = seen || notes.push(note);
    // A second reference to the same note shows its number; ids stay unique.
    return `<sup${seen ? '' : ` id="fnref-${n}"`}><a href="#fn-${n}">${n}</a></sup>`;
  }

  function blocksHtml(list, ctx, nested) {
    return list
      .map((b) => {
        if ((b.type === 'p' || b.type === 'h') && !hasText(b.inl)) return '';
        if (b.type === 'p') return `<p>${inlineHtml(tidy(b.inl), 0, ctx.notes)}</p>`;
        if (b.type === 'h') return `<h${ctx.heading(b.level)}>${inlineHtml(tidy(b.inl, true), 0, ctx.notes)}</h${ctx.heading(b.level)}>`;
        if (b.type === 'quote') return `<blockquote>${blocksHtml(b.blocks, ctx, true)}</blockquote>`;
        if (b.type === 'table') return tableHtml(b, ctx);
        const tag = b.ordered ? 'ol' : 'ul';
        const items = b.items.map((it) => `<li>${inlineHtml(tidy(it.inl), 0, ctx.notes)}${blocksHtml(it.lists, ctx, true)}</li>`);
        return items.length ? `<${tag}>${items.join('')}</${tag}>` : '';
      })
      .filter(Boolean)
      .join(nested ? '' : '\n');
  }

  function tableHtml(t, ctx) {
    const rows = t.rows.map(
      (cells) =>
        `<tr>${cells
          .map((c) => {
            const tag = c.th ? 'th' : 'td';
            return `<${tag}${c.th && c.scope ? ` scope="${c.scope}"` : ''}>${inlineHtml(tidy(c.inl), 0, ctx.notes)}</${tag}>`;
          })
          .join('')}</tr>`,
    );
    if (!rows.length) return '';
    const caption = t.caption && hasText(t.caption) ? `<caption>${inlineHtml(tidy(t.caption), 0, ctx.notes)}</caption>` : '';
    return `<table>${caption}<tbody>${rows.join('')}</tbody></table>`;
  }

  function render(root, headingFor, fragments) {
    const found = findFootnotes(root);
    const notesByContainer = new Map();
    const refs = new Map();
    for (const [ref, { container, back }] of found.refs) {
      if (!notesByContainer.has(container)) notesByContainer.set(container, { container, back });
      refs.set(ref, notesByContainer.get(container));
    }
    const read = reader({ refs, notes: found.notes, fragments });
    const blocks = read.blocks(root.children, {});
    const levels = [];
    (function collect(list) {
      for (const b of list) {
        if (b.type === 'h') levels.push(b.level);
        if (b.blocks) collect(b.blocks);
      }
    })(blocks);
    const ctx = { notes: [], heading: headingFor(levels) };
    let html = blocksHtml(blocks, ctx, false);
    const items = [];
    for (let k = 0; k < ctx.notes.length; k++) {
      const { container, back } = ctx.notes[k];
      const content = container.children;
      const noteReader = reader({ refs: new Map(), fragments });
      const inl = [];
      for (const b of noteReader.blocks(withoutNode(content, back), {})) {
        if (!b.inl) continue;
        if (hasText(inl)) inl.push({ br: true });
        inl.push(...b.inl);
      }
      const text = inlineHtml(tidy(inl), 0, []);
      items.push(`<li id="fn-${k + 1}">${text} <a href="#fnref-${k + 1}">↩</a></li>`);
    }
    if (items.length) html += `${html ? '\n' : ''}<section class="footnotes"><ol>${items.join('')}</ol></section>`;
    return html;
  }

  /** Copies of `nodes` without `skip` (the note's back link, whose text is its number). */
  function withoutNode(nodes, skip) {
    return nodes.filter((n) => n !== skip).map((n) => (n.children ? Object.assign({}, n, { children: withoutNode(n.children, skip) }) : n));
  }

  /** Clipboard HTML → editor HTML. Heading levels are relative: the highest becomes h3, the others h4. */
  function cleanPastedHtml(html) {
    return render(parse(html), (levels) => {
      const top = levels.length ? Math.min(...levels) : 1;
      return (level) => (level <= top ? 3 : 4);
    });
  }

  /** The editor's own HTML → what the form posts. h1–h3 become h3, h4–h6 h4. */
  function normalizeEditorHtml(html) {
    return render(parse(html), () => (level) => (level <= 3 ? 3 : 4), true);
  }

  /** Plain text → paragraphs (blank lines between them), line breaks, simple lists. */
  function textToHtml(text) {
    return blocksHtml(textToBlocks(text), { notes: [], heading: () => 3 }, false);
  }

  Object.assign(RT, { cleanPastedHtml, normalizeEditorHtml, textToHtml });
})();
