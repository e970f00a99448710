/*
 * Essor — nothing typed is lost: a copy of what is typed in a `<form data-keep="key">` is kept in
 * this browser (localStorage) until the server has it. If a submission fails (expired session,
 * lost connection, server down), the next time the form is shown with other values, a notice
 * offers to put the unsaved answers back, or to forget them.
 *
 * How it knows the server has them: the page shown right after a successful save marks the form
 * `data-keep-saved`, and a form shown with exactly the values kept needs nothing back; either way
 * the copy is dropped. Copies older than seven days are dropped, and signing out drops every copy
 * (a shared computer keeps nothing). Without JavaScript or localStorage the form works as before.
 * Markup: `<form data-keep="campaign-2-member-slug-user-7" [data-keep-saved]>`; `_csrf` is never kept.
 */
(function () {
  'use strict';

  const PREFIX = 'essor-keep:';
  const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
  let storage;
  try {
    storage = window.localStorage;
    storage.setItem(PREFIX + 'test', '1');
    storage.removeItem(PREFIX + 'test');
  } catch {
    return;
  }

  function forget(key) {
    try {
      storage.removeItem(key);
    } catch {
      /* nothing to do */
    }
  }

  // Signing out forgets every copy; old copies go anyway.
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (!key || !key.startsWith(PREFIX)) continue;
    try {
      const kept = JSON.parse(storage.getItem(key));
      if (!kept || Date.now() - kept.at > MAX_AGE_MS) forget(key);
    } catch {
      forget(key);
    }
  }
  document.querySelectorAll('form[action="/deconnexion"]').forEach((form) => {
    form.addEventListener('submit', () => {
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i);
        if (key && key.startsWith(PREFIX)) forget(key);
      }
    });
  });

  /** The form's fields as name → list of values, in document order (like what it posts). */
  function valuesOf(form) {
    const values = {};
    for (const el of form.elements) {
      if (!el.name || el.name === '_csrf' || el.disabled) continue;
      if (el.type === 'submit' || el.type === 'button' || el.type === 'file' || el.type === 'reset') continue;
      const list = (values[el.name] = values[el.name] || []);
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) list.push(el.value);
      } else if (el.tagName === 'SELECT' && el.multiple) {
        for (const option of el.selectedOptions) list.push(option.value);
      } else list.push(el.value);
    }
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function restore(form, values) {
    const seen = {};
    for (const el of form.elements) {
      if (!el.name || el.name === '_csrf' || !(el.name in values)) continue;
      const list = values[el.name];
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = list.includes(el.value);
      else if (el.tagName === 'SELECT' && el.multiple) for (const option of el.options) option.selected = list.includes(option.value);
      else if (el.type !== 'submit' && el.type !== 'button' && el.type !== 'file') {
        const index = seen[el.name] || 0;
        seen[el.name] = index + 1;
        if (index < list.length) el.value = list[index];
      } else continue;
      el.dispatchEvent(new window.Event('change', { bubbles: true }));
    }
  }

  const when = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

  function offer(form, key, kept) {
    const notice = document.createElement('div');
    notice.className = 'notice notice-warning form-keep';
    notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent =
      'Des réponses saisies le ' +
      when.format(new Date(kept.at)) +
      ' dans ce navigateur n’ont pas été enregistrées (session expirée ou envoi interrompu). Voulez-vous les reprendre ?';
    const actions = document.createElement('p');
    actions.className = 'form-keep-actions';
    const put = document.createElement('button');
    put.type = 'button';
    put.className = 'button';
    put.textContent = 'Reprendre ces réponses';
    const drop = document.createElement('button');
    drop.type = 'button';
    drop.className = 'button button-secondary';
    drop.textContent = 'Les oublier';
    actions.append(put, ' ', drop);
    notice.append(text, actions);
    form.prepend(notice);
    put.addEventListener('click', () => {
      restore(form, kept.values);
      text.textContent = 'Les réponses non enregistrées sont revenues dans le formulaire : enregistrez-les pour les garder.';
      actions.remove();
      const first = form.querySelector('input:not([type=hidden]), textarea, select');
      if (first) first.focus();
    });
    drop.addEventListener('click', () => {
      forget(key);
      notice.remove();
      const first = form.querySelector('input:not([type=hidden]), textarea, select');
      if (first) first.focus();
    });
  }

  document.querySelectorAll('form[data-keep]').forEach((form) => {
    const key = PREFIX + form.dataset.keep;
    const shown = valuesOf(form);
    let kept = null;
    try {
      kept = JSON.parse(storage.getItem(key));
    } catch {
      kept = null;
    }
    if (kept && kept.values && !('keepSaved' in form.dataset) && !same(kept.values, shown)) offer(form, key, kept);
    else forget(key);

    let timer = 0;
    const keep = () => {
      clearTimeout(timer);
      const values = valuesOf(form);
      if (same(values, shown)) return forget(key);
      try {
        storage.setItem(key, JSON.stringify({ at: Date.now(), values }));
      } catch {
        /* storage full or refused: the form still posts */
      }
    };
    form.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(keep, 400);
    });
    form.addEventListener('change', keep);
    form.addEventListener('submit', keep);
  });
})();
