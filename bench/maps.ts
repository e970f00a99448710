/**
 * Maps benchmark (`npm run bench:maps`): renders the national map of the directory with 200
 * members on real territories (test/map-members.ts), the two choropleths and région maps of
 * profiles, and prints SVG sizes and render times: reading the committed geography (once per
 * process), the first render (shapes not yet memoized), then median and p95 of the next renders. Targets: under 200 KB and 50 ms for the
 * national map with 200 members.
 *
 *   node --import tsx bench/maps.ts [--members 200] [--runs 200]
 */
import { parseArgs } from 'node:util';
import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { buildMapMembers } from '../test/map-members.ts';
import { Distribution } from '../src/features/maps/maps.choropleth.tsx';
import { communeCentroids, loadGeo } from '../src/features/maps/maps.geo.ts';
import { MembersMapFigure, NationalMap, nationalBase } from '../src/features/maps/maps.national.tsx';
import { regionMapSvg } from '../src/features/maps/maps.region.tsx';
import { computeCoverage } from '../src/features/maps/maps.service.ts';
import { readTerritories } from '../src/features/territories/territories.source.ts';
import { describeMachine } from './report.ts';

const { values } = parseArgs({ options: { members: { type: 'string', default: '200' }, runs: { type: 'string', default: '200' } } });
const count = Number(values.members);
const runs = Number(values.runs);

const territories = readTerritories();
const members = buildMapMembers(count);
const nesting = {
  communes: territories
    .filter((t) => t.kind === 'commune')
    .map((t) => ({
      code: t.code,
      population: t.population ?? null,
      departement_code: t.departement_code ?? null,
      region_code: t.region_code ?? null,
      epci_code: t.epci_code ?? null,
    })),
  regions: territories.filter((t) => t.kind === 'region').map((t) => ({ code: t.code, name: t.name, population: t.population ?? null })),
  departements: territories
    .filter((t) => t.kind === 'departement')
    .map((t) => ({ code: t.code, name: t.name, population: t.population ?? null })),
};
const byCode = new Map(territories.map((t) => [`${t.kind}:${t.code}`, t]));
const profileOf = (i: number) => {
  const m = members[i]!;
  const t = byCode.get(`${m.territoryKind}:${m.territoryCode}`)!;
  const region = t.region_code ? byCode.get(`region:${t.region_code}`) : undefined;
  return {
    name: m.name,
    kind: m.kind,
    territory: { kind: t.kind, code: t.code, name: t.name },
    region: region ? { code: region.code, name: region.name } : null,
  };
};

interface Row {
  what: string;
  bytes: number;
  firstMs: number;
  p50: number;
  p95: number;
}

/** Markup of a component tree, or the document a function already rendered. */
const markup = <P>(made: VNode<P> | string | null) => (typeof made === 'string' ? made : made ? render(made) : '');

function measure<P>(what: string, make: (i: number) => VNode<P> | string | null): Row {
  let begin = performance.now();
  const first = markup(make(0));
  const firstMs = performance.now() - begin;
  const times: number[] = [];
  let bytes = first.length;
  for (let i = 0; i < runs; i++) {
    begin = performance.now();
    const out = markup(make(i));
    times.push(performance.now() - begin);
    bytes = Math.max(bytes, out.length);
  }
  times.sort((a, b) => a - b);
  return { what, bytes, firstMs, p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.floor(runs * 0.95)]! };
}

// Reading and decoding the committed geography happens once per process: timed apart.
let start = performance.now();
nationalBase();
const loadMs = performance.now() - start;
start = performance.now();
loadGeo('regional');
communeCentroids();
const loadRegionalMs = performance.now() - start;

const rows: Row[] = [
  measure(`national map, ${count} members (SVG)`, () => h(NationalMap, { members })),
  measure(`national map figure + legend, ${count} members`, () => h(MembersMapFigure, { members, listId: 'liste' })),
  measure(`coverage + 2 choropleths, ${count} members`, () => h(Distribution, { coverage: computeCoverage(nesting, members) })),
  measure('région map of a profile, SVG image (largest over members)', (i) => regionMapSvg(profileOf(i % members.length))),
];

console.log(describeMachine());
console.log(
  `\n${count} members (${Object.entries(
    members.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.kind]: (acc[m.kind] ?? 0) + 1 }), {}),
  )
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}), ${runs} warm renders each\n`,
);
console.log(
  `geography read once per process: national ${loadMs.toFixed(1)} ms, regional + commune centroids ${loadRegionalMs.toFixed(1)} ms\n`,
);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `${pad('what', 50)} ${'size (KB)'.padStart(10)} ${'first (ms)'.padStart(11)} ${'p50 (ms)'.padStart(9)} ${'p95 (ms)'.padStart(9)}`,
);
for (const r of rows) {
  console.log(
    `${pad(r.what, 50)} ${(r.bytes / 1024).toFixed(1).padStart(10)} ${r.firstMs.toFixed(1).padStart(11)} ${r.p50.toFixed(2).padStart(9)} ${r.p95.toFixed(2).padStart(9)}`,
  );
}
const national = rows[0]!;
const ok = national.bytes < 200 * 1024 && national.p95 < 50;
console.log(
  `\nnational map: ${(national.bytes / 1024).toFixed(1)} KB (target < 200 KB), p95 ${national.p95.toFixed(2)} ms (target < 50 ms): ${ok ? 'OK' : 'OVER TARGET'}`,
);
