/** Demo member: Métropole Européenne de Lille (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const metropoleEuropeenneDeLille: DemoMember = {
  slug: 'metropole-europeenne-de-lille',
  name: 'Métropole Européenne de Lille',
  territory: { kind: 'epci', code: '200093201' },
  joinedYear: 2004,
  status: 'active',
  website: 'https://www.lillemetropole.fr',
  updatedAt: '2025-12-03',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente environ 62 000 emplois sur le territoire de la Métropole Européenne de Lille, soit 11 % de l’emploi salarié. Lille, Roubaix et Tourcoing rassemblent de nombreuses associations, structures d’insertion et coopératives.</p>' +
        '<p>La métropole accueille également les sièges de plusieurs mutuelles et grandes entreprises de l’ESS, ainsi que des lieux reconnus de l’innovation sociale.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>La MEL a inscrit <strong>4,3 M€</strong> au budget primitif 2025 pour l’ESS.</p>' +
        '<p>Une équipe de six agents assure l’animation de cette politique et le suivi des partenariats.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Membre du réseau depuis 2004, à l’époque de la communauté urbaine, la MEL a intégré l’ESS à sa stratégie de développement économique. Ses priorités :</p>' +
        '<ul><li>favoriser la création et le changement d’échelle des entreprises de l’ESS ;</li><li>développer l’achat responsable et les clauses sociales ;</li><li>soutenir l’économie circulaire et le réemploi.</li></ul>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets métropolitain pour l’ESS, reconduit chaque année ;</li><li>plusieurs centaines de milliers d’heures d’insertion réalisées grâce aux clauses sociales des marchés publics ;</li><li>soutien aux incubateurs d’innovation sociale ;</li><li>accompagnement de ressourceries et de recycleries.</li></ul>' +
        '<p>Le détail des dispositifs est présenté sur <a href="https://www.lillemetropole.fr">lillemetropole.fr</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 62000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    { kind: 'ess_employment_share', value: 11, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    { kind: 'budget_eur', value: 4300000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 6, year: 2025, source: 'Métropole Européenne de Lille' },
  ],
};
