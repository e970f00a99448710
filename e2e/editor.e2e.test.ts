/**
 * The rich-text editor (src/web/static/editor*.js) in Chromium, on a small form
 * page served by request interception under the site's CSP: typing, the toolbar by keyboard,
 * lists, links, footnotes and their renumbering, undo, Word paste, the posted value (which the
 * server's sanitizer must leave unchanged), XSS payloads, axe-core, a screenshot.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { sanitizeRichText } from '../src/shared/html.ts';
import { browserSkip, describeViolations, launchBrowser, ROOT, runAxe, screenshot } from './support.ts';

const ORIGIN = 'http://essor.test';
const STATIC = path.join(ROOT, 'src/web/static');
const FIXTURES = path.join(ROOT, 'e2e/fixtures/paste');
// The site's policy (src/server/app.ts): no inline script, no inline style.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

/** The editor's scripts, in the order a page includes them. */
const SCRIPTS = ['editor-parse.js', 'editor-read.js', 'editor-clean.js', 'editor-notes.js', 'editor.js'];

const escapeHtml = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function formPage(initial: string, fields?: string): string {
  const escaped = escapeHtml(initial);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Modifier le profil — Essor</title>
<link rel="stylesheet" href="/static/style.css">${SCRIPTS.map((f) => `<script src="/static/${f}" defer></script>`).join('')}</head>
<body><main class="wrap"><h1>Modifier le profil</h1>
<form method="post" action="/envoyer">${
    fields ??
    `<h2>Panorama</h2>
<div class="field"><label for="panorama">Panorama de l’ESS sur le territoire</label>
<textarea id="panorama" name="panorama" rows="12" data-rich-text>${escaped}</textarea></div>`
  }
<p><button type="submit">Enregistrer</button></p></form></main></body></html>`;
}

interface Opened {
  page: Page;
  posted: () => string | undefined;
  form: () => URLSearchParams | undefined;
  errors: string[];
}

/** Opens the form page; `csp: false` serves it without the policy (to see whether a payload would run). */
async function open(context: BrowserContext, initial = '', csp = true, editor = true, fields?: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  let body: URLSearchParams | undefined;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} «${e.sample}»`),
    ),
  );
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const headers: Record<string, string> = csp ? { 'content-security-policy': CSP } : {};
    if (url.pathname.startsWith('/static/')) {
      const file = path.join(STATIC, path.basename(url.pathname));
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      return route.fulfill({ body: fs.readFileSync(file), headers: { ...headers, 'content-type': `${type}; charset=utf-8` } });
    }
    if (url.pathname === '/envoyer') {
      body = new URLSearchParams(route.request().postData() ?? '');
      return route.fulfill({
        body: '<!doctype html><title>Enregistré</title><p>Enregistré',
        headers: { ...headers, 'content-type': 'text/html' },
      });
    }
    return route.fulfill({ body: formPage(initial, fields), headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
  });
  await page.goto(`${ORIGIN}/`);
  if (editor) await page.waitForSelector('.rte-area');
  return { page, posted: () => body?.get('panorama') ?? undefined, form: () => body, errors };
}

const area = (page: Page) => page.locator('.rte-area');
const textareaValue = (page: Page) =>
  page.evaluate(() => {
    document.querySelector('form')!.dispatchEvent(new Event('submit')); // the editor saves on submit
    return (document.querySelector('#panorama') as HTMLTextAreaElement).value;
  });

/**
 * An attribute of a toolbar button once the editor has caught up: the toolbar follows the caret on
 * `selectionchange`, which Chromium fires after the click resolves. Waits at most a second.
 */
async function settledAttribute(locator: Locator, name: string, expected: string): Promise<string | null> {
  let value = await locator.getAttribute(name);
  for (let i = 0; i < 50 && value !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await locator.getAttribute(name);
  }
  return value;
}

/** Pastes through a synthetic paste event carrying a DataTransfer, as the browser would. */
async function paste(page: Page, html: string, text = ''): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      if (h) data.setData('text/html', h);
      data.setData('text/plain', t ?? '');
      document
        .querySelector('.rte-area')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text] as const,
  );
}

/** Focus goes from the editor to the toolbar (Shift+Tab), then to the named button with the arrows. */
async function toolbarByKeyboard(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 12; i++) {
    const current = await page.evaluate(() => document.activeElement?.textContent);
    if (current === name) return page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no toolbar button "${name}"`);
}

/** What the server's sanitizer writes for markup it keeps: raw no-break spaces, rel on external links. */
function asServerWrites(html: string): string {
  return html.replace(/&nbsp;/g, '\u00a0').replace(/<a href="(https?:[^"]*)">/g, '<a href="$1" rel="noopener noreferrer">');
}

async function selectBack(page: Page, chars: number): Promise<void> {
  for (let i = 0; i < chars; i++) await page.keyboard.press('Shift+ArrowLeft');
}

describe('rich-text editor in Chromium', { skip: browserSkip(), timeout: 180_000 }, () => {
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  after(async () => {
    await browser?.close();
  });

  test('without JavaScript the textarea stays as it is', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await open(ctx, '<p>Texte</p>', true, false);
      assert.equal(await page.locator('.rte-area, .rte-toolbar').count(), 0);
      assert.equal(await page.locator('textarea#panorama').isVisible(), true);
      assert.equal(await page.locator('textarea#panorama').inputValue(), '<p>Texte</p>');
    } finally {
      await ctx.close();
    }
  });

  test('typing, bold from the toolbar by keyboard, a list, a link, two notes renumbered, undo, submit', async () => {
    const { page, posted, errors } = await open(context);
    try {
      // The textarea is hidden and the editor takes its label.
      assert.equal(await page.locator('textarea#panorama').isHidden(), true);
      assert.equal(await page.getByRole('textbox', { name: 'Panorama de l’ESS sur le territoire' }).count(), 1);
      assert.equal(await page.getByRole('toolbar').count(), 1);

      await page.getByText('Panorama de l’ESS sur le territoire').click(); // the label focuses the editor
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'rte-area rich-text');
      await page.keyboard.type('Bonjour le monde entier.');
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
      await selectBack(page, 5);
      await toolbarByKeyboard(page, 'Gras');
      assert.equal(await area(page).innerHTML(), '<p>Bonjour le <b>monde</b> entier.</p>');
      assert.equal(await settledAttribute(page.getByRole('button', { name: 'Gras' }), 'aria-pressed', 'true'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'rte-area rich-text', 'focus returns to the text');

      // The italic shortcut on "entier".
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await selectBack(page, 6);
      await page.keyboard.press('Control+i');
      assert.equal(await area(page).innerHTML(), '<p>Bonjour le <b>monde</b> <i>entier</i>.</p>');
      assert.equal(await settledAttribute(page.getByRole('button', { name: 'Italique' }), 'aria-pressed', 'true'), 'true');
      await page.keyboard.press('End');

      // A bulleted list.
      await page.keyboard.press('Enter');
      await toolbarByKeyboard(page, 'Liste à puces');
      await page.keyboard.type('Premier point');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Second point');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter'); // an empty item ends the list

      // A link: an unsafe address is refused with a message, then a good one is applied.
      await page.keyboard.type('Voir le site du réseau');
      await selectBack(page, 14);
      await page.keyboard.press('Control+k');
      const url = page.getByRole('textbox', { name: 'Adresse du lien' });
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'rte-url');
      await url.fill('javascript:alert(1)');
      await page.keyboard.press('Enter');
      assert.equal(await url.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('.rte-error').isVisible(), true);
      await url.fill('www.rtes.fr');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.rte-dialog').isHidden(), true);
      assert.match(await area(page).innerHTML(), /<p>Voir le <a href="https:\/\/www\.rtes\.fr">site du réseau<\/a><\/p>/);

      // A note at the end of the last paragraph, then one at the end of the first: renumbered.
      await page.keyboard.press('End');
      await page.getByRole('button', { name: 'Note de bas de page' }).click();
      await page.keyboard.type('Note sur le réseau');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await toolbarByKeyboard(page, 'Note de bas de page');
      await page.keyboard.type('Note sur le monde');
      let value = await textareaValue(page);
      assert.equal(
        value,
        [
          '<p>Bonjour le <strong>monde</strong> <em>entier</em>.<sup id="fnref-1"><a href="#fn-1">1</a></sup></p>',
          '<ul><li>Premier point</li><li>Second point</li></ul>',
          '<p>Voir le <a href="https://www.rtes.fr">site du réseau</a><sup id="fnref-2"><a href="#fn-2">2</a></sup></p>',
          '<section class="footnotes"><ol><li id="fn-1">Note sur le monde <a href="#fnref-1">↩</a></li><li id="fn-2">Note sur le réseau <a href="#fnref-2">↩</a></li></ol></section>',
        ].join('\n'),
      );
      const ids = await area(page).evaluate((a) => [...a.querySelectorAll('[id]')].map((e) => e.id));
      assert.deepEqual(ids, ['rte-1-fnref-1', 'rte-1-fnref-2', 'rte-1-fn-1', 'rte-1-fn-2'], 'ids in the page carry the editor prefix');

      // Delete the first reference (Backspace right after it): its note goes, the other becomes 1.
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      value = await textareaValue(page);
      assert.equal(
        value,
        [
          '<p>Bonjour le <strong>monde</strong> <em>entier</em>.</p>',
          '<ul><li>Premier point</li><li>Second point</li></ul>',
          '<p>Voir le <a href="https://www.rtes.fr">site du réseau</a><sup id="fnref-1"><a href="#fn-1">1</a></sup></p>',
          '<section class="footnotes"><ol><li id="fn-1">Note sur le réseau <a href="#fnref-1">↩</a></li></ol></section>',
        ].join('\n'),
      );
      assert.equal(await area(page).locator('section.footnotes li').count(), 1);

      // The browser's undo brings the reference back, and the editor its note.
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(50);
      value = await textareaValue(page);
      assert.match(value, /entier<\/em>\.<sup id="fnref-1"><a href="#fn-1">1<\/a><\/sup><\/p>/);
      assert.match(value, /<li id="fn-1">Note sur le monde <a href="#fnref-1">↩<\/a><\/li><li id="fn-2">Note sur le réseau/);
      await page.keyboard.press('Control+y');
      await page.waitForTimeout(50);
      assert.equal(await area(page).locator('section.footnotes li').count(), 1);

      // Submit: the form posts the textarea, which the server's sanitizer leaves as it is.
      const expected = await textareaValue(page);
      await Promise.all([page.waitForURL(`${ORIGIN}/envoyer`), page.getByRole('button', { name: 'Enregistrer' }).click()]);
      // A textarea posts its line breaks as CRLF (HTML's form encoding).
      assert.equal(posted(), expected.replace(/\n/g, '\r\n'));
      assert.equal(sanitizeRichText(expected), asServerWrites(expected));
      assert.deepEqual(errors, [], 'no error and no CSP violation in the console');
    } finally {
      await page.close();
    }
  });

  test('pasting from Word keeps the structure, drops the junk, and numbers the notes with the others', async () => {
    const initial =
      '<p>Intro<sup id="fnref-1"><a href="#fn-1">1</a></sup></p>\n<section class="footnotes"><ol><li id="fn-1">Note existante <a href="#fnref-1">↩</a></li></ol></section>';
    const { page, errors } = await open(context, initial);
    try {
      await area(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await paste(page, fs.readFileSync(path.join(FIXTURES, 'word.html'), 'utf8'), 'Panorama…');
      const value = await textareaValue(page);
      assert.match(value, /^<p>Intro<sup id="fnref-1"><a href="#fn-1">1<\/a><\/sup><\/p>\n<h3>Panorama de l’ESS sur le territoire<\/h3>/);
      assert.match(
        value,
        /<p>Le territoire de Grand Poitiers compte <strong>1&nbsp;875 établissements employeurs<\/strong> de l’économie sociale et solidaire, soit <em>14,2&nbsp;% de l’emploi salarié<\/em><sup id="fnref-2"><a href="#fn-2">2<\/a><\/sup>\.<\/p>/,
      );
      assert.match(value, /<h4>Les secteurs représentés<\/h4>/);
      assert.match(
        value,
        /<ul><li>l’action sociale, premier employeur&nbsp;;<ul><li>dont l’aide à domicile<\/li><\/ul><\/li><li>l’enseignement et la <strong>formation<\/strong>\.<\/li><\/ul>/,
      );
      assert.match(value, /<ol><li>soutenir les tiers-lieux&nbsp;;<\/li><li>développer la commande publique responsable\.<\/li><\/ol>/);
      assert.match(value, /<a href="https:\/\/www\.grandpoitiers\.fr\/economie-et-emploi">le site de Grand Poitiers<\/a>/);
      assert.match(
        value,
        /<section class="footnotes"><ol><li id="fn-1">Note existante <a href="#fnref-1">↩<\/a><\/li><li id="fn-2">Source&nbsp;: <em>Panorama de l’ESS<\/em>, CRESS Nouvelle-Aquitaine, 2018\. <a href="#fnref-2">↩<\/a><\/li><\/ol><\/section>$/,
      );
      assert.doesNotMatch(value, /style=|class="Mso|<span|<o:p|<img|<!--|mso-|<font|file:/);
      const live = await area(page).innerHTML();
      assert.doesNotMatch(live, /style=|<span|<img|<font|<o:p/);
      assert.equal(sanitizeRichText(value), asServerWrites(value), 'the server keeps the pasted markup');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('headings h3 and h4, back to a paragraph, a numbered list, remove a link (mouse)', async () => {
    const { page, errors } = await open(
      context,
      '<p>Titre</p><p>Point</p><p>Voir <a href="https://www.rtes.fr/">le site</a> du réseau.</p>',
    );
    try {
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      await area(page).getByText('Titre').click();
      await button('Intertitre').click();
      assert.match(await textareaValue(page), /^<h3>Titre<\/h3>/);
      assert.equal(await settledAttribute(button('Intertitre'), 'aria-pressed', 'true'), 'true');
      await button('Sous-intertitre').click();
      assert.match(await textareaValue(page), /^<h4>Titre<\/h4>/);
      await button('Paragraphe').click();
      assert.match(await textareaValue(page), /^<p>Titre<\/p>/);
      await area(page).getByText('Point').click();
      await button('Liste numérotée').click();
      assert.equal(await settledAttribute(button('Liste numérotée'), 'aria-pressed', 'true'), 'true');
      assert.equal(await settledAttribute(button('Retirer le lien'), 'aria-disabled', 'true'), 'true');
      await area(page).getByText('le site').click();
      assert.equal(await settledAttribute(button('Retirer le lien'), 'aria-disabled', 'false'), 'false');
      await button('Retirer le lien').click();
      assert.equal(await textareaValue(page), '<p>Titre</p>\n<ol><li>Point</li></ol>\n<p>Voir le site du réseau.</p>');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('typing next to a reference or after a note’s back link stays ordinary text; Enter in a note does nothing', async () => {
    const initial =
      '<p>Texte<sup id="fnref-1"><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">Note <a href="#fnref-1">↩</a></li></ol></section>';
    const { page, errors } = await open(context, initial);
    try {
      await area(page).getByText('Texte').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' suite');
      await area(page).getByText('Note').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' complétée');
      await page.keyboard.press('Enter');
      assert.equal(
        await textareaValue(page),
        '<p>Texte<sup id="fnref-1"><a href="#fn-1">1</a></sup> suite</p>\n<section class="footnotes"><ol><li id="fn-1">Note complétée <a href="#fnref-1">↩</a></li></ol></section>',
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('two sections in fieldsets (as the back office renders them): own toolbar names, page-unique ids, fn-1 in each post', async () => {
    const note =
      '<p>Texte<sup id="fnref-1"><a href="#fn-1">1</a></sup></p><section class="footnotes"><ol><li id="fn-1">Note <a href="#fnref-1">↩</a></li></ol></section>';
    const fieldset = (
      i: number,
      legend: string,
    ) => `<fieldset><legend>${legend}</legend><div class="field"><label for="s${i}_body">Texte</label>
<textarea id="s${i}_body" name="s${i}_body" rows="8" data-rich-text>${escapeHtml(note)}</textarea></div></fieldset>`;
    const { page, form, errors } = await open(
      context,
      '',
      true,
      true,
      fieldset(0, 'Section 1 : Panorama') + fieldset(1, 'Section 2 : Budget'),
    );
    try {
      assert.equal(await page.getByRole('toolbar', { name: 'Mise en forme : Texte, Section 1 : Panorama' }).count(), 1);
      assert.equal(await page.getByRole('toolbar', { name: 'Mise en forme : Texte, Section 2 : Budget' }).count(), 1);
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(' ')}`);
      await area(page).nth(1).getByText('Texte').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' modifié');
      await Promise.all([page.waitForURL(`${ORIGIN}/envoyer`), page.getByRole('button', { name: 'Enregistrer' }).click()]);
      assert.equal(form()?.get('s0_body'), note.replace('</p>', '</p>\r\n'));
      assert.equal(form()?.get('s1_body'), note.replace('</sup></p>', '</sup> modifié</p>\r\n'));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('plain text paste: paragraphs by blank lines', async () => {
    const { page } = await open(context);
    try {
      await area(page).click();
      await paste(page, '', 'Premier paragraphe\nsur deux lignes.\n\nSecond <paragraphe> & fin.');
      assert.equal(await textareaValue(page), '<p>Premier paragraphe<br>sur deux lignes.</p>\n<p>Second &lt;paragraphe&gt; &amp; fin.</p>');
      // One line of HTML goes into the paragraph at the caret; the browser's undo takes a paste back.
      await page.keyboard.press('Control+End');
      await paste(page, '<meta charset="utf-8"><span style="color:red">et <b>la suite</b></span>', 'et la suite');
      assert.equal(
        await textareaValue(page),
        '<p>Premier paragraphe<br>sur deux lignes.</p>\n<p>Second &lt;paragraphe&gt; &amp; fin.et <strong>la suite</strong></p>',
      );
      await page.keyboard.press('Control+z');
      assert.equal(await textareaValue(page), '<p>Premier paragraphe<br>sur deux lignes.</p>\n<p>Second &lt;paragraphe&gt; &amp; fin.</p>');
    } finally {
      await page.close();
    }
  });

  test('XSS: pasted payloads and HTML typed in the source view never run and never stay (CSP off)', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const { page } = await open(
      ctx,
      '<p>Début</p><img src=x onerror="window.__pwned=\'initial\'"><p><a href="javascript:window.__pwned=\'initial link\'">x</a></p>',
      false,
    );
    try {
      await area(page).click();
      await paste(page, fs.readFileSync(path.join(FIXTURES, 'xss.html'), 'utf8'));
      await paste(
        page,
        '<p>a<img src=x onerror="window.__pwned=\'img2\'"></p><script>window.__pwned="s"</script><a href="javascript:window.__pwned=1">j</a>',
      );
      // Source view: whatever is typed there is cleaned when the editor comes back.
      await page.getByRole('button', { name: 'Modifier le code HTML' }).click();
      const source = page.locator('textarea#panorama');
      assert.equal(await source.isVisible(), true);
      await source.fill(
        `${await source.inputValue()}<img src=x onerror="window.__pwned='source'"><svg onload="window.__pwned='svg'"></svg><a href=" javascript:window.__pwned='src-link'">s</a>`,
      );
      await page.getByRole('button', { name: 'Modifier le code HTML' }).click();
      await page.waitForTimeout(300);
      // Clicking every link of the editor must not run anything either.
      for (const link of await area(page).locator('a').all()) await link.click({ modifiers: ['Control'] }).catch(() => undefined);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      const live = await area(page).innerHTML();
      const value = await textareaValue(page);
      for (const html of [live, value])
        assert.doesNotMatch(
          html,
          /<img|<script|<svg|<iframe|<object|<form|<button|javascript:|data:|vbscript:|onerror|onclick|onload|onmouseover|style=|\/\/evil/i,
        );
      assert.match(value, /<a href="https:\/\/exemple\.fr\/">lien sain<\/a>/);
      assert.match(value, /&lt;script&gt;texte échappé&lt;\/script&gt;/);
    } finally {
      await ctx.close();
    }
  });

  test('axe-core finds no violation with the editor active (and its link dialog open); screenshot', async () => {
    const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1000, height: 900 } });
    const initial = fs.readFileSync(path.join(FIXTURES, 'word.expected.html'), 'utf8');
    const { page } = await open(ctx, initial);
    try {
      const idle = await runAxe(page);
      assert.ok(idle.passes > 10, `axe ran only ${idle.passes} passing rules`);
      assert.equal(idle.violations.length, 0, describeViolations(idle.violations));
      await area(page).locator('p').first().click();
      await page.keyboard.press('End');
      await selectBack(page, 4);
      await page.getByRole('button', { name: 'Lien', exact: true }).focus();
      await screenshot(page, 'editor-toolbar-focus');
      await page.keyboard.press('Enter');
      const dialog = await runAxe(page);
      assert.equal(dialog.violations.length, 0, describeViolations(dialog.violations));
      await screenshot(page, 'editor');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Modifier le code HTML' }).click();
      const source = await runAxe(page);
      assert.equal(source.violations.length, 0, describeViolations(source.violations));
      await screenshot(page, 'editor-source');
    } finally {
      await ctx.close();
    }
  });
});
