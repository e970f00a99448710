/*
 * Essor — suggestions while typing a place: progressive enhancement of
 * `<input data-territory-suggest="/territoires/suggestions">` inside a search form. The input
 * becomes a combobox (ARIA 1.2, list autocomplete): the suggestions are a listbox of links under
 * it; Down/Up move through them, Enter opens the one chosen, Escape closes the list; a live
 * region says how many places match. Without JavaScript the form submits to /territoires?q=…,
 * which lists the same places.
 */
(function () {
  'use strict';

  let uid = 0;

  document.querySelectorAll('input[data-territory-suggest]').forEach((input) => {
    const endpoint = input.dataset.territorySuggest;
    const form = input.form;
    if (!endpoint || !form || typeof window.fetch !== 'function') return;
    const id = 'suggestions-' + ++uid;

    const list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Territoires suggérés');
    list.hidden = true;
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    const row = input.parentElement;
    row.classList.add('has-suggestions');
    row.append(list, status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    let items = [];
    let active = -1;
    let timer = 0;
    let asked = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      const options = list.querySelectorAll('[role=option]');
      options.forEach((o, i) => o.setAttribute('aria-selected', i === index ? 'true' : 'false'));
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    }

    function show(data) {
      items = data.items || [];
      list.textContent = '';
      items.forEach((item, i) => {
        const li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const link = document.createElement('a');
        link.href = item.url;
        link.tabIndex = -1;
        const name = document.createElement('span');
        name.className = 'suggestion-name';
        name.textContent = item.name;
        const detail = document.createElement('span');
        detail.className = 'suggestion-detail';
        detail.textContent = item.detail;
        link.append(name, ' ', detail);
        li.append(link);
        list.append(li);
      });
      const open = items.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      active = -1;
      status.textContent =
        data.total === 0
          ? 'Aucun territoire ne correspond.'
          : data.total === 1
            ? '1 territoire suggéré.'
            : Math.min(data.total, items.length) + ' territoires suggérés sur ' + data.total + '.';
    }

    function ask() {
      const q = input.value.trim();
      if (q === asked) return;
      asked = q;
      if (q.length < 2 && !/^[0-9]/.test(q)) {
        close();
        status.textContent = '';
        return;
      }
      window
        .fetch(endpoint + '?q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => {
          if (data && input.value.trim() === q) show(data);
        })
        .catch(() => close());
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && items.length) {
        event.preventDefault();
        if (list.hidden) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === 'ArrowUp' && items.length) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && active >= 0 && !list.hidden && items[active]) {
        event.preventDefault();
        window.location.assign(items[active].url);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    list.addEventListener('mousedown', (event) => event.preventDefault());
    input.addEventListener('blur', () => setTimeout(close, 100));
  });
})();
