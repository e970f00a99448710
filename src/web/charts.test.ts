import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { BarChart, ColumnChart } from './charts.tsx';

const base = { id: 'g', title: 'Titre', source: 'INSEE', labelHeader: 'Qui', valueHeader: 'Combien' };

test('bars are proportional to the largest value; a missing value has no bar and says so', () => {
  const html = renderToString(
    h(BarChart, {
      ...base,
      rows: [
        { label: 'A', value: 50, display: '50' },
        { label: 'B', value: 100, display: '100', kind: 'region' },
        { label: 'C', value: null, display: 'non renseigné' },
      ],
    }),
  );
  const widths = [...html.matchAll(/<rect class="bar"[^>]* width="([\d.]+)%"/g)].map((m) => Number(m[1]));
  assert.deepEqual(widths, [34, 68]);
  assert.match(html, /<g class="kind-region">/);
  assert.match(html, /<text class="chart-missing"[^>]*>non renseigné<\/text>/);
  assert.match(html, /<th scope="row">C<\/th><td>non renseigné<\/td>/);
  assert.match(html, /<p class="chart-source">Source : INSEE<\/p>/);
});

test('a chart of zeros draws no division by zero', () => {
  const html = renderToString(h(BarChart, { ...base, rows: [{ label: 'A', value: 0, display: '0' }] }));
  assert.doesNotMatch(html, /NaN|Infinity/);
  assert.doesNotMatch(html, /<rect/, 'zero draws no bar');
  assert.match(html, /<text class="chart-value" x="0%" dx="6" y="\d+">0<\/text>/);
});

test('columns label the first and last years, aligned inside the chart, and a few between', () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({ label: String(2000 + i), value: i + 1, display: String(i + 1) }));
  const html = renderToString(h(ColumnChart, { ...base, rows }));
  assert.equal((html.match(/<rect class="bar"/g) ?? []).length, 20);
  const labels = [...html.matchAll(/<text class="chart-label" x="[\d.]+%" y="\d+" text-anchor="(\w+)">(\d+)<\/text>/g)].map((m) => [
    m[2],
    m[1],
  ]);
  assert.deepEqual(labels[0], ['2000', 'start']);
  assert.deepEqual(labels.at(-1), ['2019', 'end']);
  assert.ok(labels.length >= 4 && labels.length <= 9, `${labels.length} labels`);
  assert.equal((html.match(/<tr><th scope="row">/g) ?? []).length, 20, 'the table holds every year');
});
