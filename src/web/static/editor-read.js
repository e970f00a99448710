/*
 * Essor rich-text editor, part 2 of 3 of the HTML cleaning (see editor-clean.js): reads the tree
 * of editor-parse.js into blocks (paragraphs, headings, lists, quotes, tables) whose inline
 * content is a flat list of formatted runs, so that nested spans, fonts and styles collapse
 * into plain bold, italic and links. Plain text is read here too.
 */
(function () {
  'use strict';

  const RT = globalThis.EssorRichText;
  if (!RT || !RT.parse) return;
  const { walk, descendants, textOf, hasClass, safeHref, formatting, wordList, headingLevel, DROP, BLOCK } = RT;

  // ---------------------------------------------------------------- tree → blocks

  /**
   * Reads the source tree into blocks: `{ type: 'p' | 'h', level, inl }`, `{ type: 'list', ordered,
   * items: [{ inl, lists }] }`, `{ type: 'quote', blocks }`, `{ type: 'table', rows }`; inline
   * content `inl` is a list of runs `{ t, b, i, sup, sub, href }`, `{ br }` and `{ ref }`.
   */
  function reader(ctx) {
    ctx.notes = ctx.notes || new Map();
    function blocks(nodes, fmt) {
      const out = [];
      let inl = [];
      const flush = () => {
        if (hasText(inl)) out.push({ type: 'p', inl });
        inl = [];
      };
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.text === undefined && !isBlock(node) && !ctx.refs.has(node) && descendants(node).some(isBlock)) {
          // An inline element around blocks (Google Docs wraps everything in a <b>): a container.
          flush();
          out.push(...blocks(node.children, formatting(node, fmt)));
          continue;
        }
        if (node.text !== undefined || !isBlock(node)) {
          inline(node, fmt, inl);
          continue;
        }
        flush();
        if (ctx.notes.has(node)) continue;
        const word = node.name === 'p' && wordList(node);
        if (word) {
          const run = [];
          while (i < nodes.length && (nodes[i].text !== undefined ? !nodes[i].text.trim() : nodes[i].name === 'p' && wordList(nodes[i]))) {
            if (nodes[i].name) run.push(nodes[i]);
            i++;
          }
          i--;
          out.push(...wordLists(run, fmt));
          continue;
        }
        out.push(...block(node, fmt));
      }
      flush();
      return out;
    }

    function block(el, fmt) {
      if (isNotesBlock(el)) return []; // notes with a reference were taken out; these have none
      const level = headingLevel(el);
      if (level) return [{ type: 'h', level, inl: inlines(el.children, fmt) }];
      switch (el.name) {
        case 'p':
        case 'dt':
        case 'dd':
        case 'figcaption':
        case 'address':
          return [{ type: 'p', inl: inlines(el.children, formatting(el, fmt)) }];
        case 'pre':
          return textToBlocks(textOf(el));
        case 'ul':
        case 'ol':
          return [list(el, fmt)];
        case 'li':
          return [{ type: 'list', ordered: false, items: [item(el, fmt)] }];
        case 'blockquote':
          return [{ type: 'quote', blocks: blocks(el.children, fmt) }];
        case 'table':
          return [table(el, fmt)];
        default:
          return blocks(el.children, formatting(el, fmt));
      }
    }

    function list(el, fmt) {
      const items = [];
      for (const c of el.children) {
        if (ctx.notes.has(c)) continue;
        if (c.name === 'li') items.push(item(c, fmt));
        else if (c.name === 'ul' || c.name === 'ol') {
          if (!items.length) items.push({ inl: [], lists: [] });
          items[items.length - 1].lists.push(list(c, fmt));
        } else if (c.name || (c.text && c.text.trim())) {
          const inl = inlines([c], fmt);
          if (hasText(inl)) items.push({ inl, lists: [] });
        }
      }
      return { type: 'list', ordered: el.name === 'ol', items };
    }

    function item(el, fmt) {
      const inl = [];
      const lists = [];
      for (const b of blocks(el.children, formatting(el, fmt))) {
        if (b.type === 'list') lists.push(b);
        else {
          if (hasText(inl)) inl.push({ br: true });
          inl.push(...(b.type === 'quote' || b.type === 'table' ? [] : b.inl));
        }
      }
      return { inl, lists };
    }

    function wordLists(paragraphs, fmt) {
      const roots = [];
      const open = [];
      for (const p of paragraphs) {
        const info = wordList(p);
        while (
          open.length &&
          (open[open.length - 1].level > info.level ||
            (open[open.length - 1].level === info.level && open[open.length - 1].id !== info.list))
        )
          open.pop();
        const content = {
          inl: inlines(
            p.children.filter((c) => c.name !== 'mso-marker'),
            formatting(p, fmt),
          ),
          lists: [],
        };
        const current = open[open.length - 1];
        if (current && current.level === info.level) {
          current.list.items.push(content);
          continue;
        }
        const list = { type: 'list', ordered: info.ordered, items: [content] };
        if (current) {
          const parent = current.list.items[current.list.items.length - 1];
          parent.lists.push(list);
        } else roots.push(list);
        open.push({ level: info.level, id: info.list, list });
      }
      return roots;
    }

    function table(el, fmt) {
      const rows = [];
      walk(el, (tr) => {
        if (tr.name !== 'tr') return;
        const cells = tr.children
          .filter((c) => c.name === 'td' || c.name === 'th')
          .map((c) => ({
            th: c.name === 'th',
            scope: /^(row|col)$/.test(c.attrs.scope || '') ? c.attrs.scope : '',
            inl: cell(c, fmt),
          }));
        if (cells.length) rows.push(cells);
      });
      const caption = el.children.find((c) => c.name === 'caption');
      return { type: 'table', rows, caption: caption ? inlines(caption.children, fmt) : null };
    }

    function cell(el, fmt) {
      const inl = [];
      for (const b of blocks(el.children, fmt)) {
        if (b.type !== 'p' && b.type !== 'h') continue;
        if (hasText(inl)) inl.push({ br: true });
        inl.push(...b.inl);
      }
      return inl;
    }

    function inlines(nodes, fmt) {
      const inl = [];
      for (const n of nodes) inline(n, fmt, inl);
      return inl;
    }

    function inline(node, fmt, inl) {
      if (node.text !== undefined) {
        inl.push(Object.assign({ t: node.text }, fmt));
        return;
      }
      if (ctx.refs.has(node)) {
        inl.push({ ref: ctx.refs.get(node) });
        return;
      }
      if (ctx.notes.has(node) || orphanReference(node)) return;
      if (DROP.has(node.name) || node.name === 'mso-marker' || /^v:/.test(node.name)) return;
      if (node.name === 'br') {
        inl.push({ br: true });
        return;
      }
      if (isBlock(node)) {
        // A block inside inline content (a <div> in a <span>…): its content, on its own line.
        if (hasText(inl)) inl.push({ br: true });
        for (const b of blocks([node], fmt)) if (b.inl) inl.push(...b.inl);
        return;
      }
      if (/mso-tab-count/i.test(node.attrs.style || '')) {
        inl.push(Object.assign({ t: ' ' }, fmt));
        return;
      }
      let f = formatting(node, fmt);
      if (node.name === 'a') {
        const href = node.attrs.href && (ctx.fragments || !node.attrs.href.startsWith('#')) ? safeHref(node.attrs.href) : null;
        if (href) f = Object.assign({}, f, { href });
      }
      for (const c of node.children) inline(c, f, inl);
    }

    function isBlock(node) {
      return node.name && (BLOCK.has(node.name) || ctx.notes.has(node));
    }

    return { blocks };
  }

  /** `<sup><a href="#fn-3">3</a></sup>` whose note is gone. */
  function orphanReference(node) {
    const kids = node.children.filter((c) => c.name || c.text.trim());
    return node.name === 'sup' && kids.length === 1 && kids[0].name === 'a' && /^#([\w-]+-)?fn-/.test(kids[0].attrs.href || '');
  }

  /** Our notes block, Word's and LibreOffice's: what is left in them has lost its reference. */
  function isNotesBlock(el) {
    return (
      (el.name === 'section' && hasClass(el, /\bfootnotes\b/)) ||
      /mso-element\s*:\s*(foot|end)note/i.test(el.attrs.style || '') ||
      (el.name === 'div' && /^sd(foot|end)note\d+$/.test(el.attrs.id || ''))
    );
  }

  function hasText(inl) {
    return inl.some((r) => r.ref || (r.t && r.t.replace(/[\s\u00a0\u200b]+/g, '')));
  }

  function textToBlocks(text) {
    return String(text)
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t\u00a0]*\n/)
      .map((para) => {
        const lines = para.split('\n').filter((l) => l.trim());
        const bullet = /^\s*[-*•–]\s+/;
        const number = /^\s*\d+[.)]\s+/;
        for (const [re, ordered] of [
          [bullet, false],
          [number, true],
        ]) {
          if (lines.length > 1 && lines.every((l) => re.test(l))) {
            return { type: 'list', ordered, items: lines.map((l) => ({ inl: [{ t: l.replace(re, '') }], lists: [] })) };
          }
        }
        const inl = [];
        lines.forEach((line, k) => {
          if (k) inl.push({ br: true });
          inl.push({ t: line });
        });
        return { type: 'p', inl };
      })
      .filter((b) => b.type === 'list' || hasText(b.inl));
  }

  Object.assign(RT, { reader, hasText, textToBlocks });
})();
