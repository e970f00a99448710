/** Demo news from 2016 to 2020 (see ../demo.news.ts). */
import type { DemoNews } from '../demo.types.ts';

export const demoNews2016to2020: DemoNews[] = [
  {
    slug: 'bretagne-appel-a-projets-innovation-sociale-2016',
    title: 'La Région Bretagne ouvre son appel à projets « Innovation sociale » 2016',
    summary: 'Associations, coopératives et entreprises solidaires peuvent déposer leur dossier jusqu’au 15 avril.',
    bodyHtml:
      '<p>La Région Bretagne lance la nouvelle édition de son appel à projets consacré à l’innovation sociale. Il s’adresse aux structures de l’ESS qui expérimentent des réponses nouvelles à des besoins mal satisfaits : mobilité en milieu rural, accès à l’alimentation, accompagnement des personnes âgées.</p>' +
      '<p>Les projets retenus pourront bénéficier d’une aide au démarrage et d’un accompagnement par les pôles ESS des pays bretons.</p>' +
      '<p>Le règlement est disponible sur <a href="https://www.bretagne.bzh">bretagne.bzh</a>.</p>',
    publishedAt: '2016-02-09',
    members: ['region-bretagne'],
  },
  {
    slug: 'grand-poitiers-campus-cooperatives-2016',
    title: 'Campus Coopératives : cinquième édition à Poitiers',
    summary: 'Soutenue par Grand Poitiers, l’université d’été de la coopération réunit étudiants, salariés et élus pendant trois jours.',
    bodyHtml:
      '<p>Organisée par la CRESS avec le soutien de Grand Poitiers, l’université d’été « Campus Coopératives » tient sa cinquième édition début juillet.</p>' +
      '<p>Au programme : ateliers sur la création de SCOP et de SCIC, témoignages de coopérateurs et visites de structures du territoire. Les échanges porteront cette année sur la coopération entre l’enseignement supérieur et les entreprises de l’ESS.</p>',
    publishedAt: '2016-06-21',
    members: ['grand-poitiers'],
  },
  {
    slug: 'aix-marseille-provence-rejoint-le-reseau',
    title: 'La Métropole d’Aix-Marseille-Provence rejoint le réseau',
    summary: 'Créée au 1er janvier 2016, la nouvelle métropole adhère au réseau pour construire sa politique en faveur de l’ESS.',
    bodyHtml:
      '<p>Le conseil de la Métropole d’Aix-Marseille-Provence a voté son adhésion au réseau. La nouvelle collectivité, qui réunit 92 communes, souhaite s’appuyer sur l’expérience des autres membres pour harmoniser les dispositifs hérités des anciennes intercommunalités.</p>' +
      '<p>Un premier état des lieux de l’ESS sur le territoire métropolitain sera engagé avec la CRESS.</p>',
    publishedAt: '2016-09-27',
    members: ['metropole-aix-marseille-provence'],
  },
  {
    slug: 'mois-de-l-ess-2016-loire-atlantique',
    title: 'Mois de l’ESS 2016 : plus de cent rendez-vous en Loire-Atlantique',
    summary: 'Nantes Métropole et le Département de Loire-Atlantique s’associent pour faire découvrir l’ESS au grand public.',
    bodyHtml:
      '<p>Portes ouvertes, forums, projections-débats : tout au long du mois de novembre, les acteurs de l’ESS de Loire-Atlantique ouvrent leurs portes.</p>' +
      '<p>Nantes Métropole et le Département soutiennent conjointement cette programmation, qui met cette année l’accent sur l’emploi des jeunes et sur les métiers de la transition écologique.</p>',
    publishedAt: '2016-11-08',
    members: ['nantes-metropole', 'departement-loire-atlantique'],
  },
  {
    slug: 'grand-poitiers-monnaie-locale-pois-reel',
    title: 'Une monnaie locale en expérimentation dans le Poitou',
    summary: 'Le Pois Réel commence à circuler dans les commerces de Poitiers et de son agglomération.',
    bodyHtml:
      '<p>Portée par une association d’habitants, la monnaie locale Le Pois Réel entre dans sa phase d’expérimentation. Une trentaine de commerçants et de producteurs l’acceptent déjà.</p>' +
      '<p>Grand Poitiers et la Ville de Poitiers suivent avec intérêt cette initiative, qui vise à encourager la consommation auprès des commerces indépendants et des producteurs locaux.</p>',
    publishedAt: '2017-04-11',
    members: ['grand-poitiers', 'ville-de-poitiers'],
  },
  {
    slug: 'cooperatives-jeunesse-de-services-ille-et-vilaine',
    title: 'Coopératives jeunesse de services : dix nouvelles coopératives cet été',
    summary: 'En Ille-et-Vilaine, des adolescents de 16 à 18 ans créent leur entreprise coopérative le temps des vacances.',
    bodyHtml:
      '<p>Le dispositif des coopératives jeunesse de services s’étend : dix coopératives seront actives cet été en Ille-et-Vilaine, avec le soutien du Département et de la Région Bretagne.</p>' +
      '<p>Encadrés par des animateurs, les jeunes proposent des services aux habitants et aux entreprises (jardinage, petits travaux, lavage de vélos) et prennent ensemble toutes les décisions.</p>' +
      '<p>Pour beaucoup, c’est une première expérience professionnelle et une découverte concrète du fonctionnement démocratique d’une entreprise.</p>',
    publishedAt: '2017-06-13',
    members: ['departement-ille-et-vilaine', 'region-bretagne'],
  },
  {
    slug: 'pays-basque-eusko-services-publics',
    title: 'Pays Basque : la monnaie locale acceptée pour régler des services publics',
    summary: 'La nouvelle Communauté d’agglomération étudie l’acceptation de l’Eusko dans ses régies.',
    bodyHtml:
      '<p>La Communauté d’agglomération du Pays Basque, créée en janvier 2017, engage une réflexion sur l’acceptation de l’Eusko pour le paiement de certains services publics.</p>' +
      '<p>L’objectif est de soutenir l’économie locale et de reconnaître le rôle joué par la monnaie locale dans les échanges entre commerces, associations et producteurs du territoire.</p>',
    publishedAt: '2017-10-03',
    members: ['communaute-pays-basque'],
  },
  {
    slug: 'strasbourg-forum-transfrontalier-ess',
    title: 'Un forum transfrontalier de l’ESS à Strasbourg',
    summary: 'Acteurs français et allemands de l’économie sociale se retrouvent pour une journée d’échanges.',
    bodyHtml:
      '<p>L’Eurométropole de Strasbourg accueille un forum transfrontalier de l’ESS, organisé avec la Région Grand Est.</p>' +
      '<p>Au programme : insertion par l’activité économique, coopératives d’énergie citoyenne et financement de l’innovation sociale. Des visites de structures sont proposées des deux côtés du Rhin.</p>',
    publishedAt: '2017-11-28',
    members: ['eurometropole-de-strasbourg', 'region-grand-est'],
  },
  {
    slug: 'lille-clauses-sociales-commande-publique',
    title: 'Commande publique responsable : la MEL dresse le bilan de ses clauses sociales',
    summary: 'Les clauses d’insertion des marchés métropolitains ont permis à plusieurs centaines de personnes de retrouver un emploi.',
    bodyHtml:
      '<p>La Métropole Européenne de Lille publie le bilan de ses clauses sociales. Travaux, propreté, espaces verts : un nombre croissant de marchés comporte désormais des heures réservées à des personnes éloignées de l’emploi.</p>' +
      '<p>La MEL souhaite aller plus loin en développant les marchés réservés aux structures d’insertion et aux entreprises adaptées.</p>',
    publishedAt: '2018-03-20',
    members: ['metropole-europeenne-de-lille'],
  },
  {
    slug: 'grand-poitiers-campus-cooperatives-septieme-edition',
    title: 'Campus Coopératives fête sa septième édition',
    summary:
      'L’université d’été de la coopération, soutenue par Grand Poitiers depuis 2012, a réuni de nombreux participants début juillet.',
    bodyHtml:
      '<p>Pour sa septième édition, l’université d’été « Campus Coopératives » a proposé trois jours d’ateliers et de rencontres à Poitiers.</p>' +
      '<p>Grand Poitiers soutient cet événement depuis 2012, comme d’autres rencontres proposées par la CRESS dans l’agglomération.</p>' +
      '<p>Les actes des ateliers seront mis en ligne à la rentrée.</p>',
    publishedAt: '2018-07-05',
    updatedAt: '2018-07-12',
    members: ['grand-poitiers'],
  },
  {
    slug: 'grand-poitiers-actualise-son-diagnostic-ess',
    title: 'Grand Poitiers actualise son diagnostic de l’ESS',
    summary: 'La Communauté urbaine engage un nouveau travail de diagnostic, centré sur la promotion et la coordination des actions.',
    bodyHtml:
      '<p>Grand Poitiers lance ce mois-ci l’actualisation de son diagnostic de l’économie sociale et solidaire. Ce travail doit permettre de mieux connaître les acteurs du territoire et de coordonner les actions engagées en leur faveur.</p>' +
      '<p>Le mois de l’ESS, en novembre, sera l’occasion de présenter les premiers enseignements et de recueillir les propositions des acteurs.</p>',
    publishedAt: '2018-09-25',
    members: ['grand-poitiers'],
  },
  {
    slug: 'forum-mondial-economie-sociale-bilbao',
    title: 'Des acteurs néo-aquitains au Forum mondial de l’économie sociale de Bilbao',
    summary:
      'Collectivités, étudiants et entreprises de l’ESS de Nouvelle-Aquitaine ont participé au forum international organisé au Pays basque espagnol.',
    bodyHtml:
      '<p>Le Forum mondial de l’économie sociale s’est tenu à Bilbao du 1er au 3 octobre. La Région Nouvelle-Aquitaine et Grand Poitiers y ont accompagné une délégation d’acteurs du territoire.</p>' +
      '<p>Parmi eux, la SCIC B323, issue du master ESS de l’Université de Poitiers, a présenté son expérience de coopérative étudiante.</p>' +
      '<p>Les échanges ont porté notamment sur le rôle des collectivités locales dans le développement de l’économie sociale.</p>',
    publishedAt: '2018-10-16',
    members: ['grand-poitiers', 'region-nouvelle-aquitaine'],
  },
  {
    slug: 'loire-atlantique-budget-participatif',
    title: 'Loire-Atlantique : un budget participatif ouvert aux projets de l’ESS',
    summary: 'Le Département invite habitants et associations à proposer des projets utiles à leur territoire.',
    bodyHtml:
      '<p>Le Département de Loire-Atlantique lance son budget participatif. Habitants, collectifs et associations peuvent proposer des projets d’investissement, soumis ensuite au vote des habitants.</p>' +
      '<p>Épiceries associatives, ateliers de réparation, jardins partagés : de nombreux projets portés par des structures de l’ESS sont attendus.</p>',
    publishedAt: '2019-02-12',
    members: ['departement-loire-atlantique'],
  },
  {
    slug: 'montreuil-supermarche-cooperatif',
    title: 'Un supermarché coopératif ouvre ses portes à Montreuil',
    summary: 'Gérée par ses membres, la nouvelle coopérative propose des produits de qualité à prix accessibles.',
    bodyHtml:
      '<p>Après deux ans de préfiguration, le supermarché coopératif de Montreuil accueille ses premiers clients-coopérateurs. Chaque membre consacre trois heures par mois au fonctionnement du magasin.</p>' +
      '<p>La Ville de Montreuil a accompagné le projet dans sa recherche de locaux et soutient son développement dans le cadre de sa politique d’alimentation durable.</p>',
    publishedAt: '2019-05-14',
    members: ['ville-de-montreuil'],
  },
  {
    slug: 'val-d-ille-aubigne-rejoint-le-reseau',
    title: 'Bienvenue à la Communauté de communes Val d’Ille-Aubigné',
    summary: 'L’intercommunalité bretilienne rejoint le réseau et prépare sa première feuille de route pour l’ESS.',
    bodyHtml:
      '<p>La Communauté de communes Val d’Ille-Aubigné, qui réunit 19 communes au nord de Rennes, a adhéré au réseau.</p>' +
      '<p>Elle souhaite structurer son soutien aux initiatives locales, nombreuses dans les domaines de l’alimentation, de l’énergie et de la vie associative.</p>',
    publishedAt: '2019-09-17',
    members: ['val-d-ille-aubigne'],
  },
  {
    slug: 'mois-de-l-ess-2019-toulouse',
    title: 'Mois de l’ESS 2019 : Toulouse met les jeunes à l’honneur',
    summary:
      'Toulouse Métropole et le Département de la Haute-Garonne soutiennent une programmation tournée vers les étudiants et les lycéens.',
    bodyHtml:
      '<p>Pour l’édition 2019 du mois de l’ESS, les acteurs toulousains proposent des rencontres dans les établissements scolaires et les universités.</p>' +
      '<p>Un forum des métiers de l’ESS réunira structures employeuses et jeunes en recherche d’emploi ou de stage.</p>',
    publishedAt: '2019-11-05',
    members: ['toulouse-metropole', 'departement-haute-garonne'],
  },
  {
    slug: 'villeurbanne-territoire-zero-chomeur',
    title: 'Villeurbanne : bilan d’étape pour l’entreprise à but d’emploi',
    summary:
      'Trois ans après son lancement, l’expérimentation « Territoires zéro chômeur » du quartier Saint-Jean emploie plusieurs dizaines de salariés.',
    bodyHtml:
      '<p>L’entreprise à but d’emploi du quartier Saint-Jean présente son bilan d’étape. Elle a permis à plusieurs dizaines de personnes privées durablement d’emploi de retrouver un contrat à durée indéterminée.</p>' +
      '<p>Ses activités (recyclerie, conciergerie, entretien d’espaces verts) répondent à des besoins non couverts du quartier.</p>' +
      '<p>La Ville de Villeurbanne soutient le projet depuis son origine.</p>',
    publishedAt: '2020-03-03',
    members: ['ville-de-villeurbanne'],
  },
  {
    slug: 'crise-sanitaire-fonds-urgence-ess',
    title: 'Crise sanitaire : des fonds d’urgence pour les structures de l’ESS',
    summary: 'Plusieurs régions adaptent leurs dispositifs pour aider associations et coopératives à traverser la crise.',
    bodyHtml:
      '<p>Face aux conséquences de la crise sanitaire, les Régions Occitanie et Pays de la Loire ont mis en place des fonds d’urgence ouverts aux associations employeuses et aux entreprises de l’ESS.</p>' +
      '<p>Ces aides, sous forme de subventions ou d’avances remboursables, visent à préserver l’emploi et à couvrir les besoins de trésorerie.</p>' +
      '<p>Le réseau recense les mesures prises par ses membres et les met à disposition de tous.</p>',
    publishedAt: '2020-06-30',
    members: ['region-occitanie', 'region-pays-de-la-loire'],
  },
  {
    slug: 'alimentation-durable-restauration-scolaire',
    title: 'Alimentation durable : des cantines 100 % bio, c’est possible',
    summary: 'Mouans-Sartoux et Grenoble partagent leur expérience de restauration scolaire de qualité.',
    bodyHtml:
      '<p>Lors d’une rencontre du réseau consacrée à l’alimentation durable, la Ville de Mouans-Sartoux a présenté sa régie agricole municipale, qui fournit une grande partie des légumes servis dans ses cantines.</p>' +
      '<p>La Ville de Grenoble a, de son côté, détaillé les clauses sociales et environnementales de ses marchés de restauration scolaire.</p>' +
      '<p>Ces expériences montrent qu’une alimentation de qualité peut être proposée sans hausse importante du coût des repas.</p>',
    publishedAt: '2020-10-20',
    members: ['ville-de-mouans-sartoux', 'ville-de-grenoble'],
  },
];
