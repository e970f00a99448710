/** Demo members: the métropoles (see ../demo.members.ts). */
import type { DemoMember } from '../demo.types.ts';

export const demoMetropoles: DemoMember[] = [
  {
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
  },
  {
    slug: 'bordeaux-metropole',
    name: 'Bordeaux Métropole',
    territory: { kind: 'epci', code: '243300316' },
    joinedYear: 2010,
    status: 'active',
    website: 'https://www.bordeaux-metropole.fr',
    updatedAt: '2026-04-14',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Environ 44 800 personnes travaillent dans l’ESS à Bordeaux Métropole, soit 10,7 % de l’emploi salarié. Le tissu est varié : associations sanitaires et sociales, culturelles et sportives, mais aussi une nouvelle génération d’entreprises coopératives dans le numérique, l’alimentation et le réemploi.</p>' +
          '<p>Plusieurs quartiers en renouvellement urbain accueillent des lieux collectifs qui associent activités économiques et services aux habitants.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Métropole soutient l’ESS dans le cadre de sa compétence économique. Elle finance l’accompagnement des porteurs de projets, l’immobilier d’entreprise dédié et les actions de sensibilisation.</p>' +
          '<p>Le budget consacré à l’ESS atteint 3,1 M€ en 2025.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un incubateur de l’ESS et à plusieurs tiers-lieux métropolitains ;</li><li>aide aux entreprises de l’ESS implantées dans les quartiers prioritaires ;</li><li>participation au mois de l’ESS et à la quinzaine du commerce équitable.</li></ul>' +
          '<p>Ces actions sont menées en lien avec les 28 communes de la Métropole.</p>',
      },
      {
        kind: 'other',
        heading: 'Achats responsables',
        html:
          '<p>La Métropole s’est dotée d’un schéma de promotion des achats socialement et écologiquement responsables. Les clauses sociales figurent désormais dans la majorité de ses marchés de travaux.</p>' +
          '<p>Certains lots sont réservés aux structures d’insertion et aux entreprises adaptées, notamment pour l’entretien des espaces verts.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 44800, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'ess_employment_share', value: 10.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'budget_eur', value: 3100000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'nantes-metropole',
    name: 'Nantes Métropole',
    territory: { kind: 'epci', code: '244400404' },
    joinedYear: 2002,
    status: 'active',
    website: 'https://metropole.nantes.fr',
    updatedAt: '2026-10-09',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS est une composante majeure de l’économie nantaise : environ 44 500 emplois, soit 12,8 % de l’emploi salarié, dans près de 2 900 établissements employeurs.</p>' +
          '<p>Le territoire dispose d’un écosystème structuré, avec un pôle de coopération réunissant entreprises de l’ESS, collectivités et chercheurs, et un lieu dédié qui accueille incubateur, bureaux et espaces de rencontre.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le budget primitif 2026 consacre <strong>3,6 M€</strong> à l’ESS et à l’innovation sociale.</p>' +
          '<p>Sept agents composent la mission ESS de la Métropole.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Engagée auprès de l’ESS depuis le début des années 2000, la Métropole articule son action autour de trois axes : l’entrepreneuriat collectif, l’innovation sociale et la coopération entre entreprises.</p>' +
          '<p>Elle a également adopté un schéma des achats responsables qui fixe des objectifs chiffrés de clauses sociales et de marchés réservés.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets annuel « Innovation sociale » ;</li><li>soutien à un pôle territorial de coopération économique ;</li><li>accompagnement des projets de tiers-lieux dans les 24 communes ;</li><li>participation au forum annuel de l’ESS et de l’innovation sociale.</li></ul>' +
          '<p>Plus d’informations sur <a href="https://metropole.nantes.fr">metropole.nantes.fr</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 2900, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'ess_jobs', value: 44500, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'ess_employment_share', value: 12.8, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'budget_eur', value: 3600000, year: 2026, source: 'Budget primitif 2026' },
      { kind: 'staff_fte', value: 7, year: 2026, source: 'Nantes Métropole, mission ESS' },
    ],
  },
  {
    slug: 'rennes-metropole',
    name: 'Rennes Métropole',
    territory: { kind: 'epci', code: '243500139' },
    joinedYear: 2005,
    status: 'active',
    website: 'https://metropole.rennes.fr',
    updatedAt: '2025-08-25',
    sections: [
      {
        kind: 'panorama',
        heading: 'L’ESS sur le territoire métropolitain',
        html:
          '<p>L’ESS représente 13,5 % de l’emploi salarié à Rennes Métropole. Elle compte de grands employeurs du secteur médico-social, des coopératives agricoles et bancaires et un réseau dense d’associations culturelles et d’éducation populaire.</p>' +
          '<p>De nombreux projets récents concernent l’alimentation, la mobilité et le réemploi.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Métropole soutient l’ESS depuis 2005 dans le cadre de sa politique de développement économique. Son action vise à favoriser l’émergence de nouvelles activités, à consolider les structures existantes et à développer les coopérations.</p>' +
          '<p>Elle s’appuie sur le pôle ESS du pays de Rennes et sur les réseaux d’accompagnement.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>En 2025, 2,2 M€ sont inscrits au budget pour l’ESS, dont une part importante pour l’immobilier d’activité et les tiers-lieux.</p>' +
          '<p>Quatre agents suivent cette politique.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à l’incubateur d’innovation sociale du territoire ;</li><li>aide à l’installation de ressourceries et de recycleries ;</li><li>accompagnement des projets d’habitat coopératif.</li></ul>' +
          '<p>Les projets soutenus sont présentés chaque année lors du mois de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 13.5, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
      { kind: 'budget_eur', value: 2200000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 4, year: 2025, source: 'Rennes Métropole' },
    ],
  },
  {
    slug: 'grenoble-alpes-metropole',
    name: 'Grenoble-Alpes Métropole',
    territory: { kind: 'epci', code: '200040715' },
    joinedYear: 2009,
    status: 'active',
    website: 'https://www.grenoblealpesmetropole.fr',
    updatedAt: '2025-03-03',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 12,4 % de l’emploi salarié sur le territoire métropolitain. Le bassin grenoblois est connu pour ses nombreuses coopératives, son réseau d’associations d’éducation populaire et sa monnaie locale, le Cairn.</p>' +
          '<p>Les vallées et les communes de montagne de la Métropole accueillent aussi des projets collectifs autour de l’agriculture et du tourisme.</p>',
      },
      {
        kind: 'budget',
        heading: 'Budget et moyens consacrés à l’ESS',
        html:
          '<p>Le budget consacré à l’ESS s’élevait à 1,5 M€ en 2023.</p>' +
          '<p>Il finance l’accompagnement des porteurs de projets, le soutien aux lieux de l’ESS et l’animation du réseau des acteurs.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien au réseau des tiers-lieux et aux fablabs associatifs ;</li><li>accompagnement des projets de réemploi et de réparation ;</li><li>marchés réservés pour l’entretien de certains espaces verts ;</li><li>participation au développement de la monnaie locale.</li></ul>' +
          '<p>Ces actions sont conduites en lien étroit avec la Ville de Grenoble et les autres communes de la Métropole.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 12.4, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'budget_eur', value: 1500000, year: 2023, source: 'Compte administratif 2023' },
    ],
  },
  {
    slug: 'toulouse-metropole',
    name: 'Toulouse Métropole',
    territory: { kind: 'epci', code: '243100518' },
    joinedYear: 2015,
    status: 'active',
    website: 'https://www.toulouse-metropole.fr',
    updatedAt: '2025-01-20',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Toulouse Métropole compte environ 48 000 emplois dans l’ESS, soit 9,6 % de l’emploi salarié. L’aéronautique et le numérique dominent l’économie locale, mais l’ESS y occupe une place croissante, notamment dans l’action sociale, la culture et l’alimentation.</p>' +
          '<p>La monnaie locale toulousaine, le Sol-Violette, fédère un réseau de commerces et d’associations.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Métropole a intégré l’ESS à sa stratégie de développement économique.</p>' +
          '<p>Elle soutient les structures d’accompagnement, favorise l’accès des entreprises de l’ESS aux marchés publics et encourage l’implantation de projets dans les quartiers prioritaires.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un incubateur dédié à l’innovation sociale ;</li><li>accompagnement des coopératives d’activité et d’emploi ;</li><li>prix métropolitain de l’ESS, décerné pendant le mois de l’ESS.</li></ul>' +
          '<p>Les lauréats du prix reçoivent une dotation et sont mis en relation avec des financeurs solidaires.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 48000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
      { kind: 'ess_employment_share', value: 9.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    ],
  },
  {
    slug: 'montpellier-mediterranee-metropole',
    name: 'Montpellier Méditerranée Métropole',
    territory: { kind: 'epci', code: '243400017' },
    joinedYear: 2021,
    status: 'active',
    website: 'https://www.montpellier3m.fr',
    updatedAt: '2026-07-07',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS compte environ 2 300 établissements employeurs sur le territoire métropolitain. Elle est particulièrement présente dans l’action sociale, l’enseignement, la culture et l’agriculture.</p>' +
          '<p>Le territoire accueille un réseau actif d’entreprises coopératives et de lieux d’innovation sociale.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Membre du réseau depuis 2021, la Métropole a fait de l’ESS une priorité de sa politique économique, en lien étroit avec sa politique agroécologique et alimentaire.</p>' +
          '<p>Le budget primitif 2026 consacre 1,2 M€ à l’ESS.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets « ESS et transition écologique » ;</li><li>soutien à des épiceries solidaires et à des cuisines partagées ;</li><li>accompagnement des projets de finance solidaire.</li></ul>' +
          '<p>Les premiers lauréats de l’appel à projets ont été désignés en 2022.</p>',
      },
      {
        kind: 'other',
        heading: 'Alimentation et agriculture',
        html:
          '<p>La Métropole soutient les coopératives de producteurs, les marchés paysans et les projets d’installation agricole portés collectivement.</p>' +
          '<p>Elle favorise également l’accès de tous à une alimentation de qualité, en lien avec les associations d’aide alimentaire.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 2300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
      { kind: 'budget_eur', value: 1200000, year: 2026, source: 'Budget primitif 2026' },
    ],
  },
  {
    slug: 'eurometropole-de-strasbourg',
    name: 'Eurométropole de Strasbourg',
    territory: { kind: 'epci', code: '246700488' },
    joinedYear: 2008,
    status: 'active',
    website: 'https://www.strasbourg.eu',
    updatedAt: '2025-11-04',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Avec 12 % de l’emploi salarié, l’ESS est très présente à Strasbourg et dans les communes de l’Eurométropole. Le droit local alsacien-mosellan des associations a favorisé de longue date un tissu associatif dense.</p>' +
          '<p>Le territoire a aussi été précurseur en matière de monnaie locale, avec le Stück, et d’accompagnement de l’innovation sociale.</p>',
      },
      {
        kind: 'budget',
        heading: 'Budget et moyens consacrés à l’ESS',
        html:
          '<p>Le budget primitif 2025 prévoit 2,8 M€ pour l’ESS.</p>' +
          '<p>Une équipe de 5,5 équivalents temps plein, mutualisée avec la Ville de Strasbourg, est dédiée à cette politique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>L’Eurométropole a adopté une stratégie pluriannuelle pour l’ESS, construite avec les acteurs locaux. Elle vise à soutenir l’entrepreneuriat social, à développer les achats responsables et à favoriser l’économie circulaire.</p>' +
          '<p>Une attention particulière est portée aux coopérations avec les acteurs de l’économie sociale du Bade-Wurtemberg.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets annuel « Économie sociale et solidaire » ;</li><li>soutien à un incubateur d’entreprises sociales ;</li><li>organisation du mois de l’ESS et d’un forum transfrontalier ;</li><li>clauses sociales dans les marchés de travaux des équipements publics.</li></ul>' +
          '<p>Plus d’informations sur <a href="https://www.strasbourg.eu">strasbourg.eu</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 12, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
      { kind: 'budget_eur', value: 2800000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 5.5, year: 2025, source: 'Eurométropole de Strasbourg' },
    ],
  },
  {
    slug: 'metropole-rouen-normandie',
    name: 'Métropole Rouen Normandie',
    territory: { kind: 'epci', code: '200023414' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.metropole-rouen-normandie.fr',
    updatedAt: '2025-04-14',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente environ 23 000 emplois sur le territoire de la Métropole Rouen Normandie, soit 11,6 % de l’emploi salarié. L’action sociale, la santé et l’insertion en sont les principaux domaines.</p>' +
          '<p>Les boucles de la Seine accueillent aussi des projets agricoles collectifs et des lieux de réemploi.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Métropole a engagé une démarche de soutien à l’ESS articulée avec sa politique de transition écologique.</p>' +
          '<p>Elle privilégie l’économie circulaire, l’alimentation durable et l’accès à l’emploi des habitants des quartiers prioritaires.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux structures de réemploi et de réparation ;</li><li>aide au développement d’un réseau d’épiceries solidaires ;</li><li>accompagnement de projets agricoles collectifs dans le cadre du projet alimentaire territorial.</li></ul>' +
          '<p>Ces actions s’inscrivent dans les engagements de la Métropole en faveur de la transition écologique.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 23000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
      { kind: 'ess_employment_share', value: 11.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
    ],
  },
  {
    slug: 'dijon-metropole',
    name: 'Dijon Métropole',
    territory: { kind: 'epci', code: '242100410' },
    joinedYear: 2019,
    status: 'active',
    website: 'https://www.metropole-dijon.fr',
    updatedAt: '2025-06-30',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 11,8 % de l’emploi salarié à Dijon Métropole. Les associations d’action sociale et de santé, les mutuelles et les coopératives agricoles en sont les principaux employeurs.</p>' +
          '<p>Plusieurs projets récents portent sur le maraîchage et la transformation alimentaire.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à des projets de maraîchage en insertion, dans le cadre du projet alimentaire de la métropole ;</li><li>accompagnement de tiers-lieux consacrés au réemploi ;</li><li>participation au mois de l’ESS.</li></ul>' +
          '<p>Ces projets sont menés en lien avec la Ville de Dijon et les réseaux de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 11.8, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
    ],
  },
  {
    slug: 'clermont-auvergne-metropole',
    name: 'Clermont Auvergne Métropole',
    territory: { kind: 'epci', code: '246300701' },
    joinedYear: 2018,
    status: 'active',
    website: 'https://www.clermontmetropole.eu',
    updatedAt: '2026-09-01',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 12,1 % de l’emploi salarié à Clermont Auvergne Métropole. Le territoire compte plusieurs grandes mutuelles, des coopératives agricoles et un tissu associatif important dans la culture et le sport.</p>' +
          '<p>La monnaie locale du Puy-de-Dôme, la Doume, y est acceptée dans de nombreux commerces.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le budget primitif 2026 prévoit 900 000 € pour l’ESS.</p>' +
          '<p>L’équipe dédiée compte 2,5 équivalents temps plein.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Métropole conduit une politique de l’ESS fondée sur l’accompagnement de l’entrepreneuriat collectif et sur la coopération entre acteurs.</p>' +
          '<p>Elle soutient les lieux ressources de l’ESS et favorise les liens avec l’université.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets « Innovation sociale » ;</li><li>soutien à un pôle territorial de coopération économique ;</li><li>clauses sociales dans les marchés de collecte et de traitement des déchets.</li></ul>' +
          '<p>Les lauréats de l’appel à projets sont accompagnés pendant un an par les réseaux d’accompagnement du territoire.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 12.1, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'budget_eur', value: 900000, year: 2026, source: 'Budget primitif 2026' },
      { kind: 'staff_fte', value: 2.5, year: 2026, source: 'Clermont Auvergne Métropole' },
    ],
  },
  {
    slug: 'metropole-aix-marseille-provence',
    name: 'Métropole d’Aix-Marseille-Provence',
    territory: { kind: 'epci', code: '200054807' },
    joinedYear: 2016,
    status: 'former',
    website: 'https://ampmetropole.fr',
    updatedAt: '2018-03-07',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente environ 84 000 emplois sur le territoire de la Métropole, qui réunit 92 communes autour de Marseille et d’Aix-en-Provence.</p>' +
          '<p>Elle est particulièrement présente dans l’action sociale, la santé et l’insertion.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Créée en 2016, la Métropole engage l’harmonisation des politiques de l’ESS conduites auparavant par les anciennes intercommunalités.</p>' +
          '<p>Un état des lieux des dispositifs existants est en cours.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 84000, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Provence-Alpes-Côte d’Azur' },
    ],
  },
];
