/**
 * French text for the generated news items ("actualités"): a title naming the first
 * linked member, a one-sentence summary and a body of two to four paragraphs.
 */
import type { Random } from './random.ts';

const TITLES = [
  '{name} lance son appel à projets « Innovation sociale »',
  '{name} adopte sa feuille de route pour l’économie sociale et solidaire',
  'Mois de l’ESS : le programme de {name}',
  '{name} soutient la création d’une recyclerie',
  'Un nouveau tiers-lieu ouvre ses portes avec l’appui de {name}',
  '{name} renforce les clauses sociales de ses marchés publics',
  'Rencontres territoriales de l’ESS : retour sur l’édition organisée par {name}',
  '{name} accompagne la reprise d’une entreprise en coopérative',
  'Alimentation durable : {name} finance une épicerie solidaire',
  '{name} rejoint un pôle territorial de coopération économique',
];
const SUMMARIES = [
  'Associations, coopératives et entreprises solidaires peuvent déposer leur dossier jusqu’à la fin du trimestre.',
  'Élus, agents et acteurs de l’ESS se sont retrouvés pour faire le bilan des actions engagées et fixer les priorités.',
  'Le projet, soutenu pendant trois ans, doit créer une dizaine d’emplois dont plusieurs en insertion.',
  'La collectivité consolide ainsi une politique engagée depuis plusieurs années avec la CRESS.',
  'Une démarche partagée avec les communes voisines et les réseaux d’accompagnement du territoire.',
];
const SENTENCES = [
  'Le dispositif s’adresse aux structures de l’ESS qui expérimentent des réponses nouvelles à des besoins mal satisfaits.',
  'Les projets retenus bénéficieront d’une aide au démarrage et d’un accompagnement par les réseaux locaux.',
  'Une réunion d’information est prévue en mairie, ouverte à tous les porteurs de projet.',
  'Les échanges ont porté sur la mobilité en milieu rural, l’accès à l’alimentation et le vieillissement.',
  'La délibération a été adoptée à l’unanimité lors de la dernière séance du conseil.',
  'Les partenaires ont salué une démarche concertée, construite avec les acteurs du territoire.',
  'Un bilan sera présenté à l’occasion du prochain Mois de l’économie sociale et solidaire.',
  'Le budget mobilisé s’élève à {amount} euros sur la durée du programme.',
  'Plusieurs structures d’insertion ont déjà manifesté leur intérêt pour rejoindre le projet.',
  'Le règlement et le dossier de candidature sont disponibles sur le site de la collectivité.',
];

export interface GeneratedNewsText {
  title: string;
  summary: string;
  bodyHtml: string;
}

/** The text of one news item about the given member (its display name). */
export function newsText(rng: Random, memberName: string): GeneratedNewsText {
  const amount = (rng.int(2, 400) * 1000).toLocaleString('fr-FR');
  const paragraphs: string[] = [];
  for (let p = rng.int(2, 4); p > 0; p--) {
    paragraphs.push(`<p>${rng.sample(SENTENCES, rng.int(2, 3)).join(' ').replace('{amount}', amount)}</p>`);
  }
  return {
    title: rng.pick(TITLES).replace('{name}', memberName),
    summary: rng.pick(SUMMARIES),
    bodyHtml: paragraphs.join(''),
  };
}
