import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { findTerritory } from '../territories/territories.public.ts';
import { formatPerInhabitant } from '../../web/format.ts';

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
        { kind: 'budget_eur', value: 31_000_000, year: 2016, source: 'Compte administratif 2016', followsDefinition: true },
        { kind: 'budget_eur', value: 35_200_000, year: 2024, source: 'Compte administratif 2024', followsDefinition: true },
        { kind: 'ess_employment_share', value: 11, year: 2021, source: 'CRESS', followsDefinition: true },
        { kind: 'ess_jobs', value: 4200, year: null, source: null, status: 'extracted', sourceText: 'Environ 4 200 emplois.' },
      ],
    });
    await createTestMember(db, {
      slug: 'region-bretagne',
      name: 'Région Bretagne',
      territory: { kind: 'region', code: '53' },
      joinedYear: 2004,
      figures: [
        // Declared without saying whether it follows the definition: shown, never compared.
        { kind: 'budget_eur', value: 12_000_000, year: 2024, source: 'Budget "primitif"; 2024' },
        { kind: 'ess_employment_share', value: 10.5, year: 2021, source: 'Observatoire', followsDefinition: true },
      ],
    });
    await createTestMember(db, {
      slug: 'ville-rennes',
      name: 'Ville de Rennes',
      territory: { kind: 'commune', code: '35238' },
      joinedYear: null,
      figures: [
        // The largest share, but of another year than the others.
        { kind: 'ess_employment_share', value: 12, year: 2018, source: 'Insee', followsDefinition: true },
        {
          kind: 'staff_fte',
          value: 3,
          year: 2024,
          source: 'Organigramme',
          followsDefinition: false,
          definitionNote: 'Agents à temps partiel comptés entiers.',
        },
      ],
    });
    poitiersPopulation = (await findTerritory(db, 'epci', '200069854'))!.population!;
    app = await buildTestApp(getDb());
  });
  after(async () => app.close());

  /** The `<tr>` of the comparison table whose header starts with `label`. */
  const tableRow = (html: string, label: string) => {
    const table = html.slice(html.indexOf('<table class="compare-table">'), html.indexOf('</table>'));
    const at = table.indexOf(`<th scope="row">${label}`);
    assert.notEqual(at, -1, `no row ${label}`);
    return table.slice(at, table.indexOf('</tr>', at));
  };

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

  test('members side by side: kind, population, each indicator in its reference year, values that do not compare greyed with why', async () => {
    const res = await app.inject('/comparer?membres=grand-poitiers,region-bretagne,ville-rennes');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const table = html.slice(html.indexOf('<table class="compare-table">'), html.indexOf('</table>'));
    for (const name of ['Grand Poitiers', 'Région Bretagne', 'Ville de Rennes']) assert.ok(table.includes(`>${name}</a></th>`), name);
    assert.match(table, /<td>2007<\/td><td>2004<\/td><td>non renseignée<\/td>/);

    // The budget is compared in 2024, the year of the most values that follow the definition (Poitiers's latest).
    const budget = tableRow(html, 'Budget annuel consacré à l’ESS<');
    assert.match(budget, /^<th scope="row">Budget annuel consacré à l’ESS<span class="figure-source">comparé en 2024<\/span><\/th>/);
    assert.match(
      budget,
      /<td><span class="compare-value">35,2\u00a0M€<\/span><span class="figure-source">2024 — source : Compte administratif 2024<\/span><\/td>/,
    );
    // Bretagne's budget does not say it follows the definition: shown greyed, with the reason.
    assert.match(
      budget,
      /<td class="not-comparable"><span class="compare-value">12\u00a0M€<\/span><span class="figure-source">2024 — source : Budget &quot;primitif&quot;; 2024<\/span><span class="compare-reason">Non comparable : définition non vérifiée<\/span><\/td>/,
    );
    assert.match(budget, /<td class="missing">non renseigné<\/td>$/);

    // Per inhabitant: only from comparable values, so Poitiers alone.
    const perInhabitant = Math.round((35_200_000 / poitiersPopulation) * 100) / 100;
    const budgetPerInhabitant = tableRow(html, 'Budget annuel consacré à l’ESS par habitant');
    assert.ok(
      budgetPerInhabitant.includes(
        `<td><span class="compare-value">${formatPerInhabitant(perInhabitant)}</span><span class="figure-source">`,
      ),
      budgetPerInhabitant,
    );
    assert.match(budgetPerInhabitant, /valeur 2024 rapportée à la population 2023/);
    assert.match(budgetPerInhabitant, /<\/td><td class="missing">non renseigné<\/td><td class="missing">non renseigné<\/td>$/);

    // A value computed another way, one read from a text, one of another year.
    const staff = tableRow(html, 'Agents dédiés à l’ESS');
    assert.match(staff, /^<th scope="row">Agents dédiés à l’ESS<\/th>/, 'no value compares: no year of comparison');
    assert.match(
      staff,
      /<td class="not-comparable"><span class="compare-value">3\u00a0ETP<\/span>.*?Non comparable : autre définition<\/span><\/td>$/,
    );
    const jobs = tableRow(html, 'Emplois dans l’ESS');
    assert.match(
      jobs,
      /^<th scope="row">Emplois dans l’ESS<\/th><td class="not-comparable"><span class="compare-value">4\u00a0200\u00a0emplois<\/span><span class="figure-source">année non précisée — source non précisée<\/span><span class="compare-reason">Non comparable : extrait du texte<\/span><\/td><td class="missing">non renseigné<\/td><td class="missing">non renseigné<\/td>$/,
    );
    const share = tableRow(html, 'Part de l’ESS dans l’emploi local');
    assert.match(share, /comparé en 2021/);
    assert.match(
      share,
      /<td><span class="compare-value">10,5\u00a0%<\/span><span class="figure-source">2021 — source : Observatoire<\/span><\/td>/,
    );
    assert.match(
      share,
      /<td class="not-comparable"><span class="compare-value">12\u00a0%<\/span><span class="figure-source">2018 — source : Insee<\/span><span class="compare-reason">Non comparable : année différente<\/span><\/td>$/,
    );
    // An indicator no member gives has no row.
    assert.doesNotMatch(table, /Établissements employeurs de l’ESS/);
    assert.match(html, /href="\/comparer.csv\?membres=grand-poitiers,region-bretagne,ville-rennes"/);
  });

  test('a year asked for: every indicator compared in it, the others greyed as of another year', async () => {
    const res = await app.inject('/comparer?membres=grand-poitiers,region-bretagne,ville-rennes&annee=2016');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<option value="2016" selected>2016<\/option>/);
    const budget = tableRow(html, 'Budget annuel consacré à l’ESS<');
    assert.match(budget, /comparé en 2016/);
    assert.match(
      budget,
      /<td><span class="compare-value">31\u00a0M€<\/span><span class="figure-source">2016 — source : Compte administratif 2016<\/span><\/td>/,
    );
    const perInhabitant = Math.round((31_000_000 / poitiersPopulation) * 100) / 100;
    assert.ok(tableRow(html, 'Budget annuel consacré à l’ESS par habitant').includes(formatPerInhabitant(perInhabitant)));
    const share = tableRow(html, 'Part de l’ESS dans l’emploi local');
    assert.match(share, /comparé en 2016/);
    assert.equal([...share.matchAll(/Non comparable : année différente/g)].length, 3);
    assert.doesNotMatch(html, /graphique-ess_employment_share/, 'no share of 2016 to chart');
    assert.match(html, /href="\/comparer.csv\?membres=grand-poitiers,region-bretagne,ville-rennes&amp;annee=2016"/);
  });

  test('each chart is an SVG hidden from screen readers, followed by its data table and source', async () => {
    const html = (await app.inject('/comparer?membres=grand-poitiers,region-bretagne,ville-rennes')).body;
    const charts = html.split('<figure class="chart">').slice(1);
    // The budget, the budget per inhabitant and the share: staff (no comparable value) and jobs (a median, not charted) are not drawn.
    assert.deepEqual(
      charts.map((c) => /^<figcaption[^>]*>([^<]+)<\/figcaption>/.exec(c)?.[1]),
      [
        'Budget annuel consacré à l’ESS (2024)',
        'Budget annuel consacré à l’ESS par habitant (2024)',
        'Part de l’ESS dans l’emploi local (2021)',
      ],
    );
    for (const chart of charts) {
      assert.match(chart, /^<figcaption[^>]*>[^<]+<\/figcaption><svg class="bar-chart"[^>]*aria-hidden="true"/);
      assert.match(chart, /<\/svg><table class="chart-data visually-hidden"><caption>/);
      assert.match(chart, /<p class="chart-source">Source : [^<]+<\/p><\/figure>/);
    }
    // Bretagne's budget, whose definition is not checked, has no bar; the table says why.
    const budget = charts[0]!;
    assert.equal([...budget.matchAll(/<rect class="bar"/g)].length, 1);
    assert.match(
      budget,
      /<g class="kind-region"><text class="chart-label" x="0" y="\d+">Région Bretagne \(2024\)<\/text><text class="chart-missing"/,
    );
    assert.match(budget, /<th scope="row">Région Bretagne \(2024\)<\/th><td>non comparable : définition non vérifiée<\/td>/);
    assert.match(
      budget,
      /<p class="chart-source">Source : profils des adhérents — Compte administratif 2024<\/p>/,
      'only charted values are sources',
    );
    const perInhabitant = charts[1]!;
    assert.equal([...perInhabitant.matchAll(/<rect class="bar"/g)].length, 1);
    assert.match(perInhabitant, /<th scope="row">Région Bretagne<\/th><td>non renseigné<\/td>/);

    const share = charts[2]!;
    assert.match(share, /<g class="kind-region"><text class="chart-label" x="0" y="\d+">Région Bretagne \(2021\)<\/text><rect class="bar"/);
    assert.match(
      share,
      /<g class="kind-commune"><text class="chart-label" x="0" y="\d+">Ville de Rennes \(2018\)<\/text><text class="chart-missing"/,
    );
    assert.match(share, /<th scope="row">Ville de Rennes \(2018\)<\/th><td>non comparable : année différente<\/td>/);
    assert.match(share, /<th scope="row">Grand Poitiers \(2021\)<\/th><td>11\u00a0%<\/td>/);
    // The longest bar is the largest comparable value: Grand Poitiers's 11 % against Bretagne's 10,5 % (Rennes's 12 % of 2018 is left out).
    const widths = [...share.matchAll(/<rect class="bar" x="0" y="\d+" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    assert.deepEqual(widths, [68, Math.round((10.5 / 11) * 68 * 100) / 100]);
  });

  test('the CSV: UTF-8 with BOM, `;` separator, decimal comma, quoted fields, one line per member, year, source and reason of each value', async () => {
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
    const at = (row: string[], column: string) => {
      assert.ok(header.includes(column), `no column ${column}`);
      return row[header.indexOf(column)];
    };
    const [poitiers, bretagne, rennes] = rows.slice(1);
    assert.equal(at(poitiers!, 'Adhérent'), 'Grand Poitiers');
    // Kept as text by spreadsheets: a région's code keeps its leading zero where it has one.
    assert.equal(at(bretagne!, 'Code officiel'), '="53"');
    assert.equal(at(poitiers!, 'Population du territoire (habitants)'), String(poitiersPopulation));
    assert.equal(at(poitiers!, 'Budget annuel consacré à l’ESS 2024 (€)'), '35200000');
    assert.equal(at(poitiers!, 'Budget annuel consacré à l’ESS — année'), '2024');
    assert.equal(at(poitiers!, 'Budget annuel consacré à l’ESS — non comparable'), '');
    assert.equal(at(bretagne!, 'Part de l’ESS dans l’emploi local 2021 (%)'), '10,5');
    assert.equal(at(bretagne!, 'Budget annuel consacré à l’ESS — source'), 'Budget "primitif"; 2024');
    assert.equal(at(bretagne!, 'Budget annuel consacré à l’ESS — non comparable'), 'définition non vérifiée');
    assert.match(res.rawPayload.toString('utf8'), /;"Budget ""primitif""; 2024";/);
    assert.equal(at(rennes!, 'Emplois dans l’ESS (emplois)'), '');
    assert.equal(at(poitiers!, 'Emplois dans l’ESS — non comparable'), 'extrait du texte');
    assert.equal(at(rennes!, 'Part de l’ESS dans l’emploi local 2021 (%)'), '12');
    assert.equal(at(rennes!, 'Part de l’ESS dans l’emploi local — année'), '2018');
    assert.equal(at(rennes!, 'Part de l’ESS dans l’emploi local — non comparable'), 'année différente');
    assert.equal(at(rennes!, 'Agents dédiés à l’ESS — non comparable'), 'autre définition');
    assert.equal(at(rennes!, 'Profil'), 'http://essor.test/adherents/ville-rennes');
    assert.match(at(poitiers!, 'Budget annuel consacré à l’ESS par habitant 2024 (€ par habitant)')!, /^\d+,\d{1,2}$/);
    assert.equal(
      at(bretagne!, 'Budget annuel consacré à l’ESS par habitant 2024 (€ par habitant)'),
      '',
      'never from a value that does not compare',
    );
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
