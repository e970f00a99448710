/** Demo members: the régions, one file per member, in the order they are loaded (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';
import { regionNouvelleAquitaine } from './region-nouvelle-aquitaine.ts';
import { regionOccitanie } from './region-occitanie.ts';
import { regionBretagne } from './region-bretagne.ts';
import { regionHautsDeFrance } from './region-hauts-de-france.ts';
import { regionPaysDeLaLoire } from './region-pays-de-la-loire.ts';
import { regionAuvergneRhoneAlpes } from './region-auvergne-rhone-alpes.ts';
import { regionGrandEst } from './region-grand-est.ts';
import { regionCentreValDeLoire } from './region-centre-val-de-loire.ts';
import { regionBourgogneFrancheComte } from './region-bourgogne-franche-comte.ts';
import { regionNormandie } from './region-normandie.ts';
import { regionIleDeFrance } from './region-ile-de-france.ts';
import { regionReunion } from './region-reunion.ts';

export const demoRegions: DemoMember[] = [
  regionNouvelleAquitaine,
  regionOccitanie,
  regionBretagne,
  regionHautsDeFrance,
  regionPaysDeLaLoire,
  regionAuvergneRhoneAlpes,
  regionGrandEst,
  regionCentreValDeLoire,
  regionBourgogneFrancheComte,
  regionNormandie,
  regionIleDeFrance,
  regionReunion,
];
