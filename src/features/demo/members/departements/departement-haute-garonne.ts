/** Demo member: Département de la Haute-Garonne (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementHauteGaronne: DemoMember = {
  slug: 'departement-haute-garonne',
  name: 'Département de la Haute-Garonne',
  territory: { kind: 'departement', code: '31' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.haute-garonne.fr',
  updatedAt: '2026-02-10',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>La Haute-Garonne compte environ 66 000 emplois dans l’ESS. Si l’agglomération toulousaine en concentre la plus grande part, l’ESS est aussi un pilier de l’économie du Comminges et du Lauragais.</p>' +
        '<p>Le département dispose d’un écosystème d’accompagnement complet : incubateurs, coopératives d’activité et d’emploi, financeurs solidaires et réseaux d’entreprises.</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le Département consacre 2,1 M€ à l’ESS dans son budget primitif 2025.</p>' +
        '<p>Trois agents animent cette politique au sein de la direction du développement territorial.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Le plan départemental pour l’ESS poursuit quatre objectifs :</p>' +
        '<ul><li>soutenir la création d’emplois dans les territoires ruraux ;</li><li>encourager l’alimentation durable et les circuits courts ;</li><li>développer les achats responsables du Département ;</li><li>favoriser l’engagement des jeunes dans l’entrepreneuriat collectif.</li></ul>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets annuel « ESS et solidarités » ;</li><li>soutien à la monnaie locale toulousaine, le Sol-Violette ;</li><li>aide à l’installation de magasins de producteurs et d’épiceries coopératives ;</li><li>accompagnement de la transformation d’entreprises en SCOP.</li></ul>' +
        '<p>Les lauréats de l’appel à projets sont présentés chaque automne lors d’une rencontre départementale.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 66000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    { kind: 'budget_eur', value: 2100000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 3, year: 2025, source: 'Département de la Haute-Garonne' },
  ],
};
