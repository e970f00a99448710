/** Demo members: the régions (see ../demo.members.ts). */
import type { DemoMember } from '../demo.types.ts';

export const demoRegions: DemoMember[] = [
  {
    slug: 'region-nouvelle-aquitaine',
    name: 'Région Nouvelle-Aquitaine',
    territory: { kind: 'region', code: '75' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.nouvelle-aquitaine.fr',
    updatedAt: '2025-06-12',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Avec près de 22 400 établissements employeurs et quelque 221 000 salariés, l’économie sociale et solidaire représente 11,9 % de l’emploi en Nouvelle-Aquitaine. Elle est présente dans les douze départements, des grandes agglomérations aux espaces ruraux du Limousin, des Landes ou du Périgord.</p>' +
          '<p>Les associations regroupent l’essentiel de ces emplois, en particulier dans l’action sociale, l’enseignement et le sport. Les mutuelles d’assurance, très implantées dans les Deux-Sèvres, et les coopératives agricoles pèsent également d’un poids important dans l’économie régionale.</p>' +
          '<p>La région compte en outre un réseau dense de tiers-lieux, dont beaucoup ont choisi la forme de la société coopérative d’intérêt collectif (SCIC).</p>',
      },
      {
        kind: 'budget',
        heading: 'Budget et moyens consacrés à l’ESS',
        html:
          '<p>Le budget primitif 2024 consacre <strong>11,5 M€</strong> à l’ESS et à l’innovation sociale, hors fonds européens. Ces crédits financent l’aide aux projets, le soutien aux têtes de réseau et la dotation d’outils financiers dédiés.</p>' +
          '<p>Une équipe de neuf agents, rattachée à la direction de l’économie, instruit les dossiers et anime les partenariats avec les territoires.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La politique régionale s’inscrit dans le schéma régional de développement économique, d’innovation et d’internationalisation (SRDEII), qui comporte un volet propre à l’ESS. Elle poursuit trois objectifs :</p>' +
          '<ul><li>favoriser la création et la consolidation d’emplois de qualité dans les structures de l’ESS ;</li><li>accompagner l’innovation sociale, notamment dans les territoires ruraux ;</li><li>faire de la commande publique régionale un levier pour les entreprises d’insertion et les entreprises adaptées.</li></ul>' +
          '<p>Une conférence régionale de l’ESS réunit tous les deux ans les acteurs, la CRESS et les collectivités pour dresser le bilan de cette stratégie.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets annuel « Innovation sociale », ouvert aux associations, coopératives et entreprises agréées ESUS ;</li><li>soutien au réseau régional des tiers-lieux et à leur mission d’accueil des porteurs de projets ;</li><li>participation à des fonds territoriaux de garantie et de prêts d’honneur destinés aux entreprises de l’ESS ;</li><li>financement de l’accompagnement des reprises d’entreprises en coopérative par leurs salariés.</li></ul>' +
          '<p>Le détail des aides est présenté sur <a href="https://www.nouvelle-aquitaine.fr">le site de la Région</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 22400, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'ess_jobs', value: 221000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'ess_employment_share', value: 11.9, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
      { kind: 'budget_eur', value: 11500000, year: 2024, source: 'Budget primitif 2024' },
      { kind: 'staff_fte', value: 9, year: 2024, source: 'Région Nouvelle-Aquitaine, organigramme 2024' },
    ],
  },
  {
    slug: 'region-occitanie',
    name: 'Région Occitanie',
    territory: { kind: 'region', code: '76' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.laregion.fr',
    updatedAt: '2026-03-02',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’Occitanie compte environ 215 000 emplois dans l’économie sociale et solidaire, soit 12,6 % de l’emploi salarié régional. Ce poids, supérieur à la moyenne nationale, tient à la vitalité du tissu associatif et à l’importance des coopératives agricoles et viticoles.</p>' +
          '<p>Les métropoles de Toulouse et de Montpellier concentrent une large part des emplois, mais l’ESS joue un rôle plus décisif encore dans les départements ruraux, où elle assure souvent l’aide à domicile, les services à la personne et l’animation culturelle.</p>',
      },
      {
        kind: 'programme',
        heading: 'Une stratégie régionale pour l’ESS',
        html:
          '<p>La Région a adopté un plan en faveur de l’ESS intégré à sa stratégie économique. Il vise à renforcer les fonds propres des entreprises de l’ESS, à soutenir l’émergence de projets dans tous les territoires et à développer les coopérations entre entreprises classiques et structures de l’ESS.</p>' +
          '<p>L’agence régionale de développement économique accompagne les projets de l’ESS au même titre que ceux des autres entreprises, avec des chargés d’affaires formés à leurs spécificités.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Aide à l’embauche d’un premier salarié dans les associations ;</li><li>appel à projets « Tiers-lieux » destiné aux communes rurales ;</li><li>soutien aux reprises d’entreprises par leurs salariés sous forme de SCOP ;</li><li>organisation, avec la CRESS, du mois de l’ESS dans les treize départements.</li></ul>' +
          '<p>En 2025, 9,8 M€ ont été inscrits au budget primitif pour l’ensemble de ces dispositifs.</p>',
      },
      {
        kind: 'other',
        heading: 'Gouvernance et partenariats',
        html:
          '<p>La politique régionale est copilotée avec la CRESS Occitanie dans le cadre d’une convention pluriannuelle. Un comité de suivi associe également l’État, la Banque des Territoires et les réseaux de financeurs solidaires.</p>' +
          '<p>La Région anime par ailleurs un club des collectivités engagées pour l’ESS, où les intercommunalités échangent sur leurs pratiques.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 215000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
      { kind: 'ess_employment_share', value: 12.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
      { kind: 'budget_eur', value: 9800000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'region-bretagne',
    name: 'Région Bretagne',
    territory: { kind: 'region', code: '53' },
    joinedYear: 2005,
    status: 'active',
    website: 'https://www.bretagne.bzh',
    updatedAt: '2025-11-18',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>La Bretagne est l’une des régions où l’ESS pèse le plus : 14,3 % des emplois salariés, soit environ 141 300 personnes réparties dans près de 12 900 établissements. Coopératives agricoles et maritimes, banques coopératives, mutuelles et associations y forment un ensemble ancien et solidement implanté.</p>' +
          '<p>Le maillage du territoire repose sur des pôles de développement de l’ESS présents dans chaque pays, qui accompagnent la création d’activités au plus près des habitants.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>La Région a consacré <strong>6,2 M€</strong> à l’ESS en 2024, selon son compte administratif. Près de la moitié de cette somme finance les pôles de développement et les têtes de réseau régionales.</p>' +
          '<p>L’équipe chargée de l’ESS compte 5,5 équivalents temps plein au sein de la direction du développement économique.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Depuis 2005, la Région fait de l’ESS une composante à part entière de son action économique. Sa feuille de route actuelle s’articule autour de trois priorités :</p>' +
          '<ol><li>structurer l’accompagnement des porteurs de projets sur l’ensemble du territoire ;</li><li>faciliter l’accès au financement, notamment grâce aux outils de la finance solidaire ;</li><li>encourager les coopérations entre l’ESS et les grandes filières économiques régionales.</li></ol>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Financement des pôles ESS et de leurs dispositifs d’incubation ;</li><li>avances remboursables pour les SCOP et les SCIC en création ou en développement ;</li><li>appel à projets pour l’innovation sociale dans les îles et les communes littorales ;</li><li>soutien aux coopératives jeunesse de services, qui permettent chaque été à des adolescents de créer et gérer leur propre entreprise coopérative.</li></ul>' +
          '<p>Retrouvez les dispositifs régionaux sur <a href="https://www.bretagne.bzh">bretagne.bzh</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 12900, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
      { kind: 'ess_jobs', value: 141300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
      { kind: 'ess_employment_share', value: 14.3, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
      { kind: 'budget_eur', value: 6200000, year: 2024, source: 'Compte administratif 2024' },
      { kind: 'staff_fte', value: 5.5, year: 2024, source: 'Région Bretagne, rapport d’activité 2024' },
    ],
  },
  {
    slug: 'region-hauts-de-france',
    name: 'Région Hauts-de-France',
    territory: { kind: 'region', code: '32' },
    joinedYear: 2017,
    status: 'active',
    website: 'https://www.hautsdefrance.fr',
    updatedAt: '2024-12-09',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’économie sociale et solidaire rassemble environ 198 500 salariés en Hauts-de-France, soit 10,6 % de l’emploi. Le secteur sanitaire et social en constitue le cœur, aux côtés d’un réseau de mutuelles et de coopératives né de l’histoire ouvrière de la région.</p>' +
          '<p>L’insertion par l’activité économique y est particulièrement développée : ateliers et chantiers d’insertion, entreprises d’insertion et groupements d’employeurs contribuent au retour à l’emploi dans les bassins les plus touchés par le chômage.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Région soutient l’ESS au titre de sa compétence en matière de développement économique. Ses interventions privilégient la création d’emplois durables, la consolidation des structures et l’entrepreneuriat collectif.</p>' +
          '<p>Elle s’appuie sur les réseaux régionaux d’accompagnement et sur le dispositif local d’accompagnement (DLA), qu’elle cofinance avec l’État et la Banque des Territoires.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Soutien aux projets de reprise d’entreprises par les salariés ;</li><li>aide au démarrage des sociétés coopératives d’intérêt collectif ;</li><li>cofinancement d’incubateurs d’innovation sociale dans les principales agglomérations ;</li><li>prix régional de l’ESS, remis chaque année pendant le mois de l’ESS.</li></ul>' +
          '<p>Ces actions sont conduites en lien étroit avec la CRESS Hauts-de-France.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 198500, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
      { kind: 'ess_employment_share', value: 10.6, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    ],
  },
  {
    slug: 'region-pays-de-la-loire',
    name: 'Région Pays de la Loire',
    territory: { kind: 'region', code: '52' },
    joinedYear: 2004,
    status: 'active',
    website: 'https://www.paysdelaloire.fr',
    updatedAt: '2026-06-30',
    sections: [
      {
        kind: 'panorama',
        heading: 'L’ESS en Pays de la Loire',
        html:
          '<p>Avec 13,4 % de l’emploi salarié, les Pays de la Loire comptent parmi les régions où l’économie sociale et solidaire tient la plus grande place. L’agroalimentaire coopératif, les banques et les mutuelles y côtoient un tissu associatif très actif dans le sport, la culture et la solidarité.</p>' +
          '<p>La Loire-Atlantique et le Maine-et-Loire regroupent la majorité des emplois, tandis que la Vendée et la Mayenne se distinguent par la forte présence des coopératives agricoles.</p>',
      },
      {
        kind: 'budget',
        heading: 'Moyens consacrés à l’économie sociale et solidaire',
        html:
          '<p>Le budget primitif 2025 prévoit 4,8 M€ pour l’ESS, répartis entre l’aide aux entreprises, le soutien à l’accompagnement et les actions de sensibilisation.</p>' +
          '<p>Ces crédits sont complétés par la participation de la Région à des outils régionaux de finance solidaire.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Aide régionale au développement des entreprises de l’ESS, sous forme de subventions ou d’avances remboursables ;</li><li>soutien aux coopératives d’activité et d’emploi des cinq départements ;</li><li>financement d’actions de découverte de l’ESS dans les lycées ;</li><li>accompagnement de projets d’économie circulaire portés par des ressourceries.</li></ul>' +
          '<p>Les demandes d’aide sont instruites par la direction de l’économie, en lien avec la CRESS Pays de la Loire.</p>',
      },
    ],
    figures: [
      { kind: 'ess_employment_share', value: 13.4, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
      { kind: 'budget_eur', value: 4800000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'region-auvergne-rhone-alpes',
    name: 'Région Auvergne-Rhône-Alpes',
    territory: { kind: 'region', code: '84' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.auvergnerhonealpes.fr',
    updatedAt: '2025-02-20',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Auvergne-Rhône-Alpes est la deuxième région française pour l’emploi dans l’ESS : environ 283 000 salariés travaillent dans 27 600 établissements, soit 10,7 % de l’emploi régional.</p>' +
          '<p>Ce poids recouvre des réalités contrastées, entre les grandes agglomérations, où se concentrent les sièges de grandes associations et de mutuelles, et les massifs, où coopératives agricoles et associations de services à la personne sont souvent les premiers employeurs.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Région intervient en faveur de l’ESS dans le cadre de sa politique économique générale, dont l’essentiel des aides est ouvert aux entreprises de l’ESS. Un volet spécifique soutient l’accompagnement des projets et les réseaux régionaux.</p>' +
          '<p>Elle encourage en particulier les projets qui maintiennent l’activité dans les territoires ruraux et de montagne.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Ouverture des prêts et garanties régionaux aux associations ayant une activité économique ;</li><li>soutien aux SCOP et aux SCIC en phase de création ou de reprise ;</li><li>financement de l’accompagnement des projets par les réseaux de l’ESS.</li></ul>' +
          '<p>Ces dispositifs sont présentés chaque année aux acteurs lors de rencontres régionales organisées avec la CRESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 27600, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'ess_jobs', value: 283000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
      { kind: 'ess_employment_share', value: 10.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    ],
  },
  {
    slug: 'region-grand-est',
    name: 'Région Grand Est',
    territory: { kind: 'region', code: '44' },
    joinedYear: 2018,
    status: 'active',
    website: 'https://www.grandest.fr',
    updatedAt: '2024-12-02',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Dans le Grand Est, l’ESS représente environ 172 000 emplois, soit 10,9 % de l’emploi salarié. Elle est particulièrement présente en Alsace et en Moselle, où le droit local des associations a favorisé de longue date un tissu associatif dense.</p>' +
          '<p>Les territoires frontaliers développent par ailleurs des coopérations avec les acteurs de l’économie sociale allemands, luxembourgeois, belges et suisses.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>La Région a inscrit 3,9 M€ à son budget primitif 2022 pour le soutien à l’ESS et à l’innovation sociale.</p>' +
          '<p>Ce montant ne comprend pas les aides économiques de droit commun, auxquelles les structures de l’ESS peuvent également prétendre.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La stratégie régionale vise à faire de l’ESS un levier de cohésion territoriale. Elle repose sur un partenariat avec la CRESS Grand Est et sur des référents ESS dans les maisons de la Région.</p>' +
          '<p>Trois priorités ont été retenues : l’emploi des jeunes, la transition écologique et le maintien des services dans les territoires ruraux.</p>',
      },
    ],
    figures: [
      { kind: 'budget_eur', value: 3900000, year: 2022, source: 'Budget primitif 2022' },
      { kind: 'ess_jobs', value: 172000, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
      { kind: 'ess_employment_share', value: 10.9, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
    ],
  },
  {
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
  },
  {
    slug: 'region-bourgogne-franche-comte',
    name: 'Région Bourgogne-Franche-Comté',
    territory: { kind: 'region', code: '27' },
    joinedYear: 2016,
    status: 'active',
    website: 'https://www.bourgognefranchecomte.fr',
    updatedAt: '2025-04-03',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS regroupe près de 11 300 établissements employeurs en Bourgogne-Franche-Comté et représente 12,2 % de l’emploi salarié. Sa part est particulièrement élevée dans la Nièvre et le Jura, où associations et coopératives assurent une grande partie des services aux habitants.</p>' +
          '<p>La région est aussi connue pour ses fruitières, coopératives fromagères qui perpétuent une longue tradition d’entreprise collective.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Région soutient les structures de l’ESS par des aides dédiées et par l’ouverture de ses dispositifs économiques. Elle porte une attention particulière à l’entrepreneuriat collectif et aux projets de transition écologique.</p>' +
          '<p>Elle participe au financement du dispositif local d’accompagnement dans chacun des huit départements.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Aide au conseil pour les associations employeuses ;</li><li>soutien aux fruitières et coopératives engagées dans un projet de modernisation ;</li><li>appel à projets « Économie circulaire et ESS » ;</li><li>financement d’un réseau d’incubateurs d’innovation sociale.</li></ul>' +
          '<p>Ces aides sont instruites en lien avec l’agence économique régionale et la CRESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 11300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
      { kind: 'ess_employment_share', value: 12.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
    ],
  },
  {
    slug: 'region-normandie',
    name: 'Région Normandie',
    territory: { kind: 'region', code: '28' },
    joinedYear: 2016,
    status: 'former',
    website: 'https://www.normandie.fr',
    updatedAt: '2017-05-12',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>Avec environ 117 000 salariés, l’ESS représente 11,3 % de l’emploi en Normandie. Elle est très présente dans l’action sociale et dans l’agriculture, où les coopératives laitières occupent une place de premier plan.</p>' +
          '<p>La fusion des deux anciennes régions, au 1er janvier 2016, a conduit à rapprocher des politiques de l’ESS jusque-là distinctes.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>Une nouvelle stratégie régionale est en préparation. Dans l’attente, la Région maintient son soutien aux réseaux d’accompagnement et aux projets d’innovation sociale engagés avant la fusion.</p>' +
          '<p>Un premier bilan sera présenté lors de la prochaine conférence régionale de l’ESS.</p>',
      },
    ],
    figures: [
      { kind: 'ess_jobs', value: 117000, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
      { kind: 'ess_employment_share', value: 11.3, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
    ],
  },
  {
    slug: 'region-ile-de-france',
    name: 'Région Île-de-France',
    territory: { kind: 'region', code: '11' },
    joinedYear: 2003,
    status: 'active',
    website: 'https://www.iledefrance.fr',
    updatedAt: '2025-09-22',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’Île-de-France compte près de 39 800 établissements employeurs de l’ESS et environ 412 000 salariés. La part de l’ESS dans l’emploi régional, 7,6 %, est plus faible qu’ailleurs en raison du poids des grandes entreprises et des administrations, mais la région accueille les sièges de nombreuses fédérations et entreprises nationales de l’ESS.</p>' +
          '<p>Les initiatives sont particulièrement nombreuses en petite couronne, autour de l’insertion, du réemploi et de l’alimentation.</p>',
      },
      {
        kind: 'budget',
        html:
          '<p>Le budget primitif 2025 prévoit 8,4 M€ en faveur de l’ESS et de l’innovation sociale. Ces crédits financent des aides directes, des appels à projets et le soutien aux structures d’accompagnement.</p>' +
          '<p>S’y ajoutent les aides économiques de droit commun ouvertes aux entreprises de l’ESS.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Région intègre l’ESS dans sa stratégie de développement économique. Elle privilégie le changement d’échelle des entreprises de l’ESS et leur accès aux marchés, publics comme privés.</p>' +
          '<p>Elle encourage aussi la participation des entreprises de l’ESS aux grands chantiers d’aménagement régionaux.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Appel à projets « Innovation sociale » ;</li><li>fonds régional de prêts d’honneur pour les entrepreneurs de l’ESS ;</li><li>soutien aux structures d’insertion des métiers du bâtiment et du réemploi ;</li><li>accompagnement des associations dans leur transition numérique.</li></ul>' +
          '<p>Les dispositifs régionaux sont présentés sur <a href="https://www.iledefrance.fr">iledefrance.fr</a>.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 39800, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
      { kind: 'ess_jobs', value: 412000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
      { kind: 'ess_employment_share', value: 7.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
      { kind: 'budget_eur', value: 8400000, year: 2025, source: 'Budget primitif 2025' },
    ],
  },
  {
    slug: 'region-reunion',
    name: 'Région Réunion',
    territory: { kind: 'region', code: '04' },
    joinedYear: 2011,
    status: 'active',
    website: 'https://regionreunion.com',
    updatedAt: '2026-01-27',
    sections: [
      {
        kind: 'panorama',
        html:
          '<p>L’ESS occupe une place importante dans l’économie réunionnaise : elle représente 14,8 % de l’emploi salarié et environ 2 400 établissements employeurs. Associations d’aide à domicile, de sport et d’éducation populaire, coopératives agricoles et mutuelles en constituent l’essentiel.</p>' +
          '<p>Face à un chômage élevé, en particulier chez les jeunes, l’ESS est un outil majeur d’insertion et de création d’activités.</p>',
      },
      {
        kind: 'programme',
        html:
          '<p>La Région soutient la création et le développement des entreprises de l’ESS, en mobilisant notamment les fonds européens dont elle assure la gestion.</p>' +
          '<p>Elle porte une attention particulière à l’économie circulaire, à l’autonomie alimentaire de l’île et à l’emploi des jeunes.</p>',
      },
      {
        kind: 'actions',
        html:
          '<ul><li>Aide aux associations employeuses pour la création de postes pérennes ;</li><li>soutien à des ressourceries dans les quatre micro-régions de l’île ;</li><li>accompagnement des coopératives agricoles engagées dans la diversification des productions.</li></ul>' +
          '<p>Ces actions sont conduites en partenariat avec la CRESS La Réunion et les intercommunalités de l’île.</p>',
      },
      {
        kind: 'other',
        heading: 'Coopération dans l’océan Indien',
        html:
          '<p>La Région favorise les échanges entre les acteurs réunionnais de l’ESS et ceux de Madagascar, de Maurice et des Comores, dans le cadre de ses programmes de coopération régionale.</p>' +
          '<p>Des rencontres sont organisées régulièrement autour de l’agriculture, de la pêche et de l’artisanat.</p>',
      },
    ],
    figures: [
      { kind: 'ess_establishments', value: 2400, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' },
      { kind: 'ess_employment_share', value: 14.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' },
    ],
  },
];
