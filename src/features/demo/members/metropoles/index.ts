/** Demo members: the métropoles, one file per member, in the order they are loaded (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';
import { metropoleEuropeenneDeLille } from './metropole-europeenne-de-lille.ts';
import { bordeauxMetropole } from './bordeaux-metropole.ts';
import { nantesMetropole } from './nantes-metropole.ts';
import { rennesMetropole } from './rennes-metropole.ts';
import { grenobleAlpesMetropole } from './grenoble-alpes-metropole.ts';
import { toulouseMetropole } from './toulouse-metropole.ts';
import { montpellierMediterraneeMetropole } from './montpellier-mediterranee-metropole.ts';
import { eurometropoleDeStrasbourg } from './eurometropole-de-strasbourg.ts';
import { metropoleRouenNormandie } from './metropole-rouen-normandie.ts';
import { dijonMetropole } from './dijon-metropole.ts';
import { clermontAuvergneMetropole } from './clermont-auvergne-metropole.ts';
import { metropoleAixMarseilleProvence } from './metropole-aix-marseille-provence.ts';

export const demoMetropoles: DemoMember[] = [
  metropoleEuropeenneDeLille,
  bordeauxMetropole,
  nantesMetropole,
  rennesMetropole,
  grenobleAlpesMetropole,
  toulouseMetropole,
  montpellierMediterraneeMetropole,
  eurometropoleDeStrasbourg,
  metropoleRouenNormandie,
  dijonMetropole,
  clermontAuvergneMetropole,
  metropoleAixMarseilleProvence,
];
