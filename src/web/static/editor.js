/*
 * Essor rich-text editor — progressive enhancement of `<textarea data-rich-text>` inside a form.
 *
 * Each such textarea becomes a contenteditable region under an ARIA toolbar (paragraph, h3, h4,
 * bold, italic, lists, link, remove link, footnote, HTML source). The textarea stays in the form,
 * hidden, and always holds the cleaned HTML (on input, on submit), so the form posts as before;
 * without JavaScript, or if a script is missing, the plain textarea is left alone.
 *
 * Needs the four scripts before it, in this order (each with its hashed URL; `defer` keeps it):
 *   editor-parse.js, editor-read.js, editor-clean.js (HTML cleaning), editor-notes.js (footnotes),
 *   then editor.js.
 * Markup: `<label for="x">…</label><textarea id="x" name="…" data-rich-text>…</textarea>` in a form.
 * Works under the site's CSP (no inline script or style): looks come from classes in style.css,
 * visibility from the `hidden` attribute.
 */
(function () {
  'use strict';

  const R = globalThis.EssorRichText;
  if (!R || !R.cleanPastedHtml || !R.editor || typeof document.execCommand !== 'function') return;
  const { insertNote, notes, notesList, insideNotes, currentRange, select, closestInArea } = R.editor;
  let uid = 0;

  /** Toolbar buttons: [command, visible label, toggle?] — French interface. */
  const BUTTONS = [
    ['p', 'Paragraphe', true],
    ['h3', 'Intertitre', true],
    ['h4', 'Sous-intertitre', true],
    ['bold', 'Gras', true],
    ['italic', 'Italique', true],
    ['ul', 'Liste à puces', true],
    ['ol', 'Liste numérotée', true],
    ['link', 'Lien', false],
    ['unlink', 'Retirer le lien', false],
    ['note', 'Note de bas de page', false],
    ['source', 'Modifier le code HTML', true],
  ];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== false && v != null) node.setAttribute(k, v === true ? '' : v);
    for (const c of children || []) node.append(c);
    return node;
  }

  function enhance(textarea) {
    if (textarea.dataset.richTextReady) return;
    textarea.dataset.richTextReady = '1';
    const id = `rte-${++uid}`;
    const label = textarea.labels && textarea.labels[0];
    if (label && !label.id) label.id = `${id}-label`;

    const buttons = new Map();
    // The toolbar's name says which field it formats (with the fieldset's legend: several sections share the label "Texte").
    const legend = textarea.closest('fieldset') && textarea.closest('fieldset').querySelector('legend');
    const field = [label && label.textContent.trim(), legend && legend.textContent.trim()].filter(Boolean).join(', ');
    const toolbar = el('div', {
      class: 'rte-toolbar',
      role: 'toolbar',
      'aria-label': field ? `Mise en forme : ${field}` : 'Mise en forme',
      'aria-controls': `${id}-area`,
    });
    BUTTONS.forEach(([cmd, text, toggle], i) => {
      const b = el(
        'button',
        {
          type: 'button',
          class: `rte-button rte-${cmd}`,
          'data-command': cmd,
          tabindex: i === 0 ? '0' : '-1',
          'aria-pressed': toggle ? 'false' : null,
        },
        [text],
      );
      buttons.set(cmd, b);
      toolbar.append(b);
    });
    const area = el('div', {
      class: 'rte-area rich-text',
      id: `${id}-area`,
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': label ? label.id : null,
      'aria-label': label ? null : 'Texte',
      'aria-describedby': textarea.getAttribute('aria-describedby'),
      spellcheck: 'true',
      lang: textarea.closest('[lang]') ? textarea.closest('[lang]').lang : 'fr',
    });
    const input = el('input', {
      type: 'text',
      id: `${id}-url`,
      class: 'rte-url',
      inputmode: 'url',
      autocomplete: 'url',
      'aria-describedby': `${id}-url-hint`,
    });
    const error = el('p', { class: 'rte-error', id: `${id}-url-error`, hidden: true }, [
      'Adresse non valide : elle doit commencer par https://, http://, mailto:, tel: ou / (lien interne).',
    ]);
    const dialog = el('div', { class: 'rte-dialog', role: 'dialog', 'aria-labelledby': `${id}-dialog-title`, hidden: true }, [
      el('p', { class: 'rte-dialog-title', id: `${id}-dialog-title` }, ['Ajouter un lien']),
      el('label', { for: `${id}-url` }, ['Adresse du lien']),
      el('p', { class: 'rte-hint', id: `${id}-url-hint` }, [
        'Par exemple https://www.exemple.fr, mailto:contact@exemple.fr, tel:+33123456789 ou /adherents',
      ]),
      input,
      error,
      el('div', { class: 'rte-dialog-actions' }, [
        el('button', { type: 'button', class: 'rte-apply' }, ['Appliquer']),
        el('button', { type: 'button', class: 'rte-cancel' }, ['Annuler']),
      ]),
    ]);
    const status = el('p', { class: 'visually-hidden', role: 'status' });
    const wrapper = el('div', { class: 'rte' }, [toolbar, dialog, area, status]);
    textarea.before(wrapper);
    wrapper.append(textarea);
    textarea.hidden = true;
    textarea.classList.add('rte-source');

    // Ids in the page carry the editor's prefix (a form may hold several editors, each with
    // its notes 1, 2…); what the form posts has plain fn-N ids (editor-clean.js renumbers).
    const state = {
      area,
      textarea,
      prefix: `${id}-`,
      noteOf: new WeakMap(),
      parked: new WeakSet(),
      labels: new WeakMap(),
      range: null,
      timer: 0,
    };
    state.changed = () => changed(state);
    load(state, textarea.value);

    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand('styleWithCSS', false, false);

    // Clicking the field's label goes to the editor (its textarea is hidden).
    if (label)
      label.addEventListener('click', (e) => {
        if (!textarea.hidden) return;
        e.preventDefault();
        area.focus();
      });

    toolbar.addEventListener('mousedown', (e) => {
      if (e.target.closest('.rte-button')) e.preventDefault();
    });
    toolbar.addEventListener('click', (e) => {
      const b = e.target.closest('.rte-button');
      if (b && b.getAttribute('aria-disabled') !== 'true') run(b.dataset.command);
    });
    toolbar.addEventListener('keydown', (e) => roveFocus(e, toolbar));
    toolbar.addEventListener('focusin', (e) => {
      const b = e.target.closest('.rte-button');
      if (b) for (const other of buttons.values()) other.tabIndex = other === b ? 0 : -1;
    });

    // selectionchange comes late: commands read the selection when they run.
    const remember = () => {
      const r = currentRange(area);
      if (r) state.range = r;
    };
    area.addEventListener('focusout', remember);
    area.addEventListener('keydown', (e) => {
      remember();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && !e.shiftKey && (key === 'b' || key === 'i' || key === 'k' || key === 'u')) {
        e.preventDefault();
        if (key !== 'u') run({ b: 'bold', i: 'italic', k: 'link' }[key]);
      } else if (e.altKey && e.key === 'F10') {
        e.preventDefault();
        (toolbar.querySelector('[tabindex="0"]') || buttons.get('p')).focus();
      } else if (e.key === 'Enter' && !e.shiftKey && insideNotes(state)) {
        e.preventDefault(); // one paragraph per note: Enter would make a note without reference
      }
    });
    area.addEventListener('input', () => changed(state));
    area.addEventListener('paste', (e) => {
      e.preventDefault();
      insertClipboard(state, e.clipboardData);
    });
    // A drag inside the editor moves text: the browser does that. A drop from elsewhere is a paste.
    area.addEventListener('dragstart', () => {
      state.dragging = true;
    });
    area.addEventListener('dragend', () => {
      state.dragging = false;
    });
    area.addEventListener('drop', (e) => {
      if (state.dragging || !e.dataTransfer || !Array.from(e.dataTransfer.types).some((t) => t === 'text/html' || t === 'text/plain'))
        return;
      e.preventDefault();
      const point = dropPoint(e);
      if (point) select(point);
      insertClipboard(state, e.dataTransfer);
    });
    document.addEventListener('selectionchange', () => {
      const range = currentRange(area);
      if (range) {
        state.range = range;
        refreshButtons();
      }
    });

    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        applyLink();
      }
    });
    dialog.querySelector('.rte-apply').addEventListener('click', applyLink);
    dialog.querySelector('.rte-cancel').addEventListener('click', closeDialog);
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeDialog();
      }
    });

    // A required field left empty: the browser cannot point at the hidden textarea, so the editor says it.
    if (textarea.required) area.setAttribute('aria-required', 'true');
    textarea.addEventListener('invalid', () => {
      if (!textarea.hidden) return;
      area.focus();
      say(textarea.validationMessage || 'Ce champ est obligatoire.');
    });

    const form = textarea.form;
    if (form) {
      form.addEventListener('submit', () => save(state));
      form.addEventListener('formdata', () => save(state));
      form.addEventListener('reset', () => setTimeout(() => load(state, textarea.value)));
    }

    function run(cmd) {
      if (cmd === 'source') return toggleSource();
      if (!textarea.hidden) return;
      restore(state);
      if (['p', 'h3', 'h4', 'ul', 'ol', 'note'].includes(cmd) && insideNotes(state))
        return say('Les notes restent de simples paragraphes.');
      if (cmd === 'p' || cmd === 'h3' || cmd === 'h4') {
        document.execCommand('formatBlock', false, `<${cmd}>`);
        tidy(area);
      } else if (cmd === 'bold' || cmd === 'italic') document.execCommand(cmd);
      else if (cmd === 'ul') document.execCommand('insertUnorderedList');
      else if (cmd === 'ol') document.execCommand('insertOrderedList');
      else if (cmd === 'unlink') {
        selectLink(area);
        document.execCommand('unlink');
        say('Lien retiré');
      } else if (cmd === 'link') return openDialog();
      else if (cmd === 'note') return insertNote(state);
      changed(state);
      refreshButtons();
    }

    function toggleSource() {
      const showing = textarea.hidden;
      if (showing) {
        save(state);
        area.hidden = true;
        textarea.hidden = false;
        textarea.focus();
      } else {
        load(state, textarea.value);
        textarea.hidden = true;
        area.hidden = false;
        area.focus();
      }
      buttons.get('source').setAttribute('aria-pressed', String(showing));
      for (const [cmd, b] of buttons) if (cmd !== 'source') b.setAttribute('aria-disabled', String(showing));
      say(showing ? 'Code HTML affiché' : 'Éditeur affiché');
    }

    function openDialog() {
      const link = closestInArea(area, state.range && state.range.startContainer, 'a[href]');
      input.value = link ? link.getAttribute('href') : '';
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', `${id}-url-hint`);
      dialog.hidden = false;
      input.focus();
    }

    function closeDialog() {
      dialog.hidden = true;
      restore(state);
    }

    function applyLink() {
      let url = input.value.trim();
      if (/^www\./i.test(url)) url = `https://${url}`;
      if (/^[^\s@/:]+@[^\s@/]+\.[a-z]{2,}$/i.test(url)) url = `mailto:${url}`;
      const href = url && R.safeHref(url);
      if (!href) {
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${id}-url-error ${id}-url-hint`);
        input.focus();
        return;
      }
      dialog.hidden = true;
      restore(state);
      const range = currentRange(area);
      const link = closestInArea(area, range && range.startContainer, 'a[href]');
      if (link && range.collapsed) link.setAttribute('href', href);
      else if (range && range.collapsed) document.execCommand('insertHTML', false, `<a href="${escapeAttr(href)}">${escapeText(href)}</a>`);
      else document.execCommand('createLink', false, href);
      say('Lien ajouté');
      changed(state);
      refreshButtons();
    }

    function refreshButtons() {
      const node = state.range && state.range.startContainer;
      const block = closestInArea(area, node, 'h3, h4, li, p, h1, h2, h5, h6');
      const list = closestInArea(area, node, 'ul, ol');
      const pressed = {
        p: !!block && block.tagName === 'P' && !list,
        h3: !!block && /^H[1-3]$/.test(block.tagName),
        h4: !!block && /^H[4-6]$/.test(block.tagName),
        bold: !!closestInArea(area, node, 'strong, b'),
        italic: !!closestInArea(area, node, 'em, i'),
        ul: !!list && list.tagName === 'UL',
        ol: !!list && list.tagName === 'OL',
      };
      for (const [cmd, on] of Object.entries(pressed)) buttons.get(cmd).setAttribute('aria-pressed', String(on));
      buttons.get('unlink').setAttribute('aria-disabled', String(!closestInArea(area, node, 'a[href]') || !textarea.hidden));
    }

    function say(text) {
      status.textContent = '';
      setTimeout(() => {
        status.textContent = text;
      }, 50);
    }
    state.say = say;
  }

  /** Where a drop lands (Chrome and Safari, then Firefox). */
  function dropPoint(e) {
    if (document.caretRangeFromPoint) return document.caretRangeFromPoint(e.clientX, e.clientY);
    const pos = document.caretPositionFromPoint && document.caretPositionFromPoint(e.clientX, e.clientY);
    if (!pos) return null;
    const range = document.createRange();
    range.setStart(pos.offsetNode, pos.offset);
    return range;
  }

  // ---------------------------------------------------------------- content in and out

  function load(state, html) {
    const clean = R.normalizeEditorHtml(html || '').replace(/(id="|href="#)(fn(?:ref)?-)/g, `$1${state.prefix}$2`);
    state.area.innerHTML = clean || '<p><br></p>';
    notes(state);
  }

  /** Writes the cleaned HTML to the textarea (what the form posts). */
  function save(state) {
    clearTimeout(state.timer);
    if (!state.textarea.hidden) return; // editing the source: the textarea is the truth
    state.textarea.value = R.normalizeEditorHtml(state.area.innerHTML);
  }

  function changed(state) {
    if (!state.busy && state.area.querySelector('sup, section.footnotes')) notes(state);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => save(state), 150);
  }

  function insertClipboard(state, data) {
    const html = data.getData('text/html');
    let clean = html ? R.cleanPastedHtml(html) : R.textToHtml(data.getData('text/plain'));
    if (!clean) return;
    // Pasted notes get ids of their own until they are numbered with the others.
    const stamp = `${state.prefix}p${++uid}-`;
    clean = clean.replace(/(id="|href="#)(fn(?:ref)?-)/g, `$1${stamp}$2`);
    const tpl = document.createElement('template');
    tpl.innerHTML = clean;
    const pastedNotes = tpl.content.querySelector('section.footnotes');
    if (pastedNotes) pastedNotes.remove();
    // One paragraph goes into the current one as inline content. (Chrome merges blocks into the
    // paragraph at the caret through styled spans: the CSP blocks their style, tidy drops them.)
    const blocks = [...tpl.content.children];
    if (blocks.length === 1 && blocks[0].tagName === 'P') tpl.innerHTML = `<wbr>${blocks[0].innerHTML}<wbr>`;
    // Not numbered until both the references and their notes are in (insertHTML fires input).
    state.busy = true;
    try {
      if (tpl.innerHTML.trim()) document.execCommand('insertHTML', false, tpl.innerHTML);
      if (pastedNotes) notesList(state, true).append(...pastedNotes.querySelectorAll('li'));
      tidy(state.area);
    } finally {
      state.busy = false;
    }
    changed(state);
  }

  /**
   * Chrome's editing commands turn some inserted markup into inline styles (which the CSP
   * ignores): the styles go, formatting ones become elements again. Bare spans stay (the posted
   * HTML drops them): unwrapping them would break the browser's undo of a paste.
   */
  function tidy(area) {
    for (const node of area.querySelectorAll('[style]')) {
      const css = node.getAttribute('style');
      node.removeAttribute('style');
      const tags = [];
      if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(css)) tags.push('b');
      if (/font-style\s*:\s*italic/i.test(css)) tags.push('i');
      if (/vertical-align\s*:\s*super/i.test(css)) tags.push('sup');
      if (/vertical-align\s*:\s*sub/i.test(css)) tags.push('sub');
      for (const tag of tags) {
        const wrap = document.createElement(tag);
        wrap.append(...node.childNodes);
        node.append(wrap);
      }
    }
  }

  // ---------------------------------------------------------------- selection and focus

  /** Focuses the editor with the selection it had (the toolbar and the dialog take focus). */
  function restore(state) {
    if (document.activeElement === state.area && currentRange(state.area)) return;
    state.area.focus();
    if (state.range && state.area.contains(state.range.commonAncestorContainer)) select(state.range);
  }

  function selectLink(area) {
    const range = currentRange(area);
    const link = closestInArea(area, range && range.startContainer, 'a[href]');
    if (link && range.collapsed) {
      const r = document.createRange();
      r.selectNodeContents(link);
      select(r);
    }
  }

  function roveFocus(e, toolbar) {
    const all = [...toolbar.querySelectorAll('.rte-button')];
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    all[(next + all.length) % all.length].focus();
  }

  function escapeText(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  function escapeAttr(s) {
    return escapeText(s).replace(/"/g, '&quot;');
  }

  function start() {
    for (const textarea of document.querySelectorAll('form textarea[data-rich-text]')) enhance(textarea);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
