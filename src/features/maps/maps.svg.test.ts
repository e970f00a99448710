/** The SVG maps: links and names, colours by kind, attribution, size, and the coverage figures. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { buildMapMembers } from '../../../test/map-members.ts';
import { Choropleth } from './maps.choropleth.tsx';
import { MembersMapFigure, NationalMap } from './maps.national.tsx';
import { MAP_ATTRIBUTION } from './maps.parts.tsx';
import { RegionMapFigure, regionMapSvg } from './maps.region.tsx';
import { computeCoverage } from './maps.service.ts';
import type { MapMember } from './maps.place.ts';

const member = (over: Partial<MapMember>): MapMember => ({
  slug: 'grand-poitiers',
  name: 'Grand Poitiers',
  kind: 'intercommunalite',
  territoryKind: 'epci',
  territoryCode: '200069854',
  regionCode: '75',
  departementCode: '86',
  ...over,
});

describe('national map', () => {
  test('each member is a link to its profile, named, in the colour of its kind', () => {
    const svg = render(
      h(NationalMap, {
        members: [
          member({}),
          member({
            slug: 'ville-de-poitiers',
            name: 'Ville de Poitiers',
            kind: 'commune',
            territoryKind: 'commune',
            territoryCode: '86194',
          }),
          member({
            slug: 'region-bretagne',
            name: 'Région Bretagne',
            kind: 'region',
            territoryKind: 'region',
            territoryCode: '53',
            departementCode: null,
          }),
        ],
      }),
    );
    assert.match(
      svg,
      /<a href="\/adherents\/grand-poitiers" class="map-member kind-intercommunalite" aria-label="Grand Poitiers \(intercommunalité\)"><title>Grand Poitiers \(intercommunalité\)<\/title><path d="M/,
    );
    assert.match(
      svg,
      /<a href="\/adherents\/ville-de-poitiers" class="map-member kind-commune" aria-label="Ville de Poitiers \(commune\)"><title>[^<]+<\/title><circle cx="\d+" cy="\d+" r="\d+"><\/circle><\/a>/,
    );
    // Larger territories first, so that smaller ones are drawn (and clicked) on top.
    assert.ok(svg.indexOf('region-bretagne') < svg.indexOf('grand-poitiers'));
    assert.ok(svg.indexOf('grand-poitiers') < svg.indexOf('ville-de-poitiers'));
    assert.match(
      svg,
      /^<svg class="map map-national" viewBox="0 0 \d+ \d+" role="group" aria-labelledby="carte-titre"><title id="carte-titre">/,
    );
  });

  test('a member whose territory has no outline is left out and counted', () => {
    const html = render(
      h(MembersMapFigure, {
        listId: 'liste',
        members: [
          member({}),
          member({ slug: 'saint-pierre', name: 'Saint-Pierre', kind: 'commune', territoryKind: 'commune', territoryCode: '97502' }),
        ],
      }),
    );
    assert.doesNotMatch(html, /adherents\/saint-pierre/);
    assert.match(html, /Un adhérent n’est pas représenté/);
    assert.ok(html.includes(MAP_ATTRIBUTION), 'attribution under the map');
    assert.match(html, /<a class="map-skip" href="#liste">/);
  });

  test('200 members make less than 200 KB of SVG, every one of them drawn', () => {
    const members = buildMapMembers(200);
    assert.equal(members.length, 200);
    assert.equal(new Set(members.map((m) => `${m.territoryKind}:${m.territoryCode}`)).size, 200);
    const svg = render(h(NationalMap, { members }));
    assert.equal(svg.match(/<a href="\/adherents\//g)?.length, 200);
    assert.ok(svg.length < 200_000, `${svg.length} bytes`);
  });
});

describe('région map of a profile', () => {
  const grandPoitiers = {
    name: 'Grand Poitiers',
    kind: 'intercommunalite',
    territory: { kind: 'epci', code: '200069854', name: 'CU du Grand Poitiers' },
    region: { code: '75', name: 'Nouvelle-Aquitaine' },
  } as const;

  test('the figure shows the map as an image with its text alternative, and the attribution', () => {
    const html = render(h(RegionMapFigure, { ...grandPoitiers, src: '/adherents/grand-poitiers/carte.svg' }));
    assert.match(html, /<figcaption>CU du Grand Poitiers dans la région Nouvelle-Aquitaine<\/figcaption>/);
    assert.match(
      html,
      /<img class="map map-region" src="\/adherents\/grand-poitiers\/carte.svg" alt="Carte : CU du Grand Poitiers dans la région Nouvelle-Aquitaine" width="\d+" height="\d+" loading="lazy"\/>/,
    );
    assert.ok(html.includes(MAP_ATTRIBUTION));
  });

  test('the image draws the member within its région, in its kind’s colour, with a title', () => {
    const svg = regionMapSvg(grandPoitiers)!;
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?><svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    assert.match(svg, /<title>Carte : CU du Grand Poitiers dans la région Nouvelle-Aquitaine<\/title>/);
    assert.match(svg, /<path d="M[^"]+" fill="#0b5394" fill-opacity="0.4" stroke="#0b5394"/);
    assert.ok(svg.length < 60_000, `${svg.length} bytes`);
    // The background is drawn once per région and view: a second member of the same kind shares it.
    const other = regionMapSvg({ ...grandPoitiers, territory: { kind: 'epci', code: '200023307', name: 'Une communauté de communes' } })!;
    const background = (s: string) =>
      s
        .slice(0, s.lastIndexOf('<path'))
        .replace(/aria-label="[^"]*"/, '')
        .replace(/<title>.*<\/title>/, '');
    assert.ok(background(other) === background(svg), 'the same background');
    assert.ok(other.slice(other.lastIndexOf('<path')) !== svg.slice(svg.lastIndexOf('<path')), 'another territory');
  });

  test('a commune is a point; a territory off the map draws nothing', () => {
    const svg = regionMapSvg({
      name: 'Montreuil',
      kind: 'commune',
      territory: { kind: 'commune', code: '93048', name: 'Montreuil' },
      region: { code: '11', name: 'Île-de-France' },
    });
    assert.match(svg!, /<circle cx="\d+" cy="\d+" r="9" fill="#8a4b00"/);
    const saintPierre = {
      name: 'Saint-Pierre',
      kind: 'commune',
      territory: { kind: 'commune', code: '97502', name: 'Saint-Pierre' },
      region: { code: '975', name: 'Saint-Pierre-et-Miquelon' },
    } as const;
    assert.equal(regionMapSvg(saintPierre), null);
    assert.equal(render(h(RegionMapFigure, { ...saintPierre, src: '/x.svg' })), '');
  });
});

describe('coverage and choropleths', () => {
  const geography = {
    communes: [
      { code: 'c1', population: 100, departement_code: 'd1', region_code: 'r1', epci_code: 'e1' },
      { code: 'c2', population: 300, departement_code: 'd1', region_code: 'r1', epci_code: 'e1' },
      { code: 'c3', population: 600, departement_code: 'd2', region_code: 'r1', epci_code: 'e2' },
      { code: 'c4', population: 1000, departement_code: 'd3', region_code: 'r2', epci_code: null },
    ],
    regions: [
      { code: 'r1', name: 'R1', population: 1000 },
      { code: 'r2', name: 'R2', population: 1000 },
    ],
    departements: [
      { code: 'd1', name: 'D1', population: 400 },
      { code: 'd2', name: 'D2', population: 600 },
      { code: 'd3', name: 'D3', population: 1000 },
    ],
  };

  test('overlapping territories are counted once', () => {
    const coverage = computeCoverage(geography, [
      member({ slug: 'e1', territoryKind: 'epci', territoryCode: 'e1', regionCode: 'r1', departementCode: 'd1' }),
      member({ slug: 'c1', kind: 'commune', territoryKind: 'commune', territoryCode: 'c1', regionCode: 'r1', departementCode: 'd1' }),
      member({
        slug: 'd2',
        kind: 'departement',
        territoryKind: 'departement',
        territoryCode: 'd2',
        regionCode: 'r1',
        departementCode: 'd2',
      }),
    ]);
    assert.deepEqual(coverage.regions, [
      { code: 'r1', name: 'R1', members: 3, population: 1000, covered: 1000 },
      { code: 'r2', name: 'R2', members: 0, population: 1000, covered: 0 },
    ]);
    assert.deepEqual(
      coverage.departements.map((d) => [d.code, d.members, d.covered]),
      [
        ['d1', 2, 400],
        ['d2', 1, 600],
        ['d3', 0, 0],
      ],
    );
  });

  test('the choropleth shades areas by share covered and lists every figure', () => {
    const areas = [
      { code: '75', name: 'Nouvelle-Aquitaine', members: 3, population: 6_000_000, covered: 1_500_000 },
      { code: '53', name: 'Bretagne', members: 0, population: 3_400_000, covered: 0 },
    ];
    const html = render(h(Choropleth, { layer: 'regions', areas, id: 'c' }));
    assert.match(
      html,
      /<path class="map-area shade-3" d="M[^"]+"><title>Nouvelle-Aquitaine : 3\u00a0adhérents, 25\u00a0% de la population couverte<\/title>/,
    );
    assert.match(
      html,
      /<path class="map-area shade-0" d="M[^"]+"><title>Bretagne : 0\u00a0adhérent, 0\u00a0% de la population couverte<\/title>/,
    );
    assert.match(html, /<tr><th scope="row">Nouvelle-Aquitaine<\/th><td>3<\/td><td>1\u00a0500\u00a0000<\/td><td>25\u00a0%<\/td><\/tr>/);
    assert.match(html, /<text class="map-count" x="\d+" y="\d+">3<\/text>/);
    assert.ok(html.includes(MAP_ATTRIBUTION));
  });
});
