/**
 * Demo members: sixty fictitious but plausible profiles of member authorities,
 * each tied to its real official territory (INSEE code or SIREN, checked against
 * @etalab/decoupage-administratif). Texts and figures are illustrative, except the
 * Grand Poitiers profile, which follows the page of the former site.
 */
import type { DemoMember } from './demo.types.ts';

export const demoMembers: DemoMember[] = [
  // ——— Régions ———
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

  // ——— Départements ———
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

  // ——— Métropoles ———
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

  // ——— Intercommunalités ———
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

  // ——— Communes ———
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
