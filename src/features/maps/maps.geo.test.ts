/**
 * The committed geography (data/, from `npm run data:geo`) against the official geography the
 * application uses: every current commune has a centroid in its département, every EPCI,
 * département and région has a shape, every demo member is on the map, and the files stay small.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTerritories } from '../territories/territories.public.ts';
import { demoMembers } from '../demo/demo.public.ts';
import { communeCentroids, geoDataSizes, loadGeo, type Box, type GeoLevel } from './maps.geo.ts';
import { locateTerritory } from './maps.place.ts';

const territories = readTerritories();
const LEVELS: GeoLevel[] = ['national', 'regional'];
/** Overseas collectivities (not départements): the raw sources have no outline for them. */
const OFF_MAP = (code: string | null | undefined) => typeof code === 'string' && /^9(75|77|78|84|86|87|88|89)$/.test(code);

const contains = (box: Box, x: number, y: number, slack = 0) =>
  x >= box.x0 - slack && x <= box.x1 + slack && y >= box.y0 - slack && y <= box.y1 + slack;

describe('committed geography', () => {
  test('every current commune of the 101 départements has a centroid inside its département', () => {
    const { centroids, approximate } = communeCentroids();
    const departements = loadGeo('regional').layers.departements;
    const communes = territories.filter((t) => t.kind === 'commune');
    const onMap = communes.filter((c) => !OFF_MAP(c.departement_code));
    assert.ok(onMap.length > 34_800, `only ${onMap.length} communes`);
    const missing = onMap.filter((c) => !Object.hasOwn(centroids, c.code)).map((c) => c.code);
    assert.deepEqual(missing, [], 'communes without a centroid');
    const outside = onMap.filter((c) => {
      const [x, y] = centroids[c.code]!;
      return !contains(departements.get(c.departement_code!)!.box, x, y, 20);
    });
    assert.deepEqual(
      outside.map((c) => c.code),
      [],
      'centroids outside the box of their département',
    );
    assert.equal(Object.keys(centroids).length, onMap.length, 'no centroid for a code that is not a current commune');
    assert.deepEqual(approximate, ['14666', '15031', '15035', '15047', '15171', '85165', '85212']);
  });

  for (const level of LEVELS) {
    test(`${level}: every EPCI, département and région has a non-empty shape`, () => {
      const geo = loadGeo(level);
      for (const kind of ['epci', 'departement', 'region'] as const) {
        const layer = geo.layers[kind === 'epci' ? 'epcis' : kind === 'departement' ? 'departements' : 'regions'];
        const expected = territories.filter((t) => t.kind === kind && !OFF_MAP(kind === 'epci' ? t.departement_code : t.code));
        assert.ok(expected.length > (kind === 'epci' ? 1_200 : kind === 'departement' ? 100 : 17));
        for (const t of expected) {
          const shape = layer.get(t.code);
          assert.ok(shape, `${level}: no shape for ${kind} ${t.code} ${t.name}`);
          assert.ok(
            shape.polygons.length > 0 && shape.polygons.every((rings) => rings.length > 0 && rings[0]!.length > 0),
            `${kind} ${t.code} is empty`,
          );
          assert.ok(shape.box.x1 > shape.box.x0 && shape.box.y1 > shape.box.y0, `${kind} ${t.code} has no extent`);
          assert.ok(
            shape.box.x0 >= 0 && shape.box.y0 >= 0 && shape.box.x1 <= geo.frame.width && shape.box.y1 <= geo.frame.height,
            `${kind} ${t.code} outside the frame`,
          );
        }
        assert.equal(layer.size, expected.length, `${level}: ${kind} shapes for codes that are not current`);
      }
    });
  }

  test('an EPCI lies within the box of the départements of its communes', () => {
    const geo = loadGeo('regional');
    const epci = geo.layers.epcis.get('200069854')!; // Grand Poitiers, in the Vienne
    const vienne = geo.layers.departements.get('86')!.box;
    assert.ok(contains(vienne, epci.box.x0, epci.box.y0) && contains(vienne, epci.box.x1, epci.box.y1));
  });

  test('every territory of the demo members resolves on the maps', () => {
    assert.ok(demoMembers.length >= 50);
    for (const m of demoMembers) {
      for (const level of LEVELS) {
        assert.ok(
          locateTerritory(m.territory.kind, m.territory.code, level),
          `${m.name}: ${m.territory.kind} ${m.territory.code} not on the ${level} map`,
        );
      }
    }
  });

  test('an overseas collectivity is not on the map', () => {
    assert.equal(locateTerritory('commune', '97502'), undefined); // Saint-Pierre (Saint-Pierre-et-Miquelon)
    assert.equal(locateTerritory('departement', '975'), undefined);
  });

  test('the committed files stay small', () => {
    const sizes = geoDataSizes();
    assert.deepEqual(Object.keys(sizes).sort(), ['communes.json', 'france-national.json', 'france-regional.json']);
    assert.ok(sizes['france-national.json']! < 300_000, `france-national.json: ${sizes['france-national.json']} bytes`);
    assert.ok(sizes['france-regional.json']! < 600_000, `france-regional.json: ${sizes['france-regional.json']} bytes`);
    assert.ok(sizes['communes.json']! < 900_000, `communes.json: ${sizes['communes.json']} bytes`);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    assert.ok(total < 2_000_000, `${total} bytes in all`);
  });
});
