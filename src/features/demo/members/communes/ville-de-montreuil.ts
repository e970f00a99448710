/** Demo member: Ville de Montreuil (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeMontreuil: DemoMember = {
  slug: 'ville-de-montreuil',
  name: 'Ville de Montreuil',
  territory: { kind: 'commune', code: '93048' },
  joinedYear: 2009,
  status: 'active',
  website: 'https://www.montreuil.fr',
  updatedAt: '2026-08-11',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Montreuil compte un très grand nombre d’associations, de coopératives et d’entreprises de l’ESS, notamment dans la culture, le réemploi et l’alimentation.</p>' +
        '<p>La ville accueille également des lieux collectifs qui réunissent artisans, artistes et entrepreneurs de l’ESS.</p>',
    },
    {
      kind: 'budget',
      heading: 'Moyens consacrés à l’ESS',
      html:
        '<p>La Ville consacre 520 000 € à l’ESS dans son budget primitif 2026.</p>' +
        '<p>L’équipe dédiée compte 2,5 équivalents temps plein.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La politique municipale vise à soutenir l’entrepreneuriat coopératif, à développer les circuits courts et à favoriser l’accès de tous à une alimentation de qualité.</p>' +
        '<p>Elle s’appuie sur un conseil local de l’ESS qui réunit élus, acteurs et habitants.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à la monnaie locale, la Pêche ;</li><li>accompagnement d’un supermarché coopératif ;</li><li>budget participatif ouvert aux projets de l’ESS.</li></ul>' +
        '<p>Un marché solidaire réunit chaque mois de décembre artisans et structures de l’ESS de la ville.</p>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 520000, year: 2026, source: 'Budget primitif 2026' },
    { kind: 'staff_fte', value: 2.5, year: 2026, source: 'Ville de Montreuil' },
  ],
};
