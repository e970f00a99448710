/** Demo members: the communes, one file per member, in the order they are loaded (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';
import { villeDeGrenoble } from './ville-de-grenoble.ts';
import { villeDeVilleurbanne } from './ville-de-villeurbanne.ts';
import { villeDeLoosEnGohelle } from './ville-de-loos-en-gohelle.ts';
import { villeDeMontreuil } from './ville-de-montreuil.ts';
import { villeDePoitiers } from './ville-de-poitiers.ts';
import { villeDeTulle } from './ville-de-tulle.ts';
import { villeDeBesancon } from './ville-de-besancon.ts';
import { villeDeMouansSartoux } from './ville-de-mouans-sartoux.ts';
import { villeDeKingersheim } from './ville-de-kingersheim.ts';
import { villeDeSaintDenisLaReunion } from './ville-de-saint-denis-la-reunion.ts';
import { villeDeBlois } from './ville-de-blois.ts';
import { villeDeQuimper } from './ville-de-quimper.ts';

export const demoCommunes: DemoMember[] = [
  villeDeGrenoble,
  villeDeVilleurbanne,
  villeDeLoosEnGohelle,
  villeDeMontreuil,
  villeDePoitiers,
  villeDeTulle,
  villeDeBesancon,
  villeDeMouansSartoux,
  villeDeKingersheim,
  villeDeSaintDenisLaReunion,
  villeDeBlois,
  villeDeQuimper,
];
