/**
 * Demo members: sixty fictitious but plausible profiles of member authorities,
 * each tied to its real official territory (INSEE code or SIREN, checked against
 * @etalab/decoupage-administratif). Texts and figures are illustrative, except the
 * Grand Poitiers profile, which follows the page of the former site.
 */
import type { DemoMember } from './demo.types.ts';
import { demoRegions } from './members/regions/index.ts';
import { demoDepartements } from './members/departements/index.ts';
import { demoMetropoles } from './members/metropoles/index.ts';
import { demoIntercommunalites } from './members/intercommunalites/index.ts';
import { demoCommunes } from './members/communes/index.ts';

/** Every demo member, by kind: régions, départements, métropoles, intercommunalités, communes. */
export const demoMembers: DemoMember[] = [
  ...demoRegions,
  ...demoDepartements,
  ...demoMetropoles,
  ...demoIntercommunalites,
  ...demoCommunes,
];
