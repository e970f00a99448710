/** Demo member: Région Grand Est (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionGrandEst: DemoMember = {
  slug: 'region-grand-est',
  name: 'Région Grand Est',
  territory: { kind: 'region', code: '44' },
  joinedYear: 2018,
  status: 'active',
  website: 'https://www.grandest.fr',
  updatedAt: '2024-12-02',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Dans le Grand Est, l’ESS représente environ 172 000 emplois, soit 10,9 % de l’emploi salarié. Elle est particulièrement présente en Alsace et en Moselle, où le droit local des associations a favorisé de longue date un tissu associatif dense.</p>' +
        '<p>Les territoires frontaliers développent par ailleurs des coopérations avec les acteurs de l’économie sociale allemands, luxembourgeois, belges et suisses.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>La Région a inscrit 3,9 M€ à son budget primitif 2022 pour le soutien à l’ESS et à l’innovation sociale.</p>' +
        '<p>Ce montant ne comprend pas les aides économiques de droit commun, auxquelles les structures de l’ESS peuvent également prétendre.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La stratégie régionale vise à faire de l’ESS un levier de cohésion territoriale. Elle repose sur un partenariat avec la CRESS Grand Est et sur des référents ESS dans les maisons de la Région.</p>' +
        '<p>Trois priorités ont été retenues : l’emploi des jeunes, la transition écologique et le maintien des services dans les territoires ruraux.</p>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 3900000, year: 2022, source: 'Budget primitif 2022' },
    { kind: 'ess_jobs', value: 172000, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
    { kind: 'ess_employment_share', value: 10.9, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
  ],
};
