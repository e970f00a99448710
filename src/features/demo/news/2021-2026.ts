/** Demo news from 2021 to November 2026 (see ../demo.news.ts). */
import type { DemoNews } from '../demo.types.ts';

export const demoNews2021to2026: DemoNews[] = [
  {
    slug: 'montpellier-mediterranee-metropole-adhere',
    title: 'Montpellier Méditerranée Métropole rejoint le réseau',
    summary: 'La Métropole fait de l’ESS une priorité de sa politique économique et agroécologique.',
    bodyHtml:
      '<p>Montpellier Méditerranée Métropole a adhéré au réseau. Elle prévoit de renforcer son soutien à l’ESS, en lien avec sa politique agroécologique et alimentaire.</p>' +
      '<p>Un premier appel à projets consacré à l’ESS et à la transition écologique sera lancé dans l’année.</p>',
    publishedAt: '2021-01-26',
    members: ['montpellier-mediterranee-metropole'],
  },
  {
    slug: 'cinor-ressourcerie-intercommunale',
    title: 'Une ressourcerie intercommunale dans le nord de La Réunion',
    summary: 'La CINOR, la Ville de Saint-Denis et la Région Réunion soutiennent un projet de réemploi créateur d’emplois d’insertion.',
    bodyHtml:
      '<p>Une nouvelle ressourcerie ouvre dans le nord de l’île. Elle collecte meubles, vêtements et équipements pour leur donner une seconde vie, et emploie des salariés en parcours d’insertion.</p>' +
      '<p>Le projet a bénéficié du soutien de la CINOR, de la Ville de Saint-Denis et de la Région Réunion, qui y voient une réponse à la fois sociale et environnementale.</p>',
    publishedAt: '2021-04-13',
    members: ['cinor', 'ville-de-saint-denis-la-reunion', 'region-reunion'],
  },
  {
    slug: 'grand-figeac-commerces-associatifs',
    title: 'Grand-Figeac : les commerces associatifs font revivre les bourgs',
    summary: 'La Communauté de communes, nouvelle adhérente, accompagne la reprise de commerces par des associations d’habitants.',
    bodyHtml:
      '<p>Épicerie, café, point de dépôt de produits locaux : dans plusieurs bourgs du Grand-Figeac, des associations d’habitants ont repris des commerces fermés.</p>' +
      '<p>La Communauté de communes, qui vient de rejoindre le réseau, soutient ces projets par une aide à l’investissement et un accompagnement dans la durée.</p>',
    publishedAt: '2021-09-28',
    members: ['grand-figeac'],
  },
  {
    slug: 'mois-de-l-ess-2021-rennes',
    title: 'Mois de l’ESS 2021 : le retour des rencontres en présentiel',
    summary: 'Après une édition en ligne, Rennes Métropole et la Région Bretagne retrouvent le public.',
    bodyHtml:
      '<p>Le mois de l’ESS 2021 marque le retour des rencontres en présentiel. À Rennes, un village de l’ESS s’installe pendant un week-end au cœur de la ville.</p>' +
      '<p>Rennes Métropole et la Région Bretagne soutiennent la programmation, qui met en avant le réemploi et les métiers du soin.</p>',
    publishedAt: '2021-11-16',
    members: ['rennes-metropole', 'region-bretagne'],
  },
  {
    slug: 'besancon-cooperatives-d-habitants',
    title: 'Besançon accompagne les coopératives d’habitants',
    summary: 'La Ville met à disposition des terrains pour des projets d’habitat participatif et coopératif.',
    bodyHtml:
      '<p>La Ville de Besançon a retenu deux projets de coopératives d’habitants, qui pourront s’installer sur des terrains municipaux.</p>' +
      '<p>Dans ces immeubles, les habitants sont collectivement propriétaires et partagent des espaces communs : buanderie, salle polyvalente, chambres d’amis.</p>' +
      '<p>La Ville accompagne les groupes dans le montage juridique et financier de leur projet.</p>',
    publishedAt: '2022-02-08',
    members: ['ville-de-besancon'],
  },
  {
    slug: 'bordeaux-metropole-spaser',
    title: 'Bordeaux Métropole adopte son schéma d’achats responsables',
    summary: 'Le SPASER fixe des objectifs chiffrés de clauses sociales et de marchés réservés.',
    bodyHtml:
      '<p>Le conseil de Bordeaux Métropole a adopté son schéma de promotion des achats socialement et écologiquement responsables (SPASER).</p>' +
      '<p>Il prévoit notamment d’augmenter la part des marchés comportant une clause sociale et de réserver certains lots aux structures d’insertion et aux entreprises adaptées.</p>',
    publishedAt: '2022-05-24',
    updatedAt: '2022-06-02',
    members: ['bordeaux-metropole'],
  },
  {
    slug: 'centre-val-de-loire-feuille-de-route-ess',
    title: 'Centre-Val de Loire : une feuille de route pour l’ESS',
    summary: 'Élaborée avec la CRESS et les réseaux, la feuille de route régionale fixe les priorités pour les années à venir.',
    bodyHtml:
      '<p>La Région Centre-Val de Loire a adopté sa feuille de route pour l’ESS. Elle fait suite à une large concertation avec les acteurs et les collectivités.</p>' +
      '<p>Trois priorités sont retenues : l’emploi, la sensibilisation des jeunes et les coopérations territoriales, notamment à travers les pôles territoriaux de coopération économique.</p>',
    publishedAt: '2022-09-13',
    members: ['region-centre-val-de-loire'],
  },
  {
    slug: 'grand-poitiers-mois-de-l-ess-2022',
    title: 'Mois de l’ESS : Grand Poitiers et la Ville de Poitiers à l’unisson',
    summary: 'Visites, débats et marché solidaire rythment le mois de novembre dans l’agglomération.',
    bodyHtml:
      '<p>Grand Poitiers et la Ville de Poitiers proposent une programmation commune pour le mois de l’ESS : visites de tiers-lieux, débat sur la commande publique responsable, marché de producteurs et d’artisans solidaires.</p>' +
      '<p>Les structures d’insertion du territoire présenteront leurs métiers lors d’une journée portes ouvertes.</p>',
    publishedAt: '2022-11-22',
    members: ['grand-poitiers', 'ville-de-poitiers'],
  },
  {
    slug: 'seine-saint-denis-appel-a-projets-ess-et-territoires',
    title: 'Seine-Saint-Denis : appel à projets « ESS et territoires »',
    summary: 'Le Département soutient les projets qui créent de l’emploi pour les habitants.',
    bodyHtml:
      '<p>Le Département de la Seine-Saint-Denis ouvre son appel à projets annuel « ESS et territoires ». Il s’adresse aux associations, coopératives et entreprises solidaires implantées dans le département.</p>' +
      '<p>Seront privilégiés les projets portés par des femmes ou des jeunes, et ceux qui contribuent à l’économie circulaire.</p>',
    publishedAt: '2023-03-14',
    members: ['departement-seine-saint-denis'],
  },
  {
    slug: 'loos-en-gohelle-energie-citoyenne',
    title: 'Énergie citoyenne : Loos-en-Gohelle inaugure une nouvelle centrale solaire',
    summary: 'Financée en partie par les habitants, la centrale équipe les toits de bâtiments municipaux.',
    bodyHtml:
      '<p>La Ville de Loos-en-Gohelle a inauguré une nouvelle centrale solaire installée sur des bâtiments publics. Une partie de l’investissement a été apportée par les habitants, réunis dans une société citoyenne.</p>' +
      '<p>Le projet a bénéficié du soutien de la Région Hauts-de-France au titre de la transition énergétique.</p>',
    publishedAt: '2023-06-06',
    members: ['ville-de-loos-en-gohelle', 'region-hauts-de-france'],
  },
  {
    slug: 'gironde-tiers-lieux-ruraux',
    title: 'Gironde : les tiers-lieux ruraux en réseau',
    summary: 'Le Département et la Région accompagnent la structuration d’un réseau de tiers-lieux en milieu rural.',
    bodyHtml:
      '<p>Une rencontre départementale a réuni les tiers-lieux ruraux de Gironde. Espaces de travail partagé, ateliers de fabrication, cafés associatifs : ces lieux offrent des services de proximité et accueillent de nombreux projets de l’ESS.</p>' +
      '<p>Le Département de la Gironde et la Région Nouvelle-Aquitaine soutiennent leur mise en réseau, afin de mutualiser compétences et outils.</p>',
    publishedAt: '2023-10-10',
    members: ['departement-gironde', 'region-nouvelle-aquitaine'],
  },
  {
    slug: 'clunisois-tiers-lieu-rural',
    title: 'Le Clunisois inaugure son tiers-lieu',
    summary: 'Espace de travail partagé et atelier de fabrication s’installent dans une ancienne grange rénovée.',
    bodyHtml:
      '<p>La Communauté de communes du Clunisois a inauguré un tiers-lieu rural, aménagé dans une grange réhabilitée.</p>' +
      '<p>Il accueille des travailleurs indépendants, un atelier partagé et des permanences d’accompagnement pour les porteurs de projets de l’ESS.</p>',
    publishedAt: '2024-01-30',
    members: ['cc-du-clunisois'],
  },
  {
    slug: 'dunkerque-recyclerie-insertion',
    title: 'Insertion : une nouvelle recyclerie sur le littoral dunkerquois',
    summary: 'Soutenue par la Communauté urbaine, la recyclerie emploie une vingtaine de salariés en insertion.',
    bodyHtml:
      '<p>Une recyclerie vient d’ouvrir sur le territoire de la Communauté urbaine de Dunkerque. Elle collecte, répare et revend meubles, vélos et équipements électroménagers.</p>' +
      '<p>Une vingtaine de salariés en parcours d’insertion y travaillent, accompagnés par une équipe d’encadrants techniques.</p>',
    publishedAt: '2024-04-16',
    members: ['communaute-urbaine-de-dunkerque'],
  },
  {
    slug: 'grenoble-monnaie-locale-cairn',
    title: 'Le Cairn, monnaie locale grenobloise, passe au numérique',
    summary: 'La Ville de Grenoble et Grenoble-Alpes Métropole accompagnent le lancement du paiement par téléphone.',
    bodyHtml:
      '<p>La monnaie locale du bassin grenoblois propose désormais le paiement par téléphone, en complément des billets.</p>' +
      '<p>La Ville de Grenoble et Grenoble-Alpes Métropole, partenaires de longue date, encouragent ce développement, qui doit faciliter l’usage de la monnaie par les commerces et les associations.</p>',
    publishedAt: '2024-06-25',
    members: ['ville-de-grenoble', 'grenoble-alpes-metropole'],
  },
  {
    slug: 'val-d-ille-aubigne-parc-solaire-citoyen',
    title: 'Un parc solaire citoyen au Val d’Ille-Aubigné',
    summary: 'Des habitants investissent collectivement dans la production d’électricité renouvelable.',
    bodyHtml:
      '<p>Accompagné par la Communauté de communes, un collectif d’habitants a lancé la construction d’un parc solaire citoyen.</p>' +
      '<p>Plus de deux cents habitants ont déjà souscrit au capital de la société de projet. L’électricité produite sera vendue localement.</p>',
    publishedAt: '2024-09-17',
    members: ['val-d-ille-aubigne'],
  },
  {
    slug: 'mois-de-l-ess-2024-bourgogne-auvergne',
    title: 'Mois de l’ESS 2024 : coup de projecteur sur les coopératives',
    summary:
      'Dijon Métropole, Clermont Auvergne Métropole et la Région Bourgogne-Franche-Comté mettent en avant l’entrepreneuriat coopératif.',
    bodyHtml:
      '<p>Pour le mois de l’ESS 2024, plusieurs membres du réseau ont choisi de valoriser l’entrepreneuriat coopératif.</p>' +
      '<ul><li>À Dijon, des visites de SCOP et de SCIC sont proposées au grand public ;</li><li>à Clermont-Ferrand, un forum met en relation porteurs de projets et financeurs solidaires ;</li><li>en Bourgogne-Franche-Comté, la Région organise une journée consacrée à la reprise d’entreprises par les salariés.</li></ul>' +
      '<p>Le programme complet de chaque territoire est disponible auprès des CRESS concernées.</p>',
    publishedAt: '2024-11-19',
    members: ['dijon-metropole', 'clermont-auvergne-metropole', 'region-bourgogne-franche-comte'],
  },
  {
    slug: 'quimper-clauses-sociales-marches',
    title: 'Quimper généralise les clauses sociales dans ses marchés',
    summary: 'La Ville fixe un objectif de clauses d’insertion dans la majorité de ses marchés de travaux.',
    bodyHtml:
      '<p>La Ville de Quimper a adopté une délibération qui généralise les clauses sociales dans ses marchés de travaux et de services.</p>' +
      '<p>Un agent est chargé d’accompagner les entreprises attributaires et de faire le lien avec les structures d’insertion du territoire.</p>',
    publishedAt: '2025-02-04',
    members: ['ville-de-quimper'],
  },
  {
    slug: 'grand-poitiers-nouvelle-feuille-de-route-ess',
    title: 'Grand Poitiers prépare une nouvelle feuille de route pour l’ESS',
    summary: 'Une large concertation est engagée avec les acteurs du territoire et la Ville de Poitiers.',
    bodyHtml:
      '<p>Grand Poitiers engage l’élaboration d’une nouvelle feuille de route pour l’économie sociale et solidaire. Des ateliers sont organisés dans plusieurs communes de l’agglomération.</p>' +
      '<p>Tiers-lieux, alimentation durable, commande publique responsable et insertion seront au cœur des échanges. La Ville de Poitiers est associée à la démarche.</p>' +
      '<p>Le document sera soumis au conseil communautaire à l’automne.</p>',
    publishedAt: '2025-03-25',
    updatedAt: '2025-04-02',
    members: ['grand-poitiers', 'ville-de-poitiers'],
  },
  {
    slug: 'drome-colleges-produits-locaux',
    title: 'Drôme : les collèges s’approvisionnent auprès des producteurs locaux',
    summary: 'Une plateforme de producteurs fournit fruits, légumes et produits laitiers aux restaurants scolaires.',
    bodyHtml:
      '<p>Le Département de la Drôme étend à l’ensemble des collèges publics l’approvisionnement auprès d’une plateforme de producteurs locaux.</p>' +
      '<p>Ce fonctionnement garantit des débouchés réguliers aux agriculteurs et améliore la qualité des repas servis aux élèves.</p>',
    publishedAt: '2025-05-20',
    members: ['departement-drome'],
  },
  {
    slug: 'ile-de-france-appel-a-projets-innovation-sociale-2025',
    title: 'Île-de-France : appel à projets « Innovation sociale » 2025',
    summary: 'La Région soutient les projets d’ESS qui changent d’échelle.',
    bodyHtml:
      '<p>La Région Île-de-France lance son appel à projets « Innovation sociale ». Il vise les structures de l’ESS qui souhaitent développer leurs activités ou essaimer sur de nouveaux territoires.</p>' +
      '<p>Les lauréats bénéficieront d’une subvention et d’un accompagnement par des structures spécialisées. Informations sur <a href="https://www.iledefrance.fr">iledefrance.fr</a>.</p>',
    publishedAt: '2025-07-08',
    members: ['region-ile-de-france'],
  },
  {
    slug: 'guadeloupe-cooperatives-peche-agriculture',
    title: 'Guadeloupe : le Département soutient les coopératives de pêche et d’agriculture',
    summary: 'Un nouveau dispositif aide les coopératives à investir dans leurs équipements.',
    bodyHtml:
      '<p>Le Département de la Guadeloupe met en place une aide à l’investissement destinée aux coopératives de pêcheurs et d’agriculteurs.</p>' +
      '<p>Elle doit permettre de moderniser les équipements de conservation et de transformation, et de mieux valoriser la production locale.</p>',
    publishedAt: '2025-09-30',
    members: ['departement-guadeloupe'],
  },
  {
    slug: 'lorient-forum-de-l-ess',
    title: 'Forum de l’ESS du pays de Lorient',
    summary: 'Lorient Agglomération et le pôle ESS réunissent acteurs, élus et habitants.',
    bodyHtml:
      '<p>Le forum de l’ESS du pays de Lorient s’est tenu pendant le mois de l’ESS. Il a réuni plusieurs centaines de participants autour de tables rondes et d’un salon des initiatives.</p>' +
      '<p>Lorient Agglomération y a présenté les projets soutenus dans l’année, notamment dans les filières maritimes et le réemploi.</p>',
    publishedAt: '2025-11-12',
    members: ['lorient-agglomeration'],
  },
  {
    slug: 'nantes-metropole-bilan-achats-responsables',
    title: 'Commande publique responsable : Nantes Métropole publie son bilan',
    summary: 'Clauses sociales et marchés réservés progressent dans les achats métropolitains.',
    bodyHtml:
      '<p>Nantes Métropole publie le bilan annuel de son schéma des achats responsables. La part des marchés comportant une clause sociale continue de progresser.</p>' +
      '<p>Les marchés réservés aux structures d’insertion et aux entreprises adaptées concernent désormais l’entretien des espaces verts, le nettoyage et certains travaux de second œuvre.</p>',
    publishedAt: '2026-01-20',
    members: ['nantes-metropole'],
  },
  {
    slug: 'mulhouse-incubateur-entreprises-sociales',
    title: 'm2A : un incubateur pour les entreprises sociales',
    summary: 'Mulhouse Alsace Agglomération soutient une nouvelle promotion de porteurs de projets.',
    bodyHtml:
      '<p>Une nouvelle promotion de porteurs de projets rejoint l’incubateur d’entreprises sociales soutenu par Mulhouse Alsace Agglomération.</p>' +
      '<p>Pendant un an, ils bénéficieront d’un accompagnement individuel, de formations collectives et d’un accès à un réseau de partenaires financiers.</p>',
    publishedAt: '2026-03-17',
    members: ['mulhouse-alsace-agglomeration'],
  },
  {
    slug: 'pays-basque-reprise-en-scop',
    title: 'Pays Basque : une entreprise reprise en SCOP par ses salariés',
    summary: 'Accompagnés par la Communauté d’agglomération, les salariés d’une PME industrielle deviennent associés.',
    bodyHtml:
      '<p>Faute de repreneur, les salariés d’une PME industrielle du Pays Basque ont choisi de reprendre leur entreprise sous forme de société coopérative et participative.</p>' +
      '<p>La Communauté d’agglomération du Pays Basque a accompagné le projet, en lien avec les réseaux coopératifs et les financeurs solidaires. Une trentaine d’emplois sont ainsi maintenus.</p>',
    publishedAt: '2026-05-26',
    members: ['communaute-pays-basque'],
  },
  {
    slug: 'rencontres-nationales-du-reseau-poitiers-2026',
    title: 'Les rencontres nationales du réseau se tiendront à Poitiers',
    summary: 'Grand Poitiers, la Ville de Poitiers et la Région Nouvelle-Aquitaine accueillent les collectivités membres en octobre.',
    bodyHtml:
      '<p>Les rencontres nationales du réseau auront lieu à Poitiers les 15 et 16 octobre 2026. Elles réuniront élus et techniciens des collectivités membres autour des politiques locales de l’ESS.</p>' +
      '<p>Au programme :</p>' +
      '<ul><li>des ateliers sur la commande publique responsable, l’alimentation durable et les tiers-lieux ;</li><li>des visites de structures de l’ESS de l’agglomération ;</li><li>une séance plénière consacrée au financement de l’ESS par les collectivités.</li></ul>',
    publishedAt: '2026-09-08',
    members: ['grand-poitiers', 'ville-de-poitiers', 'region-nouvelle-aquitaine'],
  },
  {
    slug: 'blois-mois-de-l-ess-2026',
    title: 'Mois de l’ESS 2026 : Blois ouvre le bal en Centre-Val de Loire',
    summary: 'La Ville de Blois accueille l’ouverture régionale du mois de l’ESS.',
    bodyHtml:
      '<p>La Ville de Blois accueille la soirée d’ouverture régionale du mois de l’ESS, organisée avec la Région Centre-Val de Loire.</p>' +
      '<p>Une trentaine de rendez-vous sont proposés dans l’agglomération tout au long du mois de novembre : visites, ateliers, projections et marchés solidaires.</p>',
    publishedAt: '2026-11-03',
    updatedAt: '2026-11-18',
    members: ['ville-de-blois', 'region-centre-val-de-loire'],
  },
  {
    slug: 'grand-angouleme-tiers-lieu-reemploi',
    title: 'Grand Angoulême : un tiers-lieu du réemploi ouvre ses portes',
    summary: 'Atelier de réparation, boutique solidaire et espace de formation réunis sous un même toit.',
    bodyHtml:
      '<p>Soutenu par l’agglomération, un tiers-lieu consacré au réemploi et à la réparation vient d’ouvrir à Angoulême.</p>' +
      '<p>Il réunit un atelier de réparation d’objets, une boutique solidaire et un espace de formation aux métiers du réemploi, ouvert aux personnes en recherche d’emploi.</p>',
    publishedAt: '2026-11-20',
    members: ['grand-angouleme'],
  },
];
