/** The build steps of `npm run data:geo` on small made-up communes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeLevel } from './encode.ts';
import { polygonsCentroid } from './frame.ts';
import { layeredTopology, mergeGroups, ringArea, ringPoints, simplifyArcs, type CommunePiece } from './shapes.ts';

type Ring = [number, number][];
// Three communes in a row (A, B, C); A and B make one EPCI; B was two 2018 communes (B1, B2).
// As in the sources, neighbours share every vertex of their common border.
const pieces: CommunePiece[] = [
  {
    code2018: 'A',
    current: 'A',
    polygons: [
      [
        [
          [0, 0],
          [100, 0],
          [100, 50],
          [100, 100],
          [0, 100],
          [0, 0],
        ],
      ],
    ],
  },
  {
    code2018: 'B1',
    current: 'B',
    polygons: [
      [
        [
          [100, 0],
          [200, 0],
          [200, 50],
          [100, 50],
          [100, 0],
        ],
      ],
    ],
  },
  {
    code2018: 'B2',
    current: 'B',
    polygons: [
      [
        [
          [100, 50],
          [200, 50],
          [200, 100],
          [100, 100],
          [100, 50],
        ],
      ],
    ],
  },
  {
    code2018: 'C',
    current: 'C',
    polygons: [
      [
        [
          [200, 0],
          [300, 0],
          [300, 100],
          [200, 100],
          [200, 50],
          [200, 0],
        ],
      ],
    ],
  },
];
const groups = {
  epcis: new Map([
    ['E1', ['A', 'B']],
    ['E2', ['C']],
  ]),
  land: new Map([['FR', ['A', 'B', 'C']]]),
};

test('communes merge along shared borders: an EPCI of two communes is one ring', () => {
  const layers = mergeGroups(pieces, groups);
  const e1 = layers.epcis!.get('E1')!;
  assert.equal(e1.coordinates.length, 1, 'one polygon');
  assert.equal(e1.coordinates[0]!.length, 1, 'no hole');
  assert.equal(ringArea(e1.coordinates[0]![0] as Ring), 20_000);
  assert.equal(ringArea(layers.land!.get('FR')!.coordinates[0]![0] as Ring), 30_000);
});

test('the encoded levels are deterministic and share arcs between layers', () => {
  const encode = () => {
    const { topo, arcs } = layeredTopology(mergeGroups(pieces, groups));
    return encodeLevel(topo, simplifyArcs(arcs, 0), { format: 'test', level: 'x', attribution: 'a', frame: {} }, 0);
  };
  const text = encode();
  assert.equal(encode(), text);
  const data = JSON.parse(text) as { arcs: number[][]; epcis: Record<string, number[][][]>; land: Record<string, number[][][]> };
  const absolute = data.arcs.map((delta) => {
    const out: Ring = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i < delta.length; i += 2) out.push([(x += delta[i]!), (y += delta[i + 1]!)]);
    return out;
  });
  assert.equal(ringArea(ringPoints(absolute, data.epcis.E1![0]![0]!)), 20_000);
  assert.equal(ringArea(ringPoints(absolute, data.land.FR![0]![0]!)), 30_000);
  // The border between E1 and E2 is one arc, used once by each.
  const refs = (rings: number[][][]) => rings.flat(2).map((r) => (r < 0 ? ~r : r));
  const shared = refs(data.epcis.E1!).filter((a) => refs(data.epcis.E2!).includes(a));
  assert.equal(shared.length, 1);
});

test('a centroid subtracts holes whatever their winding', () => {
  const outer: Ring = [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
    [0, 0],
  ];
  const hole: Ring = [
    [0, 0],
    [50, 0],
    [50, 100],
    [0, 100],
    [0, 0],
  ]; // same winding as the outer ring
  const c = polygonsCentroid([[outer, hole]]);
  assert.equal(c.area, 5_000);
  assert.equal(c.x, 75);
  assert.equal(c.y, 50);
});
