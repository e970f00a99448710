/** Demo members: the départements (see ../demo.members.ts). */
import type { DemoMember } from '../demo.types.ts';

export const demoDepartements: DemoMember[] = [
  {
    slug: 'departement-gironde',
    name: 'Département de la Gironde',
    territory: { kind: 'departement', code: '33' },
    joinedYear: 2006,
    status: 'active',
    website: 'https://www.gironde.fr',
    updatedAt: '2025-10-08',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>La Gironde compte environ 74 500 emplois dans l’ESS. L’agglomération bordelaise en regroupe la majorité, mais l’ESS est aussi très présente dans le Médoc, le Libournais et le Sud-Gironde, où elle porte des services de proximité indispensables.</p>' +
          '<p>Le département se distingue par un réseau étoffé de structures d’insertion et par de nombreux tiers-lieux ruraux.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>En 2024, le Département a consacré 2,6 M€ au soutien direct de l’ESS, hors politiques d’insertion et d’action sociale.</p>' +
          '<p>Quatre agents sont dédiés à cette politique au sein de la direction de l’attractivité et du développement.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>L’ESS est au cœur du projet départemental de transition. Le Département soutient les initiatives qui répondent à des besoins sociaux mal couverts, en particulier dans les territoires ruraux.</p>' +
          '<p>Il mobilise également ses achats : des clauses sociales et environnementales figurent dans une part croissante de ses marchés publics.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à initiatives annuel pour l’ESS et l’innovation sociale ;</li><li>soutien aux épiceries solidaires et aux projets d’alimentation durable ;</li><li>accompagnement des communes rurales dans la création de tiers-lieux ;</li><li>appui aux territoires candidats à l’expérimentation « Territoires zéro chômeur de longue durée ».</li></ul>' +
          '<p>Plus d’informations sur <a href="https://www.gironde.fr">gironde.fr</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 74500, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'budget_eur', value: 2600000, year: 2024, source: 'Compte administratif 2024' },
      { kind: 'staff_fte', value: 4, year: 2024, source: 'Département de la Gironde, rapport d’activité 2024' },
    ],
  },
  {
    slug: 'departement-nord',
    name: 'Département du Nord',
    territory: { kind: 'departement', code: '59' },
    joinedYear: 2002,
    status: 'active',
    website: 'https://lenord.fr',
    updatedAt: '2024-12-16',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Le Nord compte environ 108 700 emplois dans l’économie sociale et solidaire, soit 11,2 % de l’emploi salarié du département. L’action sociale et l’insertion y tiennent une place centrale.</p>' +
          '<p>Le département est aussi marqué par une forte tradition coopérative et mutualiste, héritée de l’histoire industrielle du bassin minier et de l’agglomération lilloise.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Chef de file de l’action sociale et de l’insertion, le Département mobilise l’ESS pour favoriser le retour à l’emploi des allocataires du RSA. Il soutient les structures d’insertion par l’activité économique et encourage leurs coopérations avec les entreprises du territoire.</p>' +
          '<p>Il développe aussi les clauses sociales dans ses marchés de travaux, de voirie et d’entretien des collèges.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Cofinancement de postes en ateliers et chantiers d’insertion ;</li><li>soutien aux épiceries sociales et solidaires ;</li><li>appui aux projets « Territoires zéro chômeur de longue durée » ;</li><li>accompagnement des services d’aide à domicile pour améliorer les conditions de travail de leurs salariés.</li></ul>' +
          '<p>Ces actions s’inscrivent dans le programme départemental d’insertion adopté par l’assemblée départementale.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 108700, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
      { kind: 'ess_employment_share', value: 11.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    ],
  },
  {
    slug: 'departement-ille-et-vilaine',
    name: 'Département d’Ille-et-Vilaine',
    territory: { kind: 'departement', code: '35' },
    joinedYear: 2004,
    status: 'active',
    website: 'https://www.ille-et-vilaine.fr',
    updatedAt: '2026-05-19',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>En Ille-et-Vilaine, l’ESS représente 13,1 % de l’emploi salarié. Coopératives agricoles, banques mutualistes, associations culturelles et médico-sociales composent un paysage particulièrement riche, autour de Rennes comme dans les pays de Vitré, Fougères, Redon ou Saint-Malo.</p>' +
          '<p>Le département a été parmi les premiers à accueillir l’expérimentation « Territoires zéro chômeur de longue durée », à Pipriac et Saint-Ganton.</p>',
      },
      {
        kind: 'budget',
        heading: 'Budget et moyens consacrés à l’ESS',
        html:
          '<p>Le budget primitif 2025 consacre 1,85 M€ au soutien de l’ESS et de l’innovation sociale. Une équipe de 3,5 équivalents temps plein anime cette politique.</p>' +
          '<p>Ces moyens s’ajoutent aux crédits d’insertion, qui financent largement les structures d’insertion par l’activité économique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Le Département fonde son action sur un partenariat étroit avec les pôles ESS de chaque pays et avec les intercommunalités.</p>' +
          '<p>Il cherche à favoriser l’émergence de réponses collectives aux besoins sociaux, notamment en matière de mobilité, de logement et d’alimentation.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Fonds départemental pour l’innovation sociale ;</li><li>soutien aux garages solidaires et aux plateformes de mobilité ;</li><li>achat de denrées locales pour les restaurants des collèges, auprès de producteurs organisés en coopératives ;</li><li>accompagnement des projets d’habitat participatif et coopératif.</li></ul>' +
          '<p>Une journée départementale de l’innovation sociale permet chaque année de présenter les projets soutenus.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 13.1, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
      { kind: 'budget_eur', value: 1850000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 3.5, year: 2025, source: 'Département d’Ille-et-Vilaine' },
    ],
  },
  {
    slug: 'departement-loire-atlantique',
    name: 'Département de Loire-Atlantique',
    territory: { kind: 'departement', code: '44' },
    joinedYear: 2003,
    status: 'active',
    website: 'https://www.loire-atlantique.fr',
    updatedAt: '2026-10-02',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Près de 79 800 personnes travaillent dans l’ESS en Loire-Atlantique, dans environ 5 600 établissements employeurs. L’ESS y représente 13,2 % de l’emploi salarié.</p>' +
          '<p>Le département est marqué par une forte tradition coopérative et associative, visible dans l’agglomération nantaise comme dans le pays de Retz, le vignoble ou la presqu’île guérandaise.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>L’ESS est l’un des axes de la politique de développement territorial du Département, qui privilégie une approche de proximité : il soutient les projets qui créent de l’activité et du lien social dans les communes.</p>' +
          '<p>Il agit aussi en tant qu’acheteur public, dans le cadre d’un schéma de promotion des achats socialement et écologiquement responsables (SPASER).</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à l’émergence de projets collectifs dans les territoires ruraux ;</li><li>aide à l’investissement des tiers-lieux et des commerces associatifs ;</li><li>appui aux coopératives d’activité et d’emploi ;</li><li>budget participatif départemental, ouvert aux projets associatifs et citoyens.</li></ul>' +
          '<p>Les projets sont suivis par les délégations territoriales du Département, au plus près des communes.</p>',
      },
      {
        kind: 'other',
        heading: 'Gouvernance et partenariats',
        html:
          '<p>La politique de l’ESS est élaborée avec un comité de partenaires réunissant la CRESS, les réseaux d’accompagnement, les intercommunalités et les financeurs solidaires.</p>' +
          '<p>Ce comité se réunit deux fois par an pour suivre les actions engagées et proposer de nouvelles pistes de travail.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 5600, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'ess_jobs', value: 79800, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'ess_employment_share', value: 13.2, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    ],
  },
  {
    slug: 'departement-seine-saint-denis',
    name: 'Département de la Seine-Saint-Denis',
    territory: { kind: 'departement', code: '93' },
    joinedYear: 2008,
    status: 'active',
    website: 'https://seinesaintdenis.fr',
    updatedAt: '2025-03-11',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 6,1 % de l’emploi salarié en Seine-Saint-Denis, une part inférieure à la moyenne nationale mais en progression rapide. Le département compte de nombreuses associations de quartier, des structures d’insertion et des coopératives récentes.</p>' +
          '<p>Les friches industrielles et les grands chantiers d’aménagement offrent un terrain favorable aux projets d’économie circulaire et de réemploi des matériaux.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le Département a inscrit 1,4 M€ au budget primitif 2024 en faveur de l’ESS, auxquels s’ajoutent les crédits consacrés à l’insertion des allocataires du RSA.</p>' +
          '<p>Cinq agents travaillent à la mise en œuvre de cette politique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La stratégie départementale fait de l’ESS un levier de développement économique et d’accès à l’emploi pour les habitants.</p>' +
          '<p>Elle met l’accent sur l’entrepreneuriat des femmes et des jeunes, sur la commande publique et sur la transition écologique.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets annuel « ESS et territoires » ;</li><li>clauses d’insertion dans les marchés de construction et de rénovation des collèges ;</li><li>soutien aux structures de réemploi des matériaux du bâtiment ;</li><li>accompagnement de coopératives de restauration collective.</li></ul>' +
          '<p>Les lauréats de l’appel à projets bénéficient, en plus de la subvention, d’un accompagnement par les réseaux de l’ESS du département.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 6.1, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
      { kind: 'budget_eur', value: 1400000, year: 2024, source: 'Budget primitif 2024' },
      { kind: 'staff_fte', value: 5, year: 2024, source: 'Département de la Seine-Saint-Denis' },
    ],
  },
  {
    slug: 'departement-gers',
    name: 'Département du Gers',
    territory: { kind: 'departement', code: '32' },
    joinedYear: 2012,
    status: 'active',
    website: 'https://www.gers.fr',
    updatedAt: '2022-02-14',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Dans ce département rural, l’ESS représente 14,1 % de l’emploi salarié. Les coopératives agricoles, céréalières et viticoles, et les associations d’aide à domicile en sont les principaux employeurs.</p>' +
          '<p>Le Gers compte aussi de nombreuses initiatives citoyennes : cafés associatifs, épiceries coopératives et festivals portés par des bénévoles.</p>',
      },
      {
        kind: 'actions',
        heading: 'Quelques réalisations',
        html:
          '<ul><li>Soutien aux associations d’aide à domicile dans le cadre du schéma départemental de l’autonomie ;</li><li>aide à la création de commerces associatifs dans les petites communes ;</li><li>achat de produits locaux et biologiques pour la restauration des collèges.</li></ul>' +
          '<p>Le Département participe chaque année au mois de l’ESS organisé avec la CRESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 14.1, year: 2019, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    ],
  },
  {
    slug: 'departement-meurthe-et-moselle',
    name: 'Département de Meurthe-et-Moselle',
    territory: { kind: 'departement', code: '54' },
    joinedYear: 2009,
    status: 'active',
    website: 'https://meurthe-et-moselle.fr',
    updatedAt: '2025-07-01',
    sections: [
      {
        kind: 'programme',
        html:
          '<p>Le Département a fait de l’ESS un axe de son projet départemental. Il y voit une manière de répondre aux besoins des habitants dans ses domaines de compétence : insertion, autonomie, enfance, routes et collèges.</p>' +
          '<p>Il y consacre 950 000 € au budget primitif 2025 et anime un réseau de partenaires dans chacun de ses territoires d’action sociale, avec deux agents dédiés.</p>',
      },
      {
        kind: 'panorama',
        html:
          '<p>L’ESS est bien implantée en Meurthe-et-Moselle, en particulier autour de Nancy et dans le bassin de Longwy. Les associations médico-sociales, les mutuelles et les structures d’insertion en sont les piliers.</p>' +
          '<p>Le sud rural du département voit se multiplier les projets collectifs autour de l’alimentation et de l’énergie.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux chantiers d’insertion chargés de l’entretien des espaces naturels sensibles ;</li><li>appui aux projets de circuits courts et de monnaie locale ;</li><li>budget participatif citoyen, dont une partie des lauréats sont des associations de l’ESS.</li></ul>' +
          '<p>Les projets sont suivis par les services territoriaux du Département, en lien avec les intercommunalités.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 950000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 2, year: 2025, source: 'Département de Meurthe-et-Moselle' },
    ],
  },
  {
    slug: 'departement-puy-de-dome',
    name: 'Département du Puy-de-Dôme',
    territory: { kind: 'departement', code: '63' },
    joinedYear: 2007,
    status: 'former',
    website: 'https://www.puy-de-dome.fr',
    updatedAt: '2015-09-30',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS est un acteur important de l’économie du Puy-de-Dôme, avec une présence marquée dans l’agglomération clermontoise et dans les zones de montagne, où elle assure une part des services à la population.</p>' +
          '<p>Associations d’aide à domicile, coopératives agricoles et mutuelles y sont les principaux employeurs.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Le Département soutient l’ESS au titre de ses politiques de solidarité et de développement local. En 2014, 420 000 € ont été mobilisés pour l’accompagnement des projets, le soutien aux têtes de réseau et l’organisation du mois de l’ESS.</p>' +
          '<p>Un bilan de cette politique est prévu à l’issue du mandat.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 420000, year: 2014, source: 'Compte administratif 2014' },
    ],
  },
  {
    slug: 'departement-aude',
    name: 'Département de l’Aude',
    territory: { kind: 'departement', code: '11' },
    joinedYear: 2014,
    status: 'active',
    website: 'https://www.aude.fr',
    updatedAt: '2025-01-14',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Dans l’Aude, l’ESS représente 13,8 % de l’emploi salarié. Les caves coopératives, nombreuses dans le vignoble, et les associations du secteur social sont les principaux employeurs.</p>' +
          '<p>Le département connaît un fort dynamisme des initiatives citoyennes, en particulier dans la haute vallée de l’Aude.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le Département a consacré 380 000 € au soutien direct des structures de l’ESS en 2023, hors crédits d’insertion.</p>' +
          '<p>Ces aides sont attribuées après avis d’un comité associant la CRESS et les réseaux locaux.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Aide aux caves coopératives engagées dans la transition agroécologique ;</li><li>soutien aux épiceries solidaires et aux jardins d’insertion ;</li><li>accompagnement des tiers-lieux ruraux.</li></ul>' +
          '<p>Le Département participe également chaque année au mois de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 380000, year: 2023, source: 'Compte administratif 2023' },
      { kind: 'ess_employment_share', value: 13.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    ],
  },
  {
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
  },
  {
    slug: 'departement-guadeloupe',
    name: 'Département de la Guadeloupe',
    territory: { kind: 'departement', code: '971' },
    joinedYear: 2019,
    status: 'active',
    website: null,
    updatedAt: '2025-05-21',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>En Guadeloupe, l’ESS représente 12,4 % de l’emploi salarié. Elle repose sur un tissu associatif très dense, sur des coopératives agricoles et de pêche et sur des structures d’insertion qui jouent un rôle essentiel face au chômage.</p>' +
          '<p>Les îles du sud de l’archipel comptent de nombreuses initiatives liées au tourisme solidaire et à l’artisanat.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Le Département inscrit son action en faveur de l’ESS dans ses compétences d’insertion et de solidarité. Il soutient les structures qui accompagnent les allocataires du RSA vers l’emploi, ainsi que les associations qui interviennent auprès des personnes âgées.</p>' +
          '<p>Il encourage en outre les initiatives de l’économie circulaire, en particulier pour le réemploi et la réduction des déchets.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux ateliers et chantiers d’insertion ;</li><li>appui aux coopératives de pêcheurs et d’agriculteurs ;</li><li>accompagnement de projets de ressourceries en Basse-Terre et en Grande-Terre.</li></ul>' +
          '<p>Ces actions sont menées en lien avec la Région Guadeloupe et les intercommunalités de l’archipel.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 12.4, year: 2020, source: 'Observatoire de l’ESS – CRESS Guadeloupe' },
    ],
  },
  {
    slug: 'departement-drome',
    name: 'Département de la Drôme',
    territory: { kind: 'departement', code: '26' },
    joinedYear: 2010,
    status: 'active',
    website: 'https://www.ladrome.fr',
    updatedAt: '2026-08-27',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>La Drôme compte environ 1 900 établissements employeurs de l’ESS, qui représentent 13,6 % de l’emploi salarié. Elle est réputée pour ses initiatives dans l’agriculture biologique, l’habitat participatif et les énergies renouvelables citoyennes.</p>' +
          '<p>La vallée de la Drôme et le Diois sont souvent cités parmi les territoires pionniers de la transition écologique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Le Département soutient l’ESS à travers ses politiques d’insertion, d’agriculture et d’aménagement.</p>' +
          '<p>Il privilégie les projets qui associent les habitants et contribuent à la transition écologique du territoire.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Approvisionnement des collèges en produits locaux par l’intermédiaire d’une plateforme de producteurs ;</li><li>soutien aux sociétés citoyennes de production d’énergie solaire ;</li><li>aide aux projets d’habitat participatif et intergénérationnel.</li></ul>' +
          '<p>Le Département relaie par ailleurs les initiatives du territoire pendant le mois de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 1900, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'ess_employment_share', value: 13.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    ],
  },
];
