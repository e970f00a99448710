import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { findTerritory } from '../territories/territories.public.ts';
import { formatPerInhabitant } from './compare.present.ts';

/** A minimal reader of `;`-separated CSV with quoted fields, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describeEachDatabase('comparison pages', (getDb) => {
  let app: FastifyInstance;
  let poitiersPopulation: number;
  before(async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'grand-poitiers',
      name: 'Grand Poitiers',
      territory: { kind: 'epci', code: '200069854' },
      joinedYear: 2007,
      figures: [
        { kind: 'budget_eur', value: 35_200_000, year: 2016, source: 'Compte administratif 2016' },
        { kind: 'ess_employment_share', value: 11, year: 2018, source: 'CRESS' },
      ],
    });
    await createTestMember(db, {
      slug: 'region-bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
      figures: [
        { kind: 'budget_eur', value: 12_000_000, year: 2024, source: 'Budget "primitif"; 2024' },
        { kind: 'ess_employment_share', value: 10.5, year: 2021, source: 'Observatoire' },
      ],
    });
    await createTestMember(db, {
      slug: 'ville-rennes',
      name: 'Ville de Rennes',
      territory: { kind: 'commune', code: '35238' },
      joinedYear: null,
      figures: [],
    });
    poitiersPopulation = (await findTerritory(db, 'epci', '200069854'))!.population!;
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  test('without a selection: the form alone, every active member a checkbox', async () => {
    const res = await app.inject('/comparer');
    assert.equal(res.statusCode, 200);
    for (const slug of ['grand-poitiers', 'region-bretagne', 'ville-rennes'])
      assert.match(res.body, new RegExp(`<input type="checkbox" name="membres" value="${slug}"`));
    assert.doesNotMatch(res.body, /compare-table|<svg/);
    assert.match(res.body, /<form class="compare-form" method="get" action="\/comparer">/);
  });

  test('more than six members: a 400 with a French message and the form, not cached', async () => {
    const res = await app.inject('/comparer?membres=a,b,c,d,e,f,g');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Vous pouvez comparer au plus 6 adhérents à la fois \(7 demandés\)/);
    assert.match(res.body, /name="membres"/);
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  test('an unknown slug: a 400 naming it, the known members still ticked', async () => {
    const res = await app.inject('/comparer?membres=grand-poitiers,nexiste-pas,AUTRE');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Aucun adhérent ne correspond à « nexiste-pas » ni à « autre »\./);
    assert.match(res.body, /value="grand-poitiers" checked/);
    assert.doesNotMatch(res.body, /value="region-bretagne" checked/);
  });

  test('the form’s repeated parameters redirect to the shareable comma-separated address', async () => {
    const res = await app.inject('/comparer?membres=grand-poitiers&membres=region-bretagne&membres=grand-poitiers');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/comparer?membres=grand-poitiers,region-bretagne');
  });

  test('members side by side: kind, population, year, figures with year and source, budget per inhabitant, "non renseigné"', async () => {
    const res = await app.inject('/comparer?membres=grand-poitiers,region-bretagne,ville-rennes');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const table = html.slice(html.indexOf('<table class="compare-table">'), html.indexOf('</table>'));
    for (const name of ['Grand Poitiers', 'Région Bretagne', 'Ville de Rennes']) assert.ok(table.includes(`>${name}</a></th>`), name);
    assert.match(table, /<td>2007<\/td><td>2004<\/td><td>non renseignée<\/td>/);
    assert.match(table, /35,2\u00a0M€<\/span><span class="figure-source">2016 — source : Compte administratif 2016/);
    assert.match(table, /10,5\u00a0%<\/span><span class="figure-source">2021 — source : Observatoire/);
    const perInhabitant = Math.round((35_200_000 / poitiersPopulation) * 100) / 100;
    assert.ok(
      table.includes(`${formatPerInhabitant(perInhabitant)}</span><span class="figure-source">budget 2016 rapporté à la population 2023`),
    );
    assert.match(
      table,
      /<th scope="row">Emplois dans l’ESS<\/th><td class="missing">non renseigné<\/td><td class="missing">non renseigné<\/td><td class="missing">non renseigné<\/td>/,
    );
    assert.match(html, /href="\/comparer.csv\?membres=grand-poitiers,region-bretagne,ville-rennes"/);
  });

  test('each chart is an SVG hidden from screen readers, followed by its data table and source', async () => {
    const html = (await app.inject('/comparer?membres=grand-poitiers,region-bretagne,ville-rennes')).body;
    const charts = html.split('<figure class="chart">').slice(1);
    assert.equal(charts.length, 4);
    for (const chart of charts) {
      assert.match(chart, /^<figcaption[^>]*>[^<]+<\/figcaption><svg class="bar-chart"[^>]*aria-hidden="true"/);
      assert.match(chart, /<\/svg><table class="chart-data visually-hidden"><caption>/);
      assert.match(chart, /<p class="chart-source">Source : [^<]+<\/p><\/figure>/);
    }
    const share = charts.find((c) => c.includes('Part de l’ESS dans l’emploi local'))!;
    assert.match(share, /<g class="kind-region"><text class="chart-label" x="0" y="\d+">Région Bretagne \(2021\)<\/text><rect class="bar"/);
    assert.match(
      share,
      /<g class="kind-commune"><text class="chart-label" x="0" y="\d+">Ville de Rennes<\/text><text class="chart-missing"[^>]*>non renseigné/,
    );
    assert.match(share, /<th scope="row">Grand Poitiers \(2018\)<\/th><td>11\u00a0%<\/td>/);
    // The longest bar is the largest value: Grand Poitiers's 11 % against Bretagne's 10,5 %.
    const widths = [...share.matchAll(/<rect class="bar" x="0" y="\d+" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    assert.deepEqual(widths, [68, Math.round((10.5 / 11) * 68 * 100) / 100]);
  });

  test('the CSV: UTF-8 with BOM, `;` separator, decimal comma, quoted fields, one line per member', async () => {
    const res = await app.inject('/comparer.csv?membres=grand-poitiers,region-bretagne,ville-rennes');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="comparaison-adherents.csv"');
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.rawPayload.toString('utf8').slice(1));
    assert.equal(rows.length, 4);
    const header = rows[0]!;
    assert.ok(
      rows.every((r) => r.length === header.length),
      'every line has as many fields as the header',
    );
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    const [poitiers, bretagne, rennes] = rows.slice(1);
    assert.equal(at(poitiers!, 'Adhérent'), 'Grand Poitiers');
    assert.equal(at(poitiers!, 'Population du territoire (habitants)'), String(poitiersPopulation));
    assert.equal(at(bretagne!, 'Part de l’ESS dans l’emploi local (%)'), '10,5');
    assert.equal(at(bretagne!, 'Budget annuel consacré à l’ESS — source'), 'Budget "primitif"; 2024');
    assert.match(res.rawPayload.toString('utf8'), /;"Budget ""primitif""; 2024";/);
    assert.equal(at(rennes!, 'Emplois dans l’ESS (emplois)'), '');
    assert.equal(at(rennes!, 'Profil'), 'http://essor.test/adherents/ville-rennes');
    assert.match(at(poitiers!, 'Budget ESS par habitant (€ par habitant)')!, /^\d+,\d{1,2}$/);
  });

  test('the CSV refuses an empty or bad selection with a 400', async () => {
    const empty = await app.inject('/comparer.csv');
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /membres : indiquez au moins un adhérent/);
    const unknown = await app.inject('/comparer.csv?membres=grand-poitiers,nexiste-pas');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Aucun adhérent ne correspond à « nexiste-pas »/);
  });

  test('a comparison is a cached public page with validators', async () => {
    const url = '/comparer?membres=grand-poitiers,region-bretagne';
    const first = await app.inject(url);
    assert.ok(first.headers.etag);
    assert.ok(first.headers['last-modified']);
    const again = await app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } });
    assert.equal(again.statusCode, 304);
  });
});
