/**
 * A small French corpus for the search tests: 30 members on real territories and 40 news items,
 * written so that each query of the tests has known answers (plurals, accents, phrases, names,
 * a title against a body, an old relevant item against a recent weak one). Loaded through the
 * real services, which index as they write.
 */
import type { Db } from '../../db/database.ts';
import { createTestMember, createTestNews } from '../../../test/factories.ts';
import type { TerritoryKind } from '../territories/territories.table.ts';

type MemberRow = [slug: string, name: string, kind: TerritoryKind, code: string, updatedAt: string, panorama: string, actions: string];
type NewsRow = [slug: string, title: string, publishedAt: string, members: string[], summary: string, body: string];

export const CORPUS_MEMBERS: MemberRow[] = [
  ['ville-de-poitiers', 'Ville de Poitiers', 'commune', '86194', '2025-06-10', 'Poitiers compte près de neuf cents établissements employeurs de l’économie sociale et solidaire.', 'Soutien à la monnaie locale complémentaire, aux associations de quartier et aux tiers-lieux culturels.'],
  ['grand-poitiers', 'Grand Poitiers', 'epci', '200069854', '2023-03-02', 'La communauté urbaine accompagne les coopératives d’activité et d’emploi.', 'Clauses sociales dans les marchés ; soutien à la SCIC Les Ateliers du Clain.'],
  ['ville-de-grenoble', 'Ville de Grenoble', 'commune', '38185', '2026-09-15', 'Grenoble mène une politique d’économie sociale et solidaire depuis 2008.', 'Monnaie locale, budget participatif et achats responsables.'],
  ['grenoble-alpes-metropole', 'Grenoble-Alpes-Métropole', 'epci', '200040715', '2024-11-20', 'La métropole soutient l’innovation sociale dans les quartiers.', 'Appel à projets pour les tiers-lieux de la vallée ; accompagnement des coopératives.'],
  ['ville-de-rennes', 'Ville de Rennes', 'commune', '35238', '2025-02-11', 'Rennes soutient la vie des quartiers et l’emploi.', 'Réseau de tiers lieux de quartier, soutien à la monnaie locale l’Ajonc.'],
  ['rennes-metropole', 'Rennes Métropole', 'epci', '243500139', '2022-05-05', 'Une stratégie de commande publique responsable adoptée en 2022.', 'Achats responsables, clauses d’insertion, marchés réservés.'],
  ['ville-de-bordeaux', 'Ville de Bordeaux', 'commune', '33063', '2021-10-01', 'Bordeaux accompagne les entreprises de l’économie circulaire.', 'Ressourceries, recycleries et réemploi.'],
  ['bordeaux-metropole', 'Bordeaux Métropole', 'epci', '243300316', '2026-03-30', 'Le schéma de promotion des achats responsables fixe les objectifs de la commande publique responsable.', 'Commande publique responsable, clauses sociales et environnementales.'],
  ['ville-de-nantes', 'Ville de Nantes', 'commune', '44109', '2020-07-07', 'Nantes, territoire pionnier de l’économie sociale et solidaire.', 'Soutien aux coopératives d’habitants et aux associations.'],
  ['nantes-metropole', 'Nantes Métropole', 'epci', '244400404', '2024-01-15', 'Le Solilab, lieu dédié à l’économie sociale.', 'Tiers-lieux, économie circulaire, emploi des jeunes.'],
  ['region-nouvelle-aquitaine', 'Région Nouvelle-Aquitaine', 'region', '75', '2025-12-01', 'La Région finance les tiers-lieux et les coopératives.', 'Appel à projets tiers-lieux ; fonds régional pour l’innovation sociale.'],
  ['region-bretagne', 'Région Bretagne', 'region', '53', '2023-06-20', 'La Bretagne compte un emploi sur six dans l’économie sociale.', 'Pôles de développement, soutien au secteur associatif.'],
  ['region-auvergne-rhone-alpes', 'Région Auvergne-Rhône-Alpes', 'region', '84', '2019-04-04', 'Des dispositifs pour les entreprises solidaires.', 'Prêts d’honneur et garanties bancaires.'],
  ['departement-gironde', 'Département de la Gironde', 'departement', '33', '2024-06-06', 'La Gironde soutient l’insertion par l’activité économique.', 'Clauses d’insertion dans la commande publique, épiceries solidaires.'],
  ['departement-ille-et-vilaine', 'Département d’Ille-et-Vilaine', 'departement', '35', '2021-01-21', 'Le Département accompagne les structures d’aide à domicile.', 'Mobilité solidaire, garages solidaires.'],
  ['departement-isere', 'Département de l’Isère', 'departement', '38', '2022-09-09', 'L’Isère soutient l’agriculture de proximité.', 'Circuits courts, restauration collective.'],
  ['ville-de-brest', 'Ville de Brest', 'commune', '29019', '2020-02-02', 'Brest soutient les initiatives citoyennes.', 'Marché de producteurs : production locale, paiement en monnaie solidaire.'],
  ['brest-metropole', 'Brest Métropole', 'epci', '242900314', '2025-10-10', 'La métropole accompagne l’économie maritime et la pêche durable.', 'Partenariats avec les ports du Finistère.'],
  ['ville-de-la-rochelle', 'Ville de La Rochelle', 'commune', '17300', '2018-05-05', 'Le projet zéro carbone réunit entreprises et habitants.', 'Réemploi, mobilité douce.'],
  ['ville-de-niort', 'Ville de Niort', 'commune', '79191', '2024-04-24', 'Niort, capitale des mutuelles d’assurance.', 'Partenariats avec les mutuelles et les fondations.'],
  ['ville-de-limoges', 'Ville de Limoges', 'commune', '87085', '2023-12-12', 'Limoges soutient les métiers de la porcelaine.', 'Une coopérative d’artisans porcelainiers s’est installée au centre-ville.'],
  ['ville-d-angouleme', 'Ville d’Angoulême', 'commune', '16015', '2022-01-30', 'Angoulême, cité de la bande dessinée.', 'Subventions aux associations culturelles et sportives.'],
  ['ville-de-toulouse', 'Ville de Toulouse', 'commune', '31555', '2021-06-15', 'Toulouse développe l’économie solidaire dans les quartiers.', 'Régies de quartier, insertion.'],
  ['toulouse-metropole', 'Toulouse Métropole', 'epci', '243100518', '2025-05-19', 'Un schéma d’achats responsables pour les services.', 'Marchés publics et clauses sociales.'],
  ['ville-de-lyon', 'Ville de Lyon', 'commune', '69123', '2026-01-08', 'Lyon soutient l’économie circulaire et le réemploi.', 'Ressourceries de quartier.'],
  ['metropole-de-lyon', 'Métropole de Lyon', 'epci', '200046977', '2024-10-10', 'Une politique d’économie sociale, solidaire et circulaire.', 'Monnaie locale la Soierie, commande publique responsable.'],
  ['ville-de-clermont-ferrand', 'Ville de Clermont-Ferrand', 'commune', '63113', '2019-09-09', 'Clermont-Ferrand accompagne les coopératives d’activité et d’emploi.', 'Accueil des porteurs de projets.'],
  ['ville-de-dijon', 'Ville de Dijon', 'commune', '21231', '2020-11-11', 'Dijon soutient l’alimentation durable.', 'Circuits courts et cantines.'],
  ['departement-dordogne', 'Département de la Dordogne', 'departement', '24', '2023-03-03', 'La Dordogne soutient l’économie de proximité en milieu rural.', 'Commerces multiservices.'],
  ['departement-loire-atlantique', 'Département de Loire-Atlantique', 'departement', '44', '2025-08-08', 'Le Département soutient les structures d’insertion.', 'Tiers-lieux ruraux et épiceries mobiles.'],
];

export const CORPUS_NEWS: NewsRow[] = [
  ['monnaie-locale-poitiers', 'Lancement de la monnaie locale à Poitiers', '2026-10-05', ['ville-de-poitiers'], 'Une monnaie locale complémentaire circule chez cent vingt commerçants.', 'Les billets sont échangés dans les bureaux de tabac et sur les marchés.'],
  ['monnaies-locales-rennes', 'Les monnaies locales séduisent les commerçants rennais', '2025-04-12', ['ville-de-rennes'], 'L’Ajonc compte désormais trois cents adhérents.', 'Les commerçants du centre acceptent la monnaie.'],
  ['budget-participatif-grenoble', 'Bilan du budget participatif', '2024-05-20', ['ville-de-grenoble'], 'Les habitants ont voté pour quarante projets.', 'Parmi les projets lauréats, une monnaie locale et une épicerie solidaire.'],
  ['appel-tiers-lieux', 'Appel à projets tiers-lieux en Nouvelle-Aquitaine', '2026-02-14', ['region-nouvelle-aquitaine'], 'La Région ouvre un nouvel appel à projets.', 'Les dossiers sont attendus avant juin.'],
  ['tiers-lieux-ruraux', 'Les tiers lieux ruraux de Loire-Atlantique', '2025-09-09', ['departement-loire-atlantique'], 'Douze lieux ont ouvert en deux ans.', 'Ils accueillent ateliers, cafés et services publics.'],
  ['tiers-lieu-angouleme', 'Un tiers-lieu culturel ouvre à Angoulême', '2024-07-07', ['ville-d-angouleme'], 'Ateliers d’auteurs et librairie.', 'Ouverture au public en septembre.'],
  ['budget-rennes-metropole', 'Budget de Rennes Métropole', '2024-12-12', ['rennes-metropole'], 'Le conseil a voté le budget.', 'Un tiers du budget ira aux équipements ; tous les lieux publics seront rénovés.'],
  ['commande-publique-insertion', 'La commande publique responsable, levier pour l’insertion', '2025-03-03', ['bordeaux-metropole', 'departement-gironde'], 'Les clauses sociales ont permis deux cent mille heures de travail.', 'Un guide est publié pour les acheteurs.'],
  ['clauses-sociales-toulouse', 'Clauses sociales dans les marchés toulousains', '2023-02-02', ['toulouse-metropole'], 'La commande publique soutient l’emploi.', 'Quinze marchés comportent une clause.'],
  ['schema-achats-rennes', 'Rennes Métropole publie son schéma d’achats', '2022-06-01', ['rennes-metropole'], 'Un schéma pour cinq ans.', 'La commande publique responsable représente un tiers des achats.'],
  ['rencontres-ess-grenoble', 'Grenoble accueille les rencontres nationales', '2026-06-18', ['ville-de-grenoble', 'grenoble-alpes-metropole'], 'Trois jours de débats sur l’économie sociale et solidaire.', 'Les élus du réseau se retrouvent à Grenoble.'],
  ['fonds-innovation-grenoble', 'Un fonds d’innovation sociale pour la métropole grenobloise', '2025-01-25', ['grenoble-alpes-metropole'], 'Deux millions d’euros sur trois ans.', 'Les projets sont choisis par un comité.'],
  ['ateliers-du-clain-dix-ans', 'La SCIC Les Ateliers du Clain fête ses dix ans', '2026-04-04', ['grand-poitiers'], 'La coopérative emploie quarante salariés.', 'Menuiserie, couture et réparation.'],
  ['ateliers-du-clain-recyclerie', 'Les Ateliers du Clain ouvrent une recyclerie', '2024-09-30', ['ville-de-poitiers'], 'Un nouveau site de réemploi.', 'Meubles et vélos reconditionnés.'],
  ['cooperative-habitants-nantes', 'Une coopérative d’habitants à Nantes', '2020-03-03', ['ville-de-nantes'], 'Vingt logements partagés.', 'Les habitants gèrent ensemble leur immeuble.'],
  ['cae-auvergne', 'Les coopératives d’activité et d’emploi en Auvergne', '2019-11-11', ['ville-de-clermont-ferrand'], 'Un statut pour entreprendre à plusieurs.', 'Deux cents entrepreneurs salariés.'],
  ['cooperation-ports-bretons', 'Coopération entre Brest et les ports bretons', '2025-05-05', ['brest-metropole'], 'Une convention pour la pêche durable.', 'Les criées partagent leurs données.'],
  ['secteur-associatif-breton', 'Le secteur associatif breton se mobilise', '2023-10-10', ['region-bretagne'], 'Un plan pour le bénévolat.', 'Formations et aides à l’emploi.'],
  ['forum-angouleme', 'Forum des associations à Angoulême', '2025-09-01', ['ville-d-angouleme'], 'Cent cinquante stands en centre-ville.', 'Sports, culture et solidarité.'],
  ['ess-emploi-bretagne', 'L’économie sociale et solidaire pèse un emploi sur six en Bretagne', '2024-03-14', ['region-bretagne'], 'Une étude régionale.', 'Les associations emploient la majorité des salariés.'],
  ['ressourcerie-bordeaux', 'Economie circulaire : Bordeaux ouvre sa troisième ressourcerie', '2023-05-05', ['ville-de-bordeaux'], 'Un nouveau lieu de réemploi.', 'Dons et ventes à petits prix.'],
  ['nouveau-lieu-niort', 'Un nouveau lieu ouvre à Niort', '2025-11-01', ['ville-de-niort'], 'La ressourcerie collecte meubles et vêtements.', 'Ouverture au public en novembre.'],
  ['ressourcerie-niort', 'Une ressourcerie ouvre enfin à Niort', '2025-11-01', ['ville-de-niort'], 'Le lieu collecte meubles et vêtements.', 'Ouverture au public en novembre.'],
  ['ressourceries-pilier', 'Les ressourceries, pilier du réemploi', '2018-03-03', ['ville-de-lyon'], 'Chaque ressourcerie collecte, répare et revend.', 'Une ressourcerie emploie en moyenne dix salariés ; la ressourcerie du quartier en emploie vingt.'],
  ['semaine-dechets', 'Semaine européenne de réduction des déchets', '2026-11-20', ['ville-de-lyon'], 'Ateliers de réparation, conférences et animations dans toute la ville pendant une semaine.', 'Au programme : compostage, couture, visite d’une ressourcerie, troc de jouets et de livres, marché gratuit.'],
  ['epicerie-dijon', 'Une épicerie solidaire à Dijon', '2019-01-01', ['ville-de-dijon'], 'Des produits à petits prix.', 'Ouverte trois jours par semaine.'],
  ['epicerie-brest', 'Une épicerie solidaire à Brest', '2026-10-01', ['ville-de-brest'], 'Des produits à petits prix.', 'Ouverte trois jours par semaine.'],
  ['banque-de-france', 'Monnaie : rappel des règles', '2021-04-04', [], 'La monnaie fiduciaire reste la seule à cours légal.', 'Les circuits locaux complètent les paiements.'],
  ['mutuelles-niort', 'Mutuelles et fondations : rencontre à Niort', '2024-02-29', ['ville-de-niort'], 'Les acteurs de l’assurance réunis.', 'Une journée de travail.'],
  ['proximite-dordogne', 'Économie de proximité en Dordogne', '2023-08-08', ['departement-dordogne'], 'Des commerces rouvrent dans les villages.', 'Le Département aide vingt communes.'],
  ['jeunes-emploi-nantes', 'Jeunes et emploi : Nantes Métropole investit', '2025-06-06', ['nantes-metropole'], 'Un programme pour mille jeunes.', 'Stages dans les entreprises sociales.'],
  ['iae-gironde', 'Insertion par l’activité économique en Gironde', '2022-02-22', ['departement-gironde'], 'Trente structures conventionnées.', 'Chantiers et entreprises d’insertion.'],
  ['mobilite-ille-et-vilaine', 'Mobilité solidaire en Ille-et-Vilaine', '2021-09-09', ['departement-ille-et-vilaine'], 'Des voitures prêtées aux demandeurs d’emploi.', 'Un garage solidaire à Rennes.'],
  ['circuits-courts-isere', 'Circuits courts : la restauration collective s’approvisionne en Isère', '2024-10-01', ['departement-isere'], 'Les collèges servent des produits locaux.', 'Vingt producteurs engagés.'],
  ['collectivites-ess', 'Les collectivités s’engagent pour l’économie sociale', '2026-11-01', ['region-nouvelle-aquitaine', 'ville-de-poitiers'], 'Une charte commune.', 'Les signataires se réuniront chaque année.'],
  ['alimentation-dijon', 'Alimentation durable : Dijon signe une charte', '2020-12-12', ['ville-de-dijon'], 'Les cantines passent au bio.', 'Un plan sur six ans.'],
  ['reemploi-la-rochelle', 'La Rochelle mise sur le réemploi', '2019-06-06', ['ville-de-la-rochelle'], 'Une plateforme pour les matériaux.', 'Les chantiers donnent leurs surplus.'],
  ['finance-solidaire-lyon', 'Finance solidaire : l’épargne des Lyonnais', '2022-10-10', ['metropole-de-lyon'], 'Des fonds pour les entreprises solidaires.', 'Un guichet unique.'],
  ['regies-toulouse', 'Toulouse : les régies de quartier recrutent', '2025-02-02', ['ville-de-toulouse'], 'Quarante postes ouverts.', 'Entretien des espaces verts.'],
  ['reparer-grenoble', 'Réparer plutôt que jeter à Grenoble', '2026-07-07', ['grenoble-alpes-metropole'], 'Une économie plus sobre passe par la réparation.', 'La boucle circulaire des matériaux se referme.'],
];

/** Writes the corpus through the services (members first, in order); returns each document's id by slug. */
export async function loadCorpus(db: Db): Promise<{ members: Map<string, number>; news: Map<string, number> }> {
  const members = new Map<string, number>();
  const news = new Map<string, number>();
  for (const [slug, name, kind, code, updatedAt, panorama, actions] of CORPUS_MEMBERS) {
    const sections = [{ kind: 'panorama' as const, html: `<p>${panorama}</p>` }, { kind: 'actions' as const, html: `<p>${actions}</p>` }];
    members.set(slug, (await createTestMember(db, { slug, name, territory: { kind, code }, updatedAt, sections, figures: [] })).id);
  }
  for (const [slug, title, publishedAt, memberSlugs, summary, body] of CORPUS_NEWS) {
    news.set(slug, (await createTestNews(db, { slug, title, publishedAt, memberSlugs, summary, bodyHtml: `<p>${body}</p>` })).id);
  }
  return { members, news };
}
