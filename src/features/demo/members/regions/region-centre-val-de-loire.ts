/** Demo member: Région Centre-Val de Loire (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionCentreValDeLoire: DemoMember = {
  slug: 'region-centre-val-de-loire',
  name: 'Région Centre-Val de Loire',
  territory: { kind: 'region', code: '24' },
  joinedYear: 2010,
  status: 'active',
  website: 'https://www.centre-valdeloire.fr',
  updatedAt: '2026-09-14',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS emploie environ 84 000 personnes en Centre-Val de Loire, soit 10,8 % de l’emploi salarié régional. Les associations du secteur médico-social en sont les principaux employeurs, devant les mutuelles et les banques coopératives.</p>' +
        '<p>Dans une région marquée par des écarts importants entre l’axe ligérien et les territoires ruraux du sud, l’ESS contribue au maintien des services de proximité.</p>',
    },
    {
      kind: 'programme',
      heading: 'Feuille de route régionale pour l’ESS',
      html:
        '<p>La Région a adopté en 2022 une feuille de route pour l’ESS, élaborée avec la CRESS et les réseaux. Elle vise à accompagner la création d’emplois, à mieux faire connaître l’ESS aux jeunes et à encourager les coopérations territoriales.</p>' +
        '<p>Les pôles territoriaux de coopération économique (PTCE) font l’objet d’un soutien particulier.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le budget primitif 2026 consacre 3,2 M€ aux actions en faveur de l’ESS.</p>' +
        '<p>Quatre agents en assurent le suivi au sein de la direction de l’économie.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Dispositif CAP’Asso de soutien à l’emploi associatif ;</li><li>aide aux projets de ressourceries et de recycleries ;</li><li>soutien aux PTCE et aux tiers-lieux ruraux ;</li><li>participation au prix régional de l’ESS.</li></ul>' +
        '<p>Ces dispositifs sont présentés aux porteurs de projets lors de réunions d’information organisées dans chaque département.</p>',
    },
    {
      kind: 'other',
      heading: 'Instances de concertation',
      html:
        '<p>Une conférence régionale de l’ESS se tient chaque année, successivement dans chacun des six départements. Elle réunit élus, réseaux, financeurs et représentants des salariés.</p>' +
        '<p>Ses travaux alimentent la révision de la feuille de route régionale.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 84000, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Centre-Val de Loire' },
    { kind: 'ess_employment_share', value: 10.8, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Centre-Val de Loire' },
    { kind: 'budget_eur', value: 3200000, year: 2026, source: 'Budget primitif 2026' },
    { kind: 'staff_fte', value: 4, year: 2026, source: 'Région Centre-Val de Loire, direction de l’économie' },
  ],
};
