/** Demo members: the intercommunalités, one file per member, in the order they are loaded (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';
import { grandPoitiers } from './grand-poitiers.ts';
import { communauteUrbaineDeDunkerque } from './communaute-urbaine-de-dunkerque.ts';
import { lorientAgglomeration } from './lorient-agglomeration.ts';
import { grandAngouleme } from './grand-angouleme.ts';
import { communautePaysBasque } from './communaute-pays-basque.ts';
import { valenceRomansAgglo } from './valence-romans-agglo.ts';
import { mulhouseAlsaceAgglomeration } from './mulhouse-alsace-agglomeration.ts';
import { cinor } from './cinor.ts';
import { ccDuClunisois } from './cc-du-clunisois.ts';
import { ccDuThouarsais } from './cc-du-thouarsais.ts';
import { valDIlleAubigne } from './val-d-ille-aubigne.ts';
import { grandFigeac } from './grand-figeac.ts';

export const demoIntercommunalites: DemoMember[] = [
  grandPoitiers,
  communauteUrbaineDeDunkerque,
  lorientAgglomeration,
  grandAngouleme,
  communautePaysBasque,
  valenceRomansAgglo,
  mulhouseAlsaceAgglomeration,
  cinor,
  ccDuClunisois,
  ccDuThouarsais,
  valDIlleAubigne,
  grandFigeac,
];
