/*
 * Essor rich-text editor: footnotes in the live editor, and the selection helpers editor.js
 * shares. A note is a reference `<sup id="…fnref-N"><a href="#…fn-N">N</a></sup>` in the text
 * and an item `<li id="…fn-N">texte <a href="#…fnref-N">↩</a></li>` in the
 * `<section class="footnotes"><ol>` kept at the end of the field; ids carry the editor's prefix
 * (several editors share a page) and become plain fn-N in what the form posts.
 * Loaded after editor-clean.js and before editor.js; adds `EssorRichText.editor`.
 */
(function () {
  'use strict';

  const RT = globalThis.EssorRichText;
  if (!RT || typeof document === 'undefined') return;

  const NOTE_PLACEHOLDER = 'Texte de la note';
  let count = 0;

  function insertNote(state) {
    if (insideNotes(state)) return;
    const key = `${state.prefix}new${++count}-`;
    const li = document.createElement('li');
    li.id = `${key}fn-1`;
    li.append(NOTE_PLACEHOLDER, ' ', backLink(`${key}fnref-1`));
    // Inserted by hand: Chrome's insertHTML turns a lone <sup> into a styled span. (So the
    // browser's undo does not take a new reference back: Backspace does.)
    const range = currentRange(state.area);
    if (!range) return;
    range.deleteContents();
    const sup = document.createElement('sup');
    sup.id = `${key}fnref-1`;
    sup.append(Object.assign(document.createElement('a'), { href: `#${key}fn-1`, textContent: '*' }));
    range.insertNode(sup);
    notesList(state, true).append(li);
    notes(state);
    // The note's text is selected: typing replaces it.
    const text = document.createRange();
    text.setStart(li.firstChild, 0);
    text.setEnd(li.firstChild, NOTE_PLACEHOLDER.length);
    select(text);
    state.say(`Note ${li.id.slice(state.prefix.length + 3)} ajoutée en bas du texte`);
    state.changed();
  }

  function backLink(target) {
    const a = document.createElement('a');
    a.setAttribute('href', `#${target}`);
    a.textContent = '↩';
    return a;
  }

  function notesList(state, create) {
    let section = state.area.querySelector('section.footnotes');
    if (!section && create) {
      section = document.createElement('section');
      section.className = 'footnotes';
      state.area.append(section);
    }
    if (!section) return null;
    let ol = section.querySelector('ol');
    if (!ol) {
      ol = document.createElement('ol');
      section.append(ol);
    }
    return ol;
  }

  function refLink(sup, prefix) {
    const a = sup.querySelector(`a[href^="#${prefix}"]`);
    return a && !sup.closest('section.footnotes') ? a : null;
  }

  /**
   * Numbers the notes in the order of their references and keeps each note with its
   * reference (by node, so that undoing the deletion of a reference brings its note back).
   * A note deleted by hand takes its reference with it; typing stuck to a reference or a
   * back link is moved out of it.
   */
  function notes(state) {
    const { area } = state;
    const ol = notesList(state, false);
    const lis = ol ? [...ol.children].filter((n) => n.tagName === 'LI') : [];
    const byId = new Map(lis.map((li) => [li.id, li]));
    const wanted = [];
    const caret = saveCaret();
    for (const sup of area.querySelectorAll('sup')) {
      const a = refLink(sup, state.prefix);
      if (!a) continue;
      unwrapTyped(sup, a);
      const known = state.labels.get(sup);
      if (known !== undefined && a.textContent !== known) {
        if (!unstick(a, known, sup)) {
          sup.remove();
          continue;
        }
      }
      let li = state.noteOf.get(sup);
      if (li && !li.isConnected && !state.parked.has(li)) {
        sup.remove();
        continue;
      } // note deleted by hand
      if (!li || (li.isConnected && !lis.includes(li))) li = byId.get(a.getAttribute('href').slice(1));
      if (!li) {
        sup.remove();
        continue;
      }
      const again = wanted.includes(li);
      if (!again) wanted.push(li);
      const n = wanted.indexOf(li) + 1;
      // A second reference to the same note shows its number; ids stay unique.
      setAttr(sup, 'id', again ? null : `${state.prefix}fnref-${n}`);
      setAttr(a, 'href', `#${state.prefix}fn-${n}`);
      if (a.textContent !== String(n)) a.textContent = String(n);
      state.labels.set(sup, String(n));
      state.noteOf.set(sup, li);
    }
    wanted.forEach((li, k) => fixNote(li, `${state.prefix}fn-${k + 1}`, `${state.prefix}fnref-${k + 1}`));
    for (const li of lis)
      if (!wanted.includes(li)) {
        state.parked.add(li);
        li.remove();
      }
    for (const li of wanted) state.parked.delete(li);
    if (wanted.length) {
      const list = notesList(state, true);
      wanted.forEach((li, k) => {
        if (list.children[k] !== li) list.insertBefore(li, list.children[k] || null);
      });
      const section = list.closest('section');
      if (section !== area.lastElementChild) area.append(section);
    } else if (ol) ol.closest('section').remove();
    restoreCaret(caret);
  }

  function fixNote(li, id, refId) {
    setAttr(li, 'id', id);
    let back = li.querySelector('a[href*="fnref-"]');
    if (!back) {
      back = backLink(refId);
      li.append(' ', back);
    }
    setAttr(back, 'href', `#${refId}`);
    if (back.parentNode !== li) li.append(back);
    // Text typed into or after the back link belongs before it, and the link stays last.
    const moved = [];
    if (back.textContent !== '↩') {
      const extra = back.textContent.replace('↩', '');
      back.textContent = '↩';
      if (extra) moved.push(document.createTextNode(extra));
    }
    while (back.nextSibling) {
      moved.push(back.nextSibling);
      back.nextSibling.remove();
    }
    if (!moved.length) return;
    let before = back.previousSibling;
    if (!before || before.nodeType !== 3) {
      before = document.createTextNode('');
      back.before(before);
    }
    if (moved.every((n) => n.nodeType === 3)) {
      // One text node, so that the browser's typing keeps ordinary spaces between the words
      // (a no-break space it typed to keep a trailing space visible is now inside the text).
      before.data =
        before.data.replace(/[ \u00a0]+$/, '') +
        moved
          .map((n) => n.data)
          .join('')
          .replace(/^\u00a0/, ' ');
      back.before(' ');
      placeAfter(before);
    } else {
      back.before(...moved, ' ');
    }
  }

  /** What was typed inside a reference but outside its link goes out of the <sup>, before or after it. */
  function unwrapTyped(sup, a) {
    let node = a;
    while (node.parentNode !== sup) node = node.parentNode;
    while (sup.firstChild !== node) sup.before(sup.firstChild);
    const after = [];
    while (node.nextSibling) {
      after.push(node.nextSibling);
      node.nextSibling.remove();
    }
    if (after.length) sup.after(...after);
  }

  /** Text typed into a reference's link, before or after its number, moved next to it. */
  function unstick(a, label, sup) {
    const text = a.textContent;
    if (text.startsWith(label) && text.length > label.length) {
      a.textContent = label;
      sup.after(text.slice(label.length));
      placeAfter(sup.nextSibling);
      return true;
    }
    if (text.endsWith(label) && text.length > label.length) {
      a.textContent = label;
      sup.before(text.slice(0, -label.length));
      placeAfter(sup.previousSibling);
      return true;
    }
    return false;
  }

  function setAttr(node, name, value) {
    if (value === null) {
      if (node.hasAttribute(name)) node.removeAttribute(name);
    } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }

  function insideNotes(state) {
    return !!closestInArea(state.area, state.range && state.range.startContainer, 'section.footnotes');
  }

  // ---------------------------------------------------------------- selection

  function currentRange(area) {
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    return area.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  }

  function select(range) {
    const sel = document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /** The caret as plain node and offset (a live Range would follow the nodes being moved). */
  function saveCaret() {
    const sel = document.getSelection();
    return sel && sel.rangeCount && sel.isCollapsed ? { node: sel.focusNode, offset: sel.focusOffset } : null;
  }

  function restoreCaret(caret) {
    const sel = document.getSelection();
    if (!caret || !caret.node.isConnected || !sel.rangeCount) return;
    const now = sel.getRangeAt(0);
    if (now.startContainer === caret.node && now.startOffset === caret.offset) return;
    if (!document.activeElement || !document.activeElement.isContentEditable) return;
    try {
      const range = document.createRange();
      range.setStart(caret.node, Math.min(caret.offset, caret.node.nodeType === 3 ? caret.node.length : caret.node.childNodes.length));
      select(range);
    } catch {
      /* the node went away */
    }
  }

  function placeAfter(node) {
    if (!node) return;
    const range = document.createRange();
    range.setStart(node, node.nodeType === 3 ? node.length : 0);
    select(range);
  }

  function closestInArea(area, node, selector) {
    const elem = node && (node.nodeType === 1 ? node : node.parentElement);
    const found = elem && elem.closest(selector);
    return found && area.contains(found) ? found : null;
  }

  RT.editor = { insertNote, notes, notesList, insideNotes, currentRange, select, closestInArea };
})();
