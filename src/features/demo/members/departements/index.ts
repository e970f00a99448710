/** Demo members: the départements, one file per member, in the order they are loaded (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';
import { departementGironde } from './departement-gironde.ts';
import { departementNord } from './departement-nord.ts';
import { departementIlleEtVilaine } from './departement-ille-et-vilaine.ts';
import { departementLoireAtlantique } from './departement-loire-atlantique.ts';
import { departementSeineSaintDenis } from './departement-seine-saint-denis.ts';
import { departementGers } from './departement-gers.ts';
import { departementMeurtheEtMoselle } from './departement-meurthe-et-moselle.ts';
import { departementPuyDeDome } from './departement-puy-de-dome.ts';
import { departementAude } from './departement-aude.ts';
import { departementHauteGaronne } from './departement-haute-garonne.ts';
import { departementGuadeloupe } from './departement-guadeloupe.ts';
import { departementDrome } from './departement-drome.ts';

export const demoDepartements: DemoMember[] = [
  departementGironde,
  departementNord,
  departementIlleEtVilaine,
  departementLoireAtlantique,
  departementSeineSaintDenis,
  departementGers,
  departementMeurtheEtMoselle,
  departementPuyDeDome,
  departementAude,
  departementHauteGaronne,
  departementGuadeloupe,
  departementDrome,
];
