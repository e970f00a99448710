/*
 * Essor — questions that depend on an earlier answer: an element marked
 * `data-show-if="q12" data-show-values='["oui"]'` inside a form is hidden while the field named
 * `q12` has none of those values (or is itself hidden), and shown again as soon as it has one.
 * Hidden questions keep what was typed in them; the server ignores the answers of questions whose
 * condition is not met. Without JavaScript every question shows, with a hint that says when to
 * answer it.
 */
(function () {
  'use strict';

  document.querySelectorAll('form').forEach((form) => {
    const dependents = [...form.querySelectorAll('[data-show-if]')];
    if (dependents.length === 0) return;

    /** The values the field `name` has now, none when its question is hidden. */
    function valuesOf(name) {
      const values = [];
      for (const el of form.elements) {
        if (el.name !== name || el.closest('[hidden]')) continue;
        if (el.type === 'checkbox' || el.type === 'radio') {
          if (el.checked) values.push(el.value);
        } else if (el.value.trim()) values.push(el.value.trim());
      }
      return values;
    }

    function update() {
      // In document order: a question shown only after another hidden one is hidden too.
      for (const el of dependents) {
        let wanted = [];
        try {
          wanted = JSON.parse(el.dataset.showValues || '[]');
        } catch {
          wanted = [];
        }
        const show = valuesOf(el.dataset.showIf).some((v) => wanted.includes(v));
        if (el.hidden === show) el.hidden = !show;
      }
    }

    form.addEventListener('change', update);
    form.addEventListener('input', update);
    update();
  });
})();
