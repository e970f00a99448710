/** Demo members: the intercommunalités (see ../demo.members.ts). */
import type { DemoMember } from '../demo.types.ts';

export const demoIntercommunalites: DemoMember[] = [
  {
    slug: 'grand-poitiers',
    name: 'Grand Poitiers',
    territory: { kind: 'epci', code: '200069854' },
    joinedYear: 2007,
    status: 'active',
    website: 'https://www.grandpoitiers.fr',
    updatedAt: '2019-01-16',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>À Grand Poitiers, l’économie sociale et solidaire compte parmi les moteurs de l’attractivité et du développement économique. Elle rassemble <strong>plus d’un millier d’établissements employeurs</strong> et 11 % de l’emploi local, selon l’édition 2018 du panorama publié par la CRESS Nouvelle-Aquitaine. Ses métiers sont solidement ancrés dans le territoire et font souvent une large place à l’innovation.</p>' +
          '<p>Cette économie s’est construite autour de la solidarité, du lien social et de la lutte contre les exclusions. Elle s’appuie sur une vie associative ancienne et foisonnante (clubs sportifs, associations culturelles, maisons de quartier), sur des épiceries sociales et solidaires implantées en centre-ville et sur seize structures d’insertion par l’activité économique.</p>' +
          '<p>Depuis la loi du 31 juillet 2014 relative à l’ESS, les initiatives se sont multipliées :</p>' +
          '<ul><li>une vingtaine de tiers-lieux, dont Cobalt, adossé à des partenariats avec la recherche et la filière numérique ;</li><li>des commerces et activités solidaires installés en cœur de ville ;</li><li>l’expérimentation d’une monnaie locale, le Pois Réel, et la préfiguration d’un supermarché coopératif, le Baudet ;</li><li>le passage de plusieurs structures au statut coopératif, comme la librairie La Belle Aventure, devenue SCIC, ou Indigo Formation, devenue SCOP.</li></ul>',
      },
      {
        kind: 'budget',
        html:
          '<p>En 2016, la collectivité a versé <strong>35,2 M€</strong> de subventions aux associations, soit 5 % de son budget général. S’y ajoutent 3,5 M€ d’achats de prestations auprès de structures de l’ESS.</p>' +
          '<p>Ces montants, tirés du compte administratif 2016, couvrent l’ensemble des domaines d’intervention de la collectivité.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Grand Poitiers a engagé en septembre 2018 l’actualisation de son diagnostic de l’ESS. Ce travail poursuit trois objectifs : promouvoir l’ESS, valoriser les initiatives et mieux coordonner les actions menées en sa faveur. Le mois de l’ESS, en novembre, en sera l’un des temps forts.</p>' +
          '<p>Les coopérations qui se nouent sur le territoire autour de l’innovation sociale et organisationnelle dessinent une nouvelle manière d’entreprendre. La collectivité entend les encourager, rapprocher les acteurs les uns des autres et mieux faire reconnaître le poids économique de l’ESS.</p>',
      },
      {
        kind: 'actions',
        html:
          '<p>En 2016, la collectivité a soutenu financièrement <strong>400 associations</strong> du territoire, dont 180 employeuses. Parmi ses autres actions :</p>' +
          '<ul><li>depuis 2012, un soutien aux salons et conférences de la CRESS, dont l’université d’été « Campus Coopératives », qui a tenu sa septième édition en juillet 2018 ;</li><li>un appui au Comité des alternatives poitevines emploi et entraide (CAPEE), qui coordonne et accompagne les structures d’insertion et les épiceries sociales et solidaires, par exemple pour l’agrandissement du restaurant Les Quatr’Épices, financé par des fonds hybrides ;</li><li>la promotion des coopératives d’activité et d’emploi, à la Maison de l’ESS comme à la Filature de Ligugé, site industriel protégé au titre des monuments historiques où sont installées Les Usines Nouvelles, lieu au rayonnement national ;</li><li>l’accompagnement de la SCIC B323, issue du master ESS de l’Université de Poitiers, jusqu’au Forum mondial de l’économie sociale de Bilbao, en octobre 2018.</li></ul>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 35200000, year: 2016, source: 'Grand Poitiers, compte administratif 2016' },
      { kind: 'ess_establishments', value: 1000, year: 2018, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine (édition 2018)' },
      { kind: 'ess_employment_share', value: 11, year: 2018, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine (édition 2018)' },
    ],
  },
  {
    slug: 'communaute-urbaine-de-dunkerque',
    name: 'Communauté urbaine de Dunkerque',
    territory: { kind: 'epci', code: '245900428' },
    joinedYear: 2005,
    status: 'active',
    website: 'https://www.communaute-urbaine-dunkerque.fr',
    updatedAt: '2025-02-24',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 9,8 % de l’emploi salarié sur le territoire de la Communauté urbaine. Le poids de l’industrie explique une part plus faible qu’ailleurs, mais associations, structures d’insertion et mutuelles y jouent un rôle essentiel.</p>' +
          '<p>Le littoral accueille aussi de nombreux projets autour du réemploi, du vélo et de l’alimentation.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Communauté urbaine soutient l’ESS comme levier de la transition écologique et sociale du territoire. Elle y a consacré 1,1 M€ en 2024.</p>' +
          '<p>Ses priorités sont l’insertion professionnelle, l’économie circulaire et l’accès de tous aux services essentiels, dans le prolongement de la gratuité des bus instaurée en 2018.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux recycleries et aux ateliers de réparation de vélos ;</li><li>clauses d’insertion dans les marchés de travaux de la Communauté urbaine ;</li><li>accompagnement de projets d’épiceries solidaires et de jardins partagés.</li></ul>' +
          '<p>Ces actions associent étroitement les communes membres et les acteurs associatifs.</p>',
      },
      {
        kind: 'other',
        heading: 'Gouvernance et partenariats',
        html:
          '<p>Un conseil local de l’ESS, réunissant élus, acteurs et partenaires financiers, se réunit deux fois par an pour suivre la mise en œuvre des actions.</p>' +
          '<p>Il associe également les communes membres qui le souhaitent.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 9.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
      { kind: 'budget_eur', value: 1100000, year: 2024, source: 'Compte administratif 2024' },
    ],
  },
  {
    slug: 'lorient-agglomeration',
    name: 'Lorient Agglomération',
    territory: { kind: 'epci', code: '200042174' },
    joinedYear: 2009,
    status: 'active',
    website: 'https://www.lorient-agglo.bzh',
    updatedAt: '2026-01-13',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS occupe une place importante dans l’économie du pays de Lorient, où elle représente près d’un emploi sur sept.</p>' +
          '<p>Coopératives maritimes, associations d’action sociale et structures culturelles en sont les piliers.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Lorient Agglomération consacre 640 000 € à l’ESS dans son budget primitif 2025.</p>' +
          '<p>Deux agents animent cette politique, en lien avec le pôle ESS du pays de Lorient.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à l’incubateur de projets porté par le pôle ESS ;</li><li>aide aux structures de réemploi et aux ressourceries ;</li><li>accompagnement de coopératives de pêche et de transformation des produits de la mer.</li></ul>' +
          '<p>Un forum de l’ESS est organisé chaque année pendant le mois de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 640000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 2, year: 2025, source: 'Lorient Agglomération' },
    ],
  },
  {
    slug: 'grand-angouleme',
    name: 'Grand Angoulême',
    territory: { kind: 'epci', code: '200071827' },
    joinedYear: 2017,
    status: 'active',
    website: 'https://www.grandangouleme.fr',
    updatedAt: '2025-10-21',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente 12,7 % de l’emploi salarié sur le territoire de l’agglomération. Aux côtés des associations d’action sociale, on y trouve des structures culturelles liées à la bande dessinée et à l’image, ainsi que de nombreuses initiatives d’économie circulaire.</p>' +
          '<p>Les communes rurales de l’agglomération accueillent plusieurs commerces associatifs.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>L’agglomération a intégré l’ESS à sa stratégie de développement économique.</p>' +
          '<p>Elle soutient l’émergence de projets, facilite l’accès des structures aux marchés publics et accompagne la création de tiers-lieux.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un tiers-lieu consacré au réemploi et à la réparation ;</li><li>accompagnement des associations culturelles employeuses ;</li><li>clauses sociales dans les marchés de collecte des déchets.</li></ul>' +
          '<p>Ces actions sont conduites en lien avec la CRESS Nouvelle-Aquitaine.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 12.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    ],
  },
  {
    slug: 'communaute-pays-basque',
    name: 'Communauté d’agglomération du Pays Basque',
    territory: { kind: 'epci', code: '200067106' },
    joinedYear: 2017,
    status: 'active',
    website: 'https://www.communaute-paysbasque.fr',
    updatedAt: '2026-05-05',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS représente environ 17 000 emplois en Pays Basque. Coopératives agricoles, associations, mutuelles et entreprises coopératives y sont fortement ancrées, dans la continuité d’une culture de la coopération partagée de part et d’autre de la frontière.</p>' +
          '<p>Le territoire est aussi connu pour sa monnaie locale, l’Eusko, l’une des plus utilisées en Europe.</p>',
      },
      {
        kind: 'budget',
        heading: 'Budget et moyens consacrés à l’ESS',
        html:
          '<p>Le budget primitif 2025 consacre 1,3 M€ à l’ESS.</p>' +
          '<p>Trois agents sont dédiés à cette politique au sein de la direction du développement économique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Créée en 2017, la Communauté d’agglomération a adopté un plan d’action pour l’ESS qui couvre ses 158 communes.</p>' +
          '<p>Il vise à soutenir l’entrepreneuriat collectif, à développer les circuits courts et à accompagner la transition écologique, du littoral à la montagne.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Acceptation de l’Eusko pour le paiement de certains services publics ;</li><li>soutien aux coopératives agricoles et aux magasins de producteurs ;</li><li>accompagnement de reprises d’entreprises par leurs salariés ;</li><li>appui à des tiers-lieux en zone de montagne.</li></ul>' +
          '<p>Ces actions sont menées avec les réseaux coopératifs et les financeurs solidaires du territoire.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 17000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'budget_eur', value: 1300000, year: 2025, source: 'Budget primitif 2025' },
      { kind: 'staff_fte', value: 3, year: 2025, source: 'Communauté d’agglomération du Pays Basque' },
    ],
  },
  {
    slug: 'valence-romans-agglo',
    name: 'Valence Romans Agglo',
    territory: { kind: 'epci', code: '200068781' },
    joinedYear: 2014,
    status: 'active',
    website: 'https://www.valenceromansagglo.fr',
    updatedAt: '2025-02-17',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Le territoire de Valence Romans Agglo est riche en initiatives de l’ESS, notamment dans l’insertion, l’alimentation et la culture.</p>' +
          '<p>À Romans-sur-Isère, plusieurs projets coopératifs se sont développés autour des savoir-faire locaux du cuir et du textile.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un pôle territorial de coopération économique ;</li><li>aide aux structures d’insertion engagées dans le maraîchage biologique ;</li><li>accompagnement de projets de tiers-lieux dans les communes rurales.</li></ul>' +
          '<p>En 2023, l’agglomération a consacré 450 000 € à ces actions.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 450000, year: 2023, source: 'Compte administratif 2023' },
    ],
  },
  {
    slug: 'mulhouse-alsace-agglomeration',
    name: 'Mulhouse Alsace Agglomération',
    territory: { kind: 'epci', code: '200066009' },
    joinedYear: 2013,
    status: 'active',
    website: 'https://www.mulhouse-alsace.fr',
    updatedAt: '2025-09-08',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Près de 820 établissements employeurs de l’ESS sont implantés sur le territoire de m2A, où l’ESS représente 11,4 % de l’emploi salarié.</p>' +
          '<p>L’insertion par l’activité économique y est particulièrement développée.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>L’agglomération soutient l’ESS dans le cadre de sa politique de l’emploi et de la politique de la ville.</p>' +
          '<p>Elle encourage l’accès à l’emploi des habitants des quartiers prioritaires et le développement de l’économie circulaire.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Clauses sociales dans les marchés de transport et de travaux ;</li><li>soutien à un incubateur d’entreprises sociales ;</li><li>aide aux projets de réemploi et de réparation.</li></ul>' +
          '<p>Chaque année, une nouvelle promotion de porteurs de projets rejoint l’incubateur.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 820, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
      { kind: 'ess_employment_share', value: 11.4, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
    ],
  },
  {
    slug: 'cinor',
    name: 'Communauté intercommunale du Nord de La Réunion (CINOR)',
    territory: { kind: 'epci', code: '249740119' },
    joinedYear: 2012,
    status: 'active',
    website: null,
    updatedAt: '2026-03-24',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Sur le territoire de la CINOR, qui regroupe Saint-Denis, Sainte-Marie et Sainte-Suzanne, l’ESS représente 15,2 % de l’emploi salarié.</p>' +
          '<p>Les associations d’aide à la personne, de sport et de culture en sont les principaux employeurs.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La CINOR soutient l’ESS au titre de sa compétence de développement économique.</p>' +
          '<p>Elle privilégie les projets d’insertion des jeunes, d’économie circulaire et d’agriculture de proximité.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à une ressourcerie intercommunale ;</li><li>aide à la création de jardins partagés et de jardins d’insertion ;</li><li>accompagnement d’une coopérative d’activité et d’emploi.</li></ul>' +
          '<p>La CINOR met en œuvre ces projets en lien avec la Ville de Saint-Denis et la Région Réunion.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 15.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' },
    ],
  },
  {
    slug: 'cc-du-clunisois',
    name: 'Communauté de communes du Clunisois',
    territory: { kind: 'epci', code: '200040293' },
    joinedYear: 2018,
    status: 'active',
    website: null,
    updatedAt: '2025-12-15',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Territoire rural de 41 communes, le Clunisois compte de nombreuses initiatives de l’ESS : associations culturelles, épiceries coopératives, ateliers partagés et projets agricoles collectifs.</p>' +
          '<p>Beaucoup de ces projets sont portés par de nouveaux habitants, en lien avec les acteurs installés de longue date.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un tiers-lieu rural réunissant espace de travail partagé et atelier de fabrication ;</li><li>accompagnement des porteurs de projets par un agent dédié à mi-temps ;</li><li>participation au mois de l’ESS.</li></ul>',
      },
    ],
    figures: [
      { kind: 'staff_fte', value: 0.5, year: 2025, source: 'Communauté de communes du Clunisois' },
    ],
  },
  {
    slug: 'cc-du-thouarsais',
    name: 'Communauté de communes du Thouarsais',
    territory: { kind: 'epci', code: '247900798' },
    joinedYear: 2015,
    status: 'former',
    website: null,
    updatedAt: '2016-11-21',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Dans le Thouarsais, l’ESS est présente dans l’aide à domicile, l’insertion et l’agriculture.</p>' +
          '<p>Plusieurs associations comptent parmi les principaux employeurs de ce territoire rural.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un chantier d’insertion chargé de l’entretien des espaces naturels ;</li><li>organisation d’une première rencontre des acteurs de l’ESS du territoire, en novembre 2016.</li></ul>',
      },
    ],
    figures: [],
  },
  {
    slug: 'val-d-ille-aubigne',
    name: 'Communauté de communes Val d’Ille-Aubigné',
    territory: { kind: 'epci', code: '243500667' },
    joinedYear: 2019,
    status: 'active',
    website: null,
    updatedAt: '2026-06-16',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Aux portes de Rennes, la Communauté de communes Val d’Ille-Aubigné réunit 19 communes.</p>' +
          '<p>L’ESS y est présente à travers des associations, des coopératives agricoles et des projets citoyens d’énergie renouvelable.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Communauté de communes a adopté en 2024 une feuille de route pour l’ESS, dotée de 120 000 € au budget 2026 et suivie par un agent à temps plein.</p>' +
          '<p>Elle vise à soutenir les initiatives locales et à renforcer les liens avec le pôle ESS du pays de Rennes.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à un tiers-lieu intercommunal ;</li><li>aide à un projet d’épicerie associative ;</li><li>accompagnement d’un collectif d’habitants engagé dans un parc solaire citoyen.</li></ul>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 120000, year: 2026, source: 'Budget primitif 2026' },
      { kind: 'staff_fte', value: 1, year: 2026, source: 'Communauté de communes Val d’Ille-Aubigné' },
    ],
  },
  {
    slug: 'grand-figeac',
    name: 'Communauté de communes du Grand-Figeac',
    territory: { kind: 'epci', code: '200067361' },
    joinedYear: 2021,
    status: 'active',
    website: null,
    updatedAt: '2025-04-28',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Territoire rural à cheval sur le Lot et l’Aveyron, le Grand-Figeac compte 92 communes.</p>' +
          '<p>L’ESS y est présente dans l’aide à domicile, l’agriculture, la culture et le tourisme social.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>En 2024, la Communauté de communes a consacré 85 000 € à l’ESS, pour l’animation du réseau des acteurs et le soutien aux projets.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien à des commerces associatifs dans les bourgs ;</li><li>accompagnement d’un projet de cuisine centrale coopérative ;</li><li>animation d’un réseau des acteurs de l’ESS par un agent à temps partiel.</li></ul>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 85000, year: 2024, source: 'Compte administratif 2024' },
      { kind: 'staff_fte', value: 0.8, year: 2024, source: 'Communauté de communes du Grand-Figeac' },
    ],
  },
];
