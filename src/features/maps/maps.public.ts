/**
 * What other features may use of maps/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { Distribution } from './maps.choropleth.tsx';
export { MembersMapFigure } from './maps.national.tsx';
export { type MapMember } from './maps.place.ts';
export { RegionMapFigure, regionMapSvg } from './maps.region.tsx';
export { getDirectoryMaps } from './maps.service.ts';
