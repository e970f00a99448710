/** Demo members: the communes (see ../demo.members.ts). */
import type { DemoMember } from '../demo.types.ts';

export const demoCommunes: DemoMember[] = [
  {
    slug: 'ville-de-grenoble',
    name: 'Ville de Grenoble',
    territory: { kind: 'commune', code: '38185' },
    joinedYear: 2002,
    status: 'active',
    website: 'https://www.grenoble.fr',
    updatedAt: '2026-02-24',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>À Grenoble, l’ESS représente 14,2 % de l’emploi salarié. Le tissu associatif est dense, notamment dans l’éducation populaire, la culture et la solidarité, et de nombreuses coopératives sont installées dans la ville.</p>' +
          '<p>La monnaie locale, le Cairn, circule dans plusieurs centaines de commerces et d’associations du bassin grenoblois.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>La Ville consacre 780 000 € à l’ESS dans son budget primitif 2025, en complément de ses subventions de fonctionnement aux associations.</p>' +
          '<p>Trois agents composent la mission ESS.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La politique municipale s’inscrit dans une démarche de transition écologique et démocratique.</p>' +
          '<p>Elle vise à soutenir les initiatives citoyennes, à développer les achats responsables et à favoriser l’alimentation durable.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à la monnaie locale ;</li><li>budget participatif ouvert aux projets associatifs ;</li><li>clauses sociales et environnementales dans les marchés de restauration scolaire.</li></ul>' +
          '<p>Plus d’informations sur <a href="https://www.grenoble.fr">grenoble.fr</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 14.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'budget_eur', value: 780000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 3, year: 2025, source: 'Ville de Grenoble' },
    ],
  },
  {
    slug: 'ville-de-villeurbanne',
    name: 'Ville de Villeurbanne',
    territory: { kind: 'commune', code: '69266' },
    joinedYear: 2006,
    status: 'active',
    website: 'https://www.villeurbanne.fr',
    updatedAt: '2025-05-13',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Villeurbanne accueille un tissu très dense d’associations et de coopératives.</p>' +
          '<p>La ville compte parmi les premiers territoires engagés dans l’expérimentation « Territoires zéro chômeur de longue durée », dans le quartier Saint-Jean.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville a fait de l’ESS un axe de sa politique de développement économique et d’emploi. Elle favorise l’installation d’entreprises de l’ESS, développe les achats responsables et accompagne les projets d’habitants.</p>' +
          '<p>Deux agents animent cette politique.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à l’entreprise à but d’emploi du quartier Saint-Jean ;</li><li>accompagnement de commerces coopératifs en rez-de-chaussée d’immeubles ;</li><li>organisation du mois de l’ESS.</li></ul>' +
          '<p>Ces actions sont menées en lien avec les acteurs de l’ESS de l’agglomération lyonnaise.</p>',
      },
    ],
    figures: [
      { kind: 'staff_fte', value: 2, year: 2025, source: 'Ville de Villeurbanne' },
    ],
  },
  {
    slug: 'ville-de-loos-en-gohelle',
    name: 'Ville de Loos-en-Gohelle',
    territory: { kind: 'commune', code: '62528' },
    joinedYear: 2011,
    status: 'active',
    website: 'https://www.loos-en-gohelle.fr',
    updatedAt: '2025-08-19',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Ancienne commune minière, Loos-en-Gohelle s’est engagée de longue date dans une démarche de développement durable qui associe étroitement les habitants.</p>' +
          '<p>L’ESS y occupe une place centrale, notamment dans l’écoconstruction et les énergies renouvelables.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Installation de panneaux solaires financés par les habitants sur des bâtiments publics ;</li><li>soutien à un pôle d’écoconstruction associant entreprises et structures d’insertion ;</li><li>démarche « fifty-fifty » de co-construction des projets avec les habitants.</li></ul>',
      },
    ],
    figures: [],
  },
  {
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
  },
  {
    slug: 'ville-de-poitiers',
    name: 'Ville de Poitiers',
    territory: { kind: 'commune', code: '86194' },
    joinedYear: 2015,
    status: 'active',
    website: 'https://www.poitiers.fr',
    updatedAt: '2025-11-25',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Poitiers bénéficie d’un tissu associatif très actif et d’une forte présence des acteurs de l’ESS en centre-ville, notamment dans l’alimentation, la culture et le réemploi.</p>' +
          '<p>Épiceries solidaires, ressourceries et tiers-lieux y côtoient des associations culturelles et sportives anciennes.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville agit en complémentarité avec Grand Poitiers, compétente en matière de développement économique. Elle soutient les associations, favorise l’implication des habitants et développe les achats responsables.</p>' +
          '<p>En 2025, 260 000 € sont consacrés à des actions spécifiques en faveur de l’ESS.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Budget participatif ouvert aux projets des habitants et des associations ;</li><li>soutien aux épiceries solidaires du centre-ville ;</li><li>approvisionnement de la restauration scolaire en produits locaux.</li></ul>' +
          '<p>Ces actions sont menées en lien avec Grand Poitiers et les maisons de quartier.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 260000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'ville-de-tulle',
    name: 'Ville de Tulle',
    territory: { kind: 'commune', code: '19272' },
    joinedYear: 2010,
    status: 'former',
    website: null,
    updatedAt: '2014-06-10',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>À Tulle, l’ESS est présente dans l’action sociale, la culture et l’insertion.</p>' +
          '<p>La ville accueille plusieurs associations employeuses qui rayonnent sur l’ensemble de la Corrèze.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à une recyclerie associative ;</li><li>participation au mois de l’ESS.</li></ul>',
      },
    ],
    figures: [],
  },
  {
    slug: 'ville-de-besancon',
    name: 'Ville de Besançon',
    territory: { kind: 'commune', code: '25056' },
    joinedYear: 2004,
    status: 'active',
    website: 'https://www.besancon.fr',
    updatedAt: '2025-07-22',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 13 % de l’emploi salarié à Besançon.</p>' +
          '<p>La ville est connue pour son histoire coopérative, marquée notamment par l’expérience autogestionnaire des salariés de Lip dans les années 1970.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le budget primitif 2025 prévoit 410 000 € pour l’ESS, hors subventions de fonctionnement aux associations.</p>' +
          '<p>Ces crédits financent le soutien aux projets, l’animation du réseau local et la participation au mois de l’ESS.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville encourage la création d’activités de l’ESS, le développement des achats responsables et la participation des habitants.</p>' +
          '<p>Elle travaille en lien étroit avec Grand Besançon Métropole.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un tiers-lieu consacré à l’ESS ;</li><li>accompagnement de projets d’habitat participatif ;</li><li>clauses sociales dans les marchés d’entretien des espaces publics.</li></ul>' +
          '<p>La Ville relaie également les initiatives locales pendant le mois de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 13, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
      { kind: 'budget_eur', value: 410000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'ville-de-mouans-sartoux',
    name: 'Ville de Mouans-Sartoux',
    territory: { kind: 'commune', code: '06084' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.mouans-sartoux.net',
    updatedAt: '2026-04-07',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Commune d’environ 11 000 habitants, Mouans-Sartoux est connue pour sa politique alimentaire, fondée sur une régie agricole municipale qui approvisionne les cantines en produits biologiques.</p>' +
          '<p>Associations et jardins partagés prolongent cette démarche auprès des habitants.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux associations de jardins partagés ;</li><li>accompagnement de projets d’installation agricole ;</li><li>sensibilisation des habitants à l’alimentation durable.</li></ul>',
      },
      {
        kind: 'other',
        heading: 'Alimentation durable',
        html:
          '<p>Les restaurants scolaires servent des repas entièrement biologiques, en grande partie produits par la régie municipale.</p>' +
          '<p>La commune partage cette expérience avec d’autres collectivités à travers des formations et des visites.</p>',
      },
    ],
    figures: [],
  },
  {
    slug: 'ville-de-kingersheim',
    name: 'Ville de Kingersheim',
    territory: { kind: 'commune', code: '68166' },
    joinedYear: 2013,
    status: 'active',
    website: null,
    updatedAt: '2023-06-19',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Kingersheim est connue pour sa démarche de démocratie participative, qui associe les habitants aux décisions municipales.</p>' +
          '<p>L’ESS y est présente à travers des associations, des projets d’habitat et des initiatives de transition.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville soutient les initiatives citoyennes et les projets collectifs. Un agent à mi-temps accompagne les porteurs de projets.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un projet d’habitat participatif ;</li><li>accompagnement d’une épicerie associative ;</li><li>conseils participatifs consacrés à la transition.</li></ul>',
      },
    ],
    figures: [
      { kind: 'staff_fte', value: 0.5, year: 2023, source: 'Ville de Kingersheim' },
    ],
  },
  {
    slug: 'ville-de-saint-denis-la-reunion',
    name: 'Ville de Saint-Denis (La Réunion)',
    territory: { kind: 'commune', code: '97411' },
    joinedYear: 2018,
    status: 'active',
    website: 'https://www.saintdenis.re',
    updatedAt: '2025-10-30',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Chef-lieu de La Réunion, Saint-Denis accueille de nombreuses associations et structures de l’ESS, notamment dans l’aide à la personne, le sport et la culture.</p>' +
          '<p>Les quartiers des hauts comptent plusieurs jardins partagés et associations d’insertion.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville soutient l’ESS dans le cadre de sa politique d’emploi et de cohésion sociale.</p>' +
          '<p>Elle encourage les initiatives des habitants dans les quartiers et favorise l’insertion des jeunes.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à des jardins partagés ;</li><li>accompagnement d’une ressourcerie, en lien avec la CINOR ;</li><li>organisation d’un forum annuel de l’ESS.</li></ul>',
      },
    ],
    figures: [],
  },
  {
    slug: 'ville-de-blois',
    name: 'Ville de Blois',
    territory: { kind: 'commune', code: '41018' },
    joinedYear: 2012,
    status: 'active',
    website: 'https://www.blois.fr',
    updatedAt: '2026-09-29',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Blois compte un tissu associatif actif et plusieurs structures d’insertion, de réemploi et de culture.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>En 2026, la Ville consacre 190 000 € à l’ESS, principalement pour le soutien aux projets et l’animation du réseau local.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à une recyclerie ;</li><li>accompagnement d’un tiers-lieu ;</li><li>clauses sociales dans les marchés municipaux.</li></ul>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 190000, year: 2026, source: 'Budget primitif 2026' },
    ],
  },
  {
    slug: 'ville-de-quimper',
    name: 'Ville de Quimper',
    territory: { kind: 'commune', code: '29232' },
    joinedYear: 2020,
    status: 'active',
    website: 'https://www.quimper.bzh',
    updatedAt: '2025-03-31',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Quimper compte de nombreuses associations et coopératives.</p>' +
          '<p>Le pôle ESS de Cornouaille accompagne les porteurs de projets sur le territoire.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Ville s’est engagée en faveur de l’ESS en 2020. Un agent est chargé de l’ESS et des achats responsables.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un tiers-lieu ;</li><li>clauses sociales dans les marchés de la Ville ;</li><li>participation au mois de l’ESS.</li></ul>',
      },
    ],
    figures: [
      { kind: 'staff_fte', value: 1, year: 2025, source: 'Ville de Quimper' },
    ],
  },
];
