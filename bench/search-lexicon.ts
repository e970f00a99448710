/**
 * French vocabulary of the social and solidarity economy for the search benchmark corpus:
 * nouns (gender, plural), adjectives (four forms), verbs (the forms a news item uses), by
 * topic, with the small grammar that agrees them (articles, elision, contractions).
 *
 * Compact notation, one entry per comma:
 *   nouns       "f coopérative", "m tiers-lieu|tiers-lieux", "m !handicap" (! = aspirated h: no elision),
 *               "f économie circulaire" (several words, no plural given: always singular)
 *   adjectives  "solidaire", "local|locale|locaux|locales", "^nouveau|nouvelle|nouveaux|nouvelles|nouvel" (^ = before the noun)
 *   verbs       "financer" (regular -er), or "soutenir|soutient|soutiennent|soutenu|soutiendra|soutiendront"
 */

export type Gender = 'm' | 'f';
export type GNumber = 'sg' | 'pl';

export interface Noun {
  sg: string;
  pl: string;
  g: Gender;
  /** Singular only (a multi-word or mass noun). */
  mass: boolean;
  /** "h aspiré": no elision before it. */
  aspirated: boolean;
}

export interface Adjective {
  ms: string;
  fs: string;
  mp: string;
  fp: string;
  /** Masculine singular before a vowel (nouvel, bel, vieil). */
  msVowel: string;
  /** Placed before the noun. */
  before: boolean;
}

export interface Verb {
  inf: string;
  p3s: string;
  p3p: string;
  /** Past participle, masculine singular. */
  pp: string;
  fut3s: string;
  fut3p: string;
}

const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

function pluralOf(word: string): string {
  if (/^[A-Z0-9]+$/.test(word)) return word;
  if (/[sxz]$/.test(word)) return word;
  if (/(eau|eu|au)$/.test(word)) return `${word}x`;
  if (/al$/.test(word) && !/(festival|bal|carnaval|récital|chacal)$/.test(word)) return `${word.slice(0, -2)}aux`;
  if (/ail$/.test(word) && /(travail|bail|vitrail|soupirail)$/.test(word)) return `${word.slice(0, -3)}aux`;
  return `${word}s`;
}

function split(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

export function nouns(list: string): Noun[] {
  return split(list).map((entry) => {
    const g = entry[0] as Gender;
    let rest = entry.slice(2);
    const aspirated = rest.startsWith('!');
    if (aspirated) rest = rest.slice(1);
    const [sg, pl] = rest.split('|') as [string, string | undefined];
    const multi = sg.includes(' ');
    return { sg, pl: pl ?? (multi ? sg : pluralOf(sg)), g, mass: multi && pl === undefined, aspirated };
  });
}

function feminineOf(ms: string): string {
  if (ms.endsWith('e')) return ms;
  if (ms.endsWith('eux')) return `${ms.slice(0, -3)}euse`;
  if (ms.endsWith('if')) return `${ms.slice(0, -2)}ive`;
  if (ms.endsWith('er')) return `${ms.slice(0, -2)}ère`;
  if (/(el|eil|ien|en|on)$/.test(ms)) return `${ms}${ms.slice(-1)}e`;
  if (ms.endsWith('eur')) return `${ms.slice(0, -3)}rice`;
  return `${ms}e`;
}

export function adjectives(list: string): Adjective[] {
  return split(list).map((entry) => {
    const before = entry.startsWith('^');
    const forms = (before ? entry.slice(1) : entry).split('|');
    const ms = forms[0]!;
    const fs = forms[1] ?? feminineOf(ms);
    const mp = forms[2] ?? pluralOf(ms);
    const fp = forms[3] ?? `${fs}s`;
    return { ms, fs, mp, fp, msVowel: forms[4] ?? ms, before };
  });
}

/** A stem ending in e/é + one consonant (or br, gr, ch…): the e opens to è before a mute ending. */
const CLOSED_SYLLABLE = /[eé]((?:[bcdfgkptv][rl])|ch|gn|[^aeiouyéèêàâîôûh])$/;

export function verbs(list: string): Verb[] {
  return split(list).map((entry) => {
    const forms = entry.split('|');
    if (forms.length >= 6) {
      const [inf, p3s, p3p, pp, fut3s, fut3p] = forms as [string, string, string, string, string, string];
      return { inf, p3s, p3p, pp, fut3s, fut3p };
    }
    // A regular -er verb, possibly followed by a particle ("mettre en place" is given in full).
    const [head, ...tail] = entry.split(' ');
    const particle = tail.length ? ` ${tail.join(' ')}` : '';
    const stem = head!.slice(0, -2);
    // célébrer → célèbre, mener → mène (and mènera); créer, présenter stay regular.
    const grave = (s: string) => s.replace(CLOSED_SYLLABLE, 'è$1');
    const opens = CLOSED_SYLLABLE.test(stem);
    const present = opens ? grave(stem) : stem;
    const future = opens && !CLOSED_SYLLABLE.exec(stem)![0].startsWith('é') ? `${grave(stem)}er` : head!;
    return {
      inf: entry,
      p3s: `${present}e${particle}`,
      p3p: `${present}ent${particle}`,
      pp: `${stem}é${particle}`,
      fut3s: `${future}a${particle}`,
      fut3p: `${future}ont${particle}`,
    };
  });
}

export const elides = (word: string, aspirated = false): boolean => !aspirated && VOWEL.test(word);

/** The agreed form of an adjective. */
export function agree(adj: Adjective, g: Gender, n: GNumber, nextWord?: string): string {
  if (n === 'pl') return g === 'm' ? adj.mp : adj.fp;
  if (g === 'f') return adj.fs;
  return nextWord !== undefined && adj.before && elides(nextWord) ? adj.msVowel : adj.ms;
}

/** Past participle agreed with a subject. */
export function participle(verb: Verb, g: Gender, n: GNumber): string {
  const [head, ...tail] = verb.pp.split(' ');
  const rest = tail.length ? ` ${tail.join(' ')}` : '';
  let form = head!;
  if (g === 'f') form += 'e';
  if (n === 'pl' && !form.endsWith('s')) form += 's';
  return form + rest;
}

export type Determiner =
  'def' | 'indef' | 'dem' | 'poss' | 'leur' | 'none' | 'plusieurs' | 'nombreux' | 'certains' | 'chaque' | 'notre' | 'tous';

/** A determiner agreed with what follows it. */
export function determiner(det: Determiner, g: Gender, n: GNumber, next: string, aspirated: boolean): string {
  const v = elides(next, aspirated);
  switch (det) {
    case 'def':
      return n === 'pl' ? 'les ' : v ? 'l’' : g === 'm' ? 'le ' : 'la ';
    case 'indef':
      return n === 'pl' ? 'des ' : g === 'm' ? 'un ' : 'une ';
    case 'dem':
      return n === 'pl' ? 'ces ' : g === 'f' ? 'cette ' : v ? 'cet ' : 'ce ';
    case 'poss':
      return n === 'pl' ? 'ses ' : g === 'f' && !v ? 'sa ' : 'son ';
    case 'leur':
      return n === 'pl' ? 'leurs ' : 'leur ';
    case 'notre':
      return n === 'pl' ? 'nos ' : 'notre ';
    case 'plusieurs':
      return 'plusieurs ';
    case 'nombreux':
      return g === 'm' ? 'de nombreux ' : 'de nombreuses ';
    case 'certains':
      return g === 'm' ? 'certains ' : 'certaines ';
    case 'chaque':
      return 'chaque ';
    case 'tous':
      return g === 'm' ? 'tous les ' : 'toutes les ';
    case 'none':
      return '';
  }
}

/** Joins a preposition and a noun phrase: du, des, au, aux, d’. */
export function withPreposition(prep: string, phrase: string): string {
  if (prep === 'de') {
    if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
    if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
    if (phrase.startsWith('des ')) return `de ${phrase.slice(4)}`;
    if (elides(phrase) && !/^h/i.test(phrase)) return `d’${phrase}`;
    return `de ${phrase}`;
  }
  if (prep === 'à') {
    if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
    if (phrase.startsWith('les ')) return `aux ${phrase.slice(4)}`;
    return `à ${phrase}`;
  }
  return `${prep} ${phrase}`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------
// General vocabulary (every topic)

export const GENERAL_NOUNS = nouns(`
  m projet, m territoire, m acteur, f structure, m partenaire, m réseau, f collectivité, f commune, m habitant,
  m emploi, f action, m dispositif, m programme, f démarche, f initiative, f entreprise, m développement,
  m accompagnement, m soutien, m financement, f aide, m besoin, m service, f activité, m élu, m agent,
  f rencontre, f réunion, m forum, m atelier, m bilan, f étude, m diagnostic, f enquête, m outil, f ressource,
  m guide, m public, m salarié, m bénévole, m adhérent, f association, f coopérative, f politique, m budget,
  m partenariat, m appel à projets|appels à projets, f stratégie, m plan, m objectif, m résultat, m enjeu, m acteur local|acteurs locaux,
  m quartier, m village, m centre-ville|centres-villes, f zone, m bassin, m département, f région, f métropole, f intercommunalité,
  m conseil, m comité, m groupe de travail|groupes de travail, f commission, f convention, m contrat, f charte, m label, m prix,
  f subvention, f enveloppe, m fonds, m crédit, m investissement, m coût, m euro, m montant, f recette, f dépense,
  m lieu, m local|locaux, m bâtiment, m espace, m site, f salle, f maison, f halle, m !hangar, f friche,
  f personne, f famille, m jeune, m senior, m retraité, f femme, m citoyen, m usager, m bénéficiaire, m porteur de projet|porteurs de projet,
  m dirigeant, m responsable, m directeur, f directrice, m président, f présidente, m maire, m adjoint, m technicien,
  m témoignage, m retour d’expérience|retours d’expérience, f expérimentation, f innovation, f transition, m changement, f évolution,
  m secteur, f filière, m marché, m modèle, m mode de gestion|modes de gestion, f gouvernance, f coopération, f mutualisation,
  f mobilisation, f sensibilisation, f formation, f information, f communication, f concertation, f participation, f animation,
  f création, f reprise, f transmission, f consolidation, f croissance, m essor, f dynamique, m levier, m frein, f difficulté,
  f solution, f réponse, f proposition, f priorité, f orientation, m axe, f mesure, f étape, f phase, m calendrier, m délai,
  f année, m mois, f semaine, f saison, m printemps, m été, f rentrée, m automne, m !hiver, f journée, f soirée, f édition,
  m événement, f manifestation, m salon, f conférence, m débat, f table ronde|tables rondes, f visite, f inauguration, f ouverture,
  m chiffre, m indicateur, f évaluation, m rapport, f synthèse, f note, m document, f délibération, m vote, f décision, m arrêté,
  f économie, m emploi local|emplois locaux, f utilité sociale, m intérêt général, m lien social|liens sociaux, f cohésion sociale,
  f solidarité, f proximité, f autonomie, f dignité, f égalité, f inclusion, f exclusion, f précarité, f pauvreté, m isolement,
  m pouvoir d’agir, f économie sociale et solidaire, f ESS, f CRESS, m ministère, f préfecture, m État, f Europe, f Banque des territoires,
  m commerçant, m artisan, m agriculteur, m producteur, m entrepreneur, f entrepreneuse, m consommateur, m fournisseur, m client,
  m volontaire, m stagiaire, m apprenti, m médiateur, m animateur, f animatrice, m coordinateur, f coordinatrice, m chargé de mission|chargés de mission,
  m savoir-faire|savoir-faire, f compétence, m métier, m poste, m recrutement, m contrat aidé|contrats aidés, m parcours, f qualification,
  f ville, m bourg, f campagne, m hameau, f vallée, m littoral, f montagne, m massif, m pays, m canton, f périphérie, m faubourg
`);

export const GENERAL_ADJECTIVES = adjectives(`
  local|locale|locaux|locales, social|sociale|sociaux|sociales, solidaire, collectif, associatif, coopératif, territorial|territoriale|territoriaux|territoriales,
  durable, public|publique|publics|publiques, privé, économique, citoyen|citoyenne, innovant, partagé, commun|commune|communs|communes, participatif,
  régional|régionale|régionaux|régionales, départemental|départementale|départementaux|départementales, municipal|municipale|municipaux|municipales,
  intercommunal|intercommunale|intercommunaux|intercommunales, national|nationale|nationaux|nationales, européen|européenne,
  rural|rurale|ruraux|rurales, urbain, périurbain, prioritaire, concret|concrète, ambitieux, important, essentiel|essentielle, nécessaire,
  large, fort, solide, fragile, précaire, vulnérable, isolé, accessible, ouvert, gratuit, payant, bénévole, salarié, professionnel|professionnelle,
  annuel|annuelle, mensuel|mensuelle, pluriannuel|pluriannuelle, exceptionnel|exceptionnelle, complet|complète, partiel|partielle, global|globale|globaux|globales,
  environnemental|environnementale|environnementaux|environnementales, écologique, numérique, culturel|culturelle, sportif, éducatif, sanitaire, médico-social|médico-sociale|médico-sociaux|médico-sociales,
  responsable, engagé, inclusif, équitable, éthique, transparent, démocratique, autonome, indépendant, complémentaire, alternatif, expérimental|expérimentale|expérimentaux|expérimentales,
  pérenne, viable, rentable, efficace, utile, visible, remarquable, exemplaire, emblématique, historique, récent, actuel|actuelle, futur, prochain, dernier|dernière,
  ^nouveau|nouvelle|nouveaux|nouvelles|nouvel, ^grand|grande|grands|grandes, ^petit|petite|petits|petites, ^premier|première|premiers|premières, ^jeune|jeune|jeunes|jeunes,
  ^beau|belle|beaux|belles|bel, ^vieux|vieille|vieux|vieilles|vieil, ^véritable|véritable|véritables|véritables, ^vaste|vaste|vastes|vastes,
  quotidien|quotidienne, concerté, structurant, stratégique, opérationnel|opérationnelle, technique, financier|financière, juridique, administratif, fiscal|fiscale|fiscaux|fiscales,
  rapide, progressif, massif, modeste, considérable, significatif, positif, négatif, mitigé, encourageant, prometteur|prometteuse, inédit, original|originale|originaux|originales,
  convivial|conviviale|conviviaux|conviviales, familial|familiale|familiaux|familiales, intergénérationnel|intergénérationnelle, populaire, rural-urbain|rurale-urbaine|rurales-urbaines|rurales-urbaines
`);

export const GENERAL_VERBS = verbs(`
  accompagner, financer, développer, créer, soutenir|soutient|soutiennent|soutenu|soutiendra|soutiendront, lancer, organiser, proposer, présenter,
  renforcer, structurer, animer, porter, mobiliser, associer, rassembler, fédérer, valoriser, encourager, favoriser, impulser, piloter, coordonner,
  réunir|réunit|réunissent|réuni|réunira|réuniront, accueillir|accueille|accueillent|accueilli|accueillera|accueilleront, ouvrir|ouvre|ouvrent|ouvert|ouvrira|ouvriront,
  offrir|offre|offrent|offert|offrira|offriront, mettre en place|met en place|mettent en place|mis en place|mettra en place|mettront en place,
  mettre en œuvre|met en œuvre|mettent en œuvre|mis en œuvre|mettra en œuvre|mettront en œuvre, conduire|conduit|conduisent|conduit|conduira|conduiront,
  construire|construit|construisent|construit|construira|construiront, produire|produit|produisent|produit|produira|produiront,
  choisir|choisit|choisissent|choisi|choisira|choisiront, investir|investit|investissent|investi|investira|investiront,
  établir|établit|établissent|établi|établira|établiront, définir|définit|définissent|défini|définira|définiront,
  promouvoir|promeut|promeuvent|promu|promouvra|promouvront, prendre en charge|prend en charge|prennent en charge|pris en charge|prendra en charge|prendront en charge,
  employer|emploie|emploient|employé|emploiera|emploieront, déployer|déploie|déploient|déployé|déploiera|déploieront,
  appeler|appelle|appellent|appelé|appellera|appelleront, accélérer|accélère|accélèrent|accéléré|accélérera|accéléreront,
  mener|mène|mènent|mené|mènera|mèneront, amener|amène|amènent|amené|amènera|amèneront, céder|cède|cèdent|cédé|cédera|céderont,
  signer, adopter, voter, engager, consacrer, mobiliser, recruter, former, informer, sensibiliser, identifier, repérer, évaluer, mesurer,
  étudier, analyser, expérimenter, tester, améliorer, simplifier, moderniser, pérenniser, consolider, diversifier, élargir|élargit|élargissent|élargi|élargira|élargiront,
  transformer, rénover, aménager, équiper, installer, implanter, relocaliser, préserver, protéger, sauvegarder, reprendre|reprend|reprennent|repris|reprendra|reprendront,
  transmettre|transmet|transmettent|transmis|transmettra|transmettront, partager, mutualiser, coopérer, dialoguer, échanger, négocier, convaincre|convainc|convainquent|convaincu|convaincra|convaincront,
  saluer, remercier, récompenser, distinguer, labelliser, attribuer, verser, allouer, augmenter, doubler, tripler, réduire|réduit|réduisent|réduit|réduira|réduiront,
  inaugurer, célébrer, fêter, dévoiler, publier, diffuser, relayer, recenser, cartographier, documenter, capitaliser, essaimer, dupliquer, généraliser
`);

// ---------------------------------------------------------------------------------------------
// Topics: what a document is about (own nouns, adjectives, verbs, and headline nouns)

export interface Topic {
  name: string;
  weight: number;
  nouns: Noun[];
  adjectives: Adjective[];
  verbs: Verb[];
  /** Kinds of organisations typical of the topic ("l’épicerie solidaire", "la recyclerie"). */
  orgKinds: Noun[];
}

function topic(name: string, weight: number, n: string, a: string, v: string, orgs: string): Topic {
  return { name, weight, nouns: nouns(n), adjectives: adjectives(a), verbs: verbs(v), orgKinds: nouns(orgs) };
}

export const TOPICS: Topic[] = [
  topic(
    'alimentation durable',
    12,
    `f alimentation durable, f alimentation, m circuit court|circuits courts, f épicerie solidaire|épiceries solidaires, m producteur local|producteurs locaux,
     m maraîchage, m maraîcher, f cantine, f restauration collective, m projet alimentaire territorial|projets alimentaires territoriaux, f AMAP, m légume, m fruit,
     f agriculture biologique, m glanage, m gaspillage alimentaire, f banque alimentaire|banques alimentaires, m panier, f vente directe, m repas, f cuisine,
     m jardin partagé|jardins partagés, m jardin, f ferme, m verger, m potager, f récolte, f semence, m élevage, f légumerie, f conserverie, m drive fermier|drives fermiers,
     f précarité alimentaire, f aide alimentaire, m colis, m invendu, f denrée, m magasin de producteurs|magasins de producteurs, f terre agricole|terres agricoles, m foncier agricole,
     f installation agricole, m paysan, f paysanne, f souveraineté alimentaire, m restaurant scolaire|restaurants scolaires, m menu, f nutrition, m goût, m marché de plein vent|marchés de plein vent,
     f filière bio, m céréale, m fromage, m pain, f boulangerie, m moulin, f coopérative agricole|coopératives agricoles, f CUMA, m abattoir, f laiterie, m miel, f apiculture`,
    `alimentaire, agricole, bio|bio|bio|bio, biologique, fermier|fermière, saisonnier|saisonnière, frais|fraîche|frais|fraîches, sain, nourricier|nourricière, paysan|paysanne,
     maraîcher|maraîchère, végétal|végétale|végétaux|végétales, local|locale|locaux|locales, raisonné, invendu, équilibré`,
    `cultiver, récolter, distribuer, cuisiner, transformer, approvisionner, nourrir|nourrit|nourrissent|nourri|nourrira|nourriront, livrer, vendre|vend|vendent|vendu|vendra|vendront, glaner, semer|sème|sèment|semé|sèmera|sèmeront`,
    `f épicerie solidaire|épiceries solidaires, f AMAP, f légumerie, f ferme, f coopérative agricole|coopératives agricoles, m jardin partagé|jardins partagés, f conserverie, m magasin de producteurs|magasins de producteurs`,
  ),
  topic(
    'économie circulaire',
    11,
    `f économie circulaire, f recyclerie, f ressourcerie, m réemploi, f réparation, m déchet, m tri, f collecte, m vêtement, m meuble, m vélo, m repair café|repair cafés,
     m compostage, m compost, m matériau, f déconstruction, m recyclage, f valorisation, m objet, m textile, m électroménager, m jouet, m livre, m appareil, f pièce détachée|pièces détachées,
     f déchetterie, m gisement, m tonnage, f tonne, m don, f boutique solidaire|boutiques solidaires, m upcycling, f matière première|matières premières, m bois, m plastique, m carton, m verre,
     m chantier de déconstruction|chantiers de déconstruction, f benne, m encombrant, f consigne, m emballage, m vrac, f obsolescence, m écoconception, m biodéchet, m atelier vélo|ateliers vélo,
     f matériauthèque, f outilthèque, m prêt, f location, f seconde main, m dépôt-vente|dépôts-ventes, f friperie, m cycle, f filière REP`,
    `circulaire, recyclé, réparable, réutilisable, jetable, usagé, durable, sobre, zéro déchet|zéro déchet|zéro déchet|zéro déchet, ménager|ménagère, textile, électrique, électronique, recyclable`,
    `collecter, trier, réparer, recycler, revendre|revend|revendent|revendu|revendra|revendront, réutiliser, valoriser, détourner, composter, donner, récupérer, démonter, reconditionner`,
    `f recyclerie, f ressourcerie, m repair café|repair cafés, f boutique solidaire|boutiques solidaires, m atelier vélo|ateliers vélo, f friperie, f matériauthèque`,
  ),
  topic(
    'insertion et emploi',
    12,
    `f insertion, m chantier d’insertion|chantiers d’insertion, f entreprise d’insertion|entreprises d’insertion, f SIAE, m demandeur d’emploi|demandeurs d’emploi, m parcours d’insertion|parcours d’insertion,
     f insertion par l’activité économique, m encadrant technique|encadrants techniques, m accompagnateur socioprofessionnel|accompagnateurs socioprofessionnels, f sortie dynamique|sorties dynamiques,
     m chômage, m chômeur de longue durée|chômeurs de longue durée, f entreprise à but d’emploi|entreprises à but d’emploi, m territoire zéro chômeur|territoires zéro chômeur, m ESAT, f entreprise adaptée|entreprises adaptées,
     m travailleur handicapé|travailleurs handicapés, m !handicap, f association intermédiaire|associations intermédiaires, f intérim d’insertion, m groupement d’employeurs|groupements d’employeurs,
     m contrat à durée déterminée d’insertion|contrats à durée déterminée d’insertion, m CDDI, f régie de quartier|régies de quartier, f mise en situation professionnelle, m stage, m tutorat, m tuteur,
     f remobilisation, m savoir-être|savoir-être, f mobilité professionnelle, m permis de conduire|permis de conduire, f garde d’enfants, m logement, f santé, f lutte contre le chômage, f France Travail,
     f mission locale|missions locales, m PLIE, m référent, m prescripteur, m employeur, f embauche, m CDI, m retour à l’emploi, m bassin d’emploi|bassins d’emploi, f main-d’œuvre, m salaire`,
    `professionnel|professionnelle, durable, qualifiant, adapté, handicapé, éloigné, inclusif, intermédiaire, socioprofessionnel|socioprofessionnelle, salarial|salariale|salariaux|salariales, long|longue`,
    `embaucher, insérer, qualifier, encadrer, orienter, prescrire|prescrit|prescrivent|prescrit|prescrira|prescriront, salarier, remobiliser, sécuriser, rémunérer, titulariser`,
    `m chantier d’insertion|chantiers d’insertion, f entreprise d’insertion|entreprises d’insertion, f régie de quartier|régies de quartier, f entreprise à but d’emploi|entreprises à but d’emploi, m ESAT, f entreprise adaptée|entreprises adaptées, f association intermédiaire|associations intermédiaires`,
  ),
  topic(
    'commande publique',
    7,
    `f commande publique, m marché public|marchés publics, f clause sociale|clauses sociales, f heure d’insertion|heures d’insertion, m acheteur public|acheteurs publics, m SPASER,
     f clause environnementale|clauses environnementales, m allotissement, m marché réservé|marchés réservés, m appel d’offres|appels d’offres, m titulaire, m facilitateur, f facilitatrice,
     m achat responsable|achats responsables, m cahier des charges|cahiers des charges, m critère, f consultation, m lot, m candidat, f candidature, m code de la commande publique,
     m sourcing, m sous-traitant, f co-traitance, m groupement, m achat, f prestation, m fournisseur solidaire|fournisseurs solidaires, m nettoyage, m entretien, f restauration,
     m espace vert|espaces verts, m bâtiment public|bâtiments publics, m BTP, m travaux, m seuil, f procédure, m acte d’engagement|actes d’engagement, m guichet, f plateforme`,
    `responsable, réservé, attribué, public|publique|publics|publiques, environnemental|environnementale|environnementaux|environnementales, contractuel|contractuelle, transparent, ouvert, adapté, social|sociale|sociaux|sociales`,
    `acheter, attribuer, réserver, allotir|allotit|allotissent|alloti|allotira|allotiront, consulter, contractualiser, intégrer, insérer, candidater, notifier`,
    `m facilitateur, f plateforme, m guichet, m groupement`,
  ),
  topic(
    'tiers-lieux',
    9,
    `m tiers-lieu|tiers-lieux, m fablab, m coworking, m atelier partagé|ateliers partagés, f manufacture de proximité|manufactures de proximité, m café associatif|cafés associatifs, f médiation numérique,
     m espace de travail partagé|espaces de travail partagés, f imprimante 3D|imprimantes 3D, m makerspace, m conciergerie, f programmation culturelle, m concert, f exposition, m spectacle,
     f résidence d’artistes|résidences d’artistes, m communauté, m usager, m occupant, f occupation temporaire, m bail, m loyer, m mobilier, m bricolage, m numérique, m ordinateur, f connexion,
     f fracture numérique, m conseiller numérique|conseillers numériques, f fabrique de territoire|fabriques de territoire, f ancienne gare|anciennes gares, f ancienne usine|anciennes usines, m presbytère, f école désaffectée|écoles désaffectées,
     f programmation, m bar associatif|bars associatifs, f guinguette, m marché de créateurs|marchés de créateurs, f ludothèque, f bibliothèque d’objets|bibliothèques d’objets, m France Tiers-Lieux`,
    `numérique, culturel|culturelle, hybride, ouvert, partagé, artistique, créatif, collaboratif, temporaire, convivial|conviviale|conviviaux|conviviales, polyvalent, modulable`,
    `fabriquer, bricoler, programmer, héberger, occuper, réhabiliter, prototyper, animer, accueillir|accueille|accueillent|accueilli|accueillera|accueilleront`,
    `m tiers-lieu|tiers-lieux, m fablab, m café associatif|cafés associatifs, f fabrique de territoire|fabriques de territoire, m coworking, f manufacture de proximité|manufactures de proximité`,
  ),
  topic(
    'monnaie locale',
    5,
    `f monnaie locale|monnaies locales, f monnaie locale complémentaire|monnaies locales complémentaires, m billet, m commerçant, m prestataire, f conversion, m bureau de change|bureaux de change,
     f circulation, m pouvoir d’achat, m coupon, m paiement, f monnaie numérique|monnaies numériques, m fonds de garantie|fonds de garantie, m change, f adhésion, m utilisateur,
     f masse monétaire, m réseau de prestataires|réseaux de prestataires, f fonte, m comptoir, f application mobile, m mécanisme, f reconversion, m euro, m commerce de proximité|commerces de proximité`,
    `monétaire, complémentaire, citoyen|citoyenne, local|locale|locaux|locales, numérique, échangé, convertible, papier|papier|papier|papier`,
    `convertir|convertit|convertissent|converti|convertira|convertiront, échanger, payer|paie|paient|payé|paiera|paieront, circuler, accepter, émettre|émet|émettent|émis|émettra|émettront, dépenser, relocaliser`,
    `f monnaie locale|monnaies locales, m comptoir, m bureau de change|bureaux de change`,
  ),
  topic(
    'coopératives',
    9,
    `f SCOP, f SCIC, f CAE, f coopérative d’activité et d’emploi|coopératives d’activité et d’emploi, m sociétaire, f part sociale|parts sociales, m coopérateur, f coopératrice, f assemblée générale|assemblées générales,
     m conseil d’administration|conseils d’administration, f reprise par les salariés, m statut, f société coopérative|sociétés coopératives, m capital, f réserve impartageable|réserves impartageables,
     m collège, f voix, m vote, m entrepreneur-salarié|entrepreneurs-salariés, f Union régionale des SCOP, f transformation en SCOP, m excédent, f ristourne, m associé, m gérant, f gérante, m sociétariat,
     f coopérative d’habitants|coopératives d’habitants, f coopérative de consommateurs|coopératives de consommateurs, f coopérative funéraire|coopératives funéraires, f coopérative jeunesse de services|coopératives jeunesse de services,
     f entreprise partagée, f démocratie économique, m un homme une voix`,
    `coopératif, démocratique, impartageable, statutaire, sociétaire, associé, salarié, collégial|collégiale|collégiaux|collégiales, multisociétaire`,
    `coopérer, statuer, élire|élit|élisent|élu|élira|éliront, répartir|répartit|répartissent|réparti|répartira|répartiront, reprendre|reprend|reprennent|repris|reprendra|reprendront, transformer, capitaliser`,
    `f SCOP, f SCIC, f CAE, f coopérative d’habitants|coopératives d’habitants, f coopérative funéraire|coopératives funéraires, f société coopérative|sociétés coopératives`,
  ),
  topic(
    'finance solidaire, mutuelles et fondations',
    7,
    `f finance solidaire, f épargne solidaire, m prêt d’honneur|prêts d’honneur, f garantie, m mécénat, m fonds de dotation|fonds de dotation, f mutuelle, f mutuelle santé|mutuelles santé,
     f complémentaire santé|complémentaires santé, f cotisation, f prévoyance, f fondation, f fondation territoriale|fondations territoriales, m microcrédit, m investisseur solidaire|investisseurs solidaires,
     m titre participatif|titres participatifs, m apport en fonds propres|apports en fonds propres, f banque coopérative|banques coopératives, m crédit coopératif, f finance participative, m financement participatif,
     f cagnotte, m don, m donateur, m philanthrope, f philanthropie, m mécène, m fonds de confiance, m contrat à impact social|contrats à impact social, m assureur, m assuré, f mutualité, m adhérent mutualiste|adhérents mutualistes,
     m reste à charge, m remboursement, m tiers payant, f santé mentale, m centre de santé|centres de santé, f épargne salariale, m livret, m placement, m label Finansol, m rendement`,
    `solidaire, mutualiste, philanthropique, financier|financière, remboursable, participatif, garanti, assuré, bancaire, patrimonial|patrimoniale|patrimoniaux|patrimoniales`,
    `épargner, prêter, garantir|garantit|garantissent|garanti|garantira|garantiront, assurer, rembourser, cotiser, placer, donner, doter, abonder, mutualiser`,
    `f mutuelle, f fondation, m fonds de dotation|fonds de dotation, f banque coopérative|banques coopératives, m fonds territorial|fonds territoriaux`,
  ),
  topic(
    'vie associative',
    11,
    `f vie associative, m bénévolat, m engagement, m service civique|services civiques, f éducation populaire, m sport, f culture, f maison des associations|maisons des associations,
     f convention pluriannuelle d’objectifs|conventions pluriannuelles d’objectifs, m forum des associations|forums des associations, m club, m centre social|centres sociaux, f MJC, m festival, m loisir,
     m volontariat, f gouvernance associative, m projet associatif|projets associatifs, f loi de 1901, m bureau, m trésorier, f trésorière, m secrétaire, f cotisation, m adhérent, m dirigeant bénévole|dirigeants bénévoles,
     m fonds pour le développement de la vie associative, m FDVA, f fédération, f tête de réseau|têtes de réseau, m mouvement, f Ligue de l’enseignement, m scoutisme, f colonie de vacances|colonies de vacances,
     m accueil de loisirs|accueils de loisirs, f pratique sportive|pratiques sportives, m spectacle vivant, f chorale, m théâtre, f troupe, m patrimoine, m musée associatif|musées associatifs`,
    `associatif, bénévole, sportif, culturel|culturelle, éducatif, populaire, militant, citoyen|citoyenne, fédératif, solidaire, festif`,
    `adhérer, militer, animer, fédérer, représenter, défendre|défend|défendent|défendu|défendra|défendront, subventionner, conventionner, s’engager|s’engage|s’engagent|engagé|s’engagera|s’engageront`,
    `f association, f fédération, m club, m centre social|centres sociaux, f MJC, f maison des associations|maisons des associations, m collectif`,
  ),
  topic(
    'habitat, énergie et mobilité',
    8,
    `m habitat participatif, m logement, m logement social|logements sociaux, f énergie renouvelable|énergies renouvelables, f centrale villageoise|centrales villageoises, m photovoltaïque, m panneau solaire|panneaux solaires,
     f rénovation énergétique, f précarité énergétique, m covoiturage, m garage solidaire|garages solidaires, m transport à la demande|transports à la demande, m autopartage, f mobilité, f mobilité solidaire, m vélo électrique|vélos électriques,
     f éolienne, m parc éolien|parcs éoliens, f chaufferie bois|chaufferies bois, m réseau de chaleur|réseaux de chaleur, f SCIC d’énergie|SCIC d’énergie, m toit, f toiture, m kilowattheure, f production d’énergie,
     m foncier, m bail réel solidaire|baux réels solidaires, m organisme de foncier solidaire|organismes de foncier solidaire, f résidence, m colocation, f colocation solidaire, m habitat inclusif, f maison partagée|maisons partagées,
     m auto-stop organisé, f plateforme de mobilité|plateformes de mobilité, m permis, f voiture, m minibus, m trajet, m déplacement, f gare, f ligne de bus|lignes de bus, m territoire rural|territoires ruraux`,
    `énergétique, renouvelable, solaire, éolien|éolienne, thermique, électrique, partagé, inclusif, abordable, participatif, décarboné, sobre`,
    `rénover, isoler, chauffer, produire|produit|produisent|produit|produira|produiront, covoiturer, transporter, déplacer, loger, héberger, raccorder, alimenter`,
    `m garage solidaire|garages solidaires, f centrale villageoise|centrales villageoises, f plateforme de mobilité|plateformes de mobilité, m habitat participatif, f SCIC d’énergie|SCIC d’énergie`,
  ),
  topic(
    'services à la personne et santé',
    8,
    `f aide à domicile, f personne âgée|personnes âgées, f petite enfance, f crèche, f crèche associative|crèches associatives, m centre de santé|centres de santé, m accès aux droits, f maison de santé|maisons de santé,
     m soin, m aidant, f aidante, f perte d’autonomie, m vieillissement, m EHPAD, f résidence autonome|résidences autonomes, m portage de repas, m service d’aide à domicile|services d’aide à domicile, f auxiliaire de vie|auxiliaires de vie,
     m médecin, f infirmière, m désert médical|déserts médicaux, f téléconsultation, m !handicap psychique, m accueil de jour|accueils de jour, m répit, f halte-garderie|haltes-garderies, m assistant maternel|assistants maternels,
     f parentalité, m lieu d’accueil enfants-parents|lieux d’accueil enfants-parents, f protection de l’enfance, m hébergement d’urgence, f maraude, m sans-abri|sans-abri, f pension de famille|pensions de famille, m CCAS, f domiciliation`,
    `âgé, dépendant, médical|médicale|médicaux|médicales, sanitaire, familial|familiale|familiaux|familiales, parental|parentale|parentaux|parentales, hospitalier|hospitalière, psychique, gériatrique, infantile`,
    `soigner, garder, héberger, aider, visiter, écouter, orienter, domicilier, prévenir|prévient|préviennent|prévenu|préviendra|préviendront, maintenir|maintient|maintiennent|maintenu|maintiendra|maintiendront`,
    `f crèche associative|crèches associatives, m centre de santé|centres de santé, m service d’aide à domicile|services d’aide à domicile, f pension de famille|pensions de famille, f maison de santé|maisons de santé`,
  ),
  topic(
    'politique publique',
    11,
    `f délibération, m conseil municipal|conseils municipaux, m conseil communautaire|conseils communautaires, m conseil départemental|conseils départementaux, m conseil régional|conseils régionaux,
     m schéma régional|schémas régionaux, m SRDEII, m pôle territorial de coopération économique|pôles territoriaux de coopération économique, m PTCE, m contrat de ville|contrats de ville,
     m quartier prioritaire|quartiers prioritaires, f ruralité, m développement local, f vice-présidence, f délégation, m mandat, f feuille de route|feuilles de route, m plan d’action|plans d’action,
     f conférence régionale de l’ESS, m Mois de l’ESS, f loi Hamon, m agrément ESUS, f entreprise solidaire d’utilité sociale|entreprises solidaires d’utilité sociale, f compétence économique,
     m développement économique, f attractivité, f revitalisation, m centre-bourg|centres-bourgs, m programme Petites villes de demain, f Action cœur de ville, m contrat de relance et de transition écologique|contrats de relance et de transition écologique,
     m CRTE, m fonds européen|fonds européens, m FSE, m FEDER, m LEADER, m GAL, f programmation européenne, f ingénierie, m observatoire, m état des lieux, m panorama, f cartographie, m recensement, f gouvernance partagée,
     f co-construction, f démocratie participative, m budget participatif|budgets participatifs, m conseil de développement|conseils de développement, f assemblée citoyenne|assemblées citoyennes`,
    `politique, municipal|municipale|municipaux|municipales, intercommunal|intercommunale|intercommunaux|intercommunales, régional|régionale|régionaux|régionales, législatif, réglementaire, institutionnel|institutionnelle,
     transversal|transversale|transversaux|transversales, sectoriel|sectorielle, européen|européenne, électoral|électorale|électoraux|électorales, consultatif`,
    `délibérer, voter, adopter, co-construire|co-construit|co-construisent|co-construit|co-construira|co-construiront, planifier, programmer, contractualiser, territorialiser, flécher, prioriser, arbitrer`,
    `f CRESS, m PTCE, m observatoire, m conseil de développement|conseils de développement`,
  ),
];

// ---------------------------------------------------------------------------------------------
// People, organisation names, time

export const FEMALE_FIRST_NAMES =
  `Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Véronique Sophie Céline Stéphanie Nadia
  Aurélie Julie Émilie Camille Léa Manon Chloé Inès Sarah Laura Élodie Claire Anne Hélène Agnès Martine Monique Brigitte Patricia Karine Laurence
  Fatima Samia Yasmina Aïcha Leïla Amina Mélanie Audrey Caroline Delphine Virginie Florence Annie Jacqueline Béatrice Corinne Pascale Muriel
  Odile Geneviève Bernadette Mathilde Juliette Louise Alice Pauline Margaux Anaïs Lucie Clémence Morgane Gwenaëlle Maëlle Solène Océane Elsa`.split(
    /\s+/,
  );
export const MALE_FIRST_NAMES =
  `Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Daniel Bernard Éric Laurent Frédéric Stéphane
  Olivier David Julien Thomas Sébastien Jérôme Pascal François Thierry Guillaume Antoine Mathieu Benoît Vincent Yannick Hervé Gilles Didier
  Mohamed Karim Rachid Samir Mehdi Yacine Hugo Lucas Louis Gabriel Arthur Raphaël Maxime Alexandre Romain Florian Kévin Jonathan Cédric
  Fabrice Lionel Ludovic Gaël Erwan Yann Loïc Killian Bastien Adrien Clément Quentin Baptiste Rémi Joël Gérard Marcel René Émile`.split(
    /\s+/,
  );
export const SURNAMES =
  `Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand
  Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier
  François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Lemaire
  Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy
  Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet
  Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur
  Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron
  Bertin Bailly Hervé Schneider Fernandez Collet Léger Bouvier Julien Prévost Millet Perrot Daniel Cousin Germain Breton Besson Langlois
  Rémy Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet
  Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Bouchet Gay Lemaître Bénard Humbert Reynaud Antoine Hoarau Perret Barthélemy
  Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Kerbrat Le_Gall Le_Goff Le_Roux Tanguy Quéré Abgrall Etcheverry
  Harismendy Oberlé Wagner Zimmermann Bensaïd Benali Haddad Mansouri Diallo Traoré Nguyen Tran Da_Silva Ferreira Pereira Rossi Bianchi`
    .split(/\s+/)
    .map((s) => s.replace('_', ' '));

/** Roles of people quoted in news items (feminine, masculine). */
export const ROLES: [string, string][] = [
  ['adjointe au maire chargée de l’économie sociale et solidaire', 'adjoint au maire chargé de l’économie sociale et solidaire'],
  ['vice-présidente chargée du développement économique', 'vice-président chargé du développement économique'],
  ['maire', 'maire'],
  ['présidente de la communauté de communes', 'président de la communauté de communes'],
  ['conseillère départementale', 'conseiller départemental'],
  ['conseillère régionale déléguée à l’ESS', 'conseiller régional délégué à l’ESS'],
  ['directrice de la CRESS', 'directeur de la CRESS'],
  ['chargée de mission ESS', 'chargé de mission ESS'],
  ['coordinatrice du pôle territorial de coopération économique', 'coordinateur du pôle territorial de coopération économique'],
  ['fondatrice de l’association', 'fondateur de l’association'],
  ['gérante de la coopérative', 'gérant de la coopérative'],
  ['présidente de l’association', 'président de l’association'],
  ['bénévole depuis dix ans', 'bénévole depuis dix ans'],
  ['salariée en insertion', 'salarié en insertion'],
  ['encadrante technique', 'encadrant technique'],
  ['directrice générale des services', 'directeur général des services'],
  ['habitante du quartier', 'habitant du quartier'],
  ['agricultrice', 'agriculteur'],
  ['commerçante partenaire', 'commerçant partenaire'],
  ['responsable des achats de la collectivité', 'responsable des achats de la collectivité'],
];

/** Names given to organisations ("la ressourcerie La Fabrique à Neuf"). {town} is replaced by a town name. */
export const ORG_NAMES =
  `La Ruche, Le Grenier, L’Établi, Le Chaînon, La Fabrique, Les Jardins de {town}, {town} Solidaire, Terre d’Envol, Envie {town},
  Les Compagnons bâtisseurs, La Petite Pousse, Le Grain de sel, Les Ateliers du Bocage, Le Relais {town}, La Clé des champs, Les Amis de la Terre,
  L’Atelier Paysan, La Navette, Le Bon Coin solidaire, Le Fil d’Ariane, La Boussole, Le Phare, L’Escale, La Passerelle, Le Tremplin, L’Envol,
  Les Potagers de {town}, La Cagette, La Louve, Le Court-Circuit, Le Panier Malin, Cœur de {town}, {town} en Transition, Alternatiba {town},
  La Recyclade, Emmaüs {town}, Le Chantier du Lac, Les Toits Partagés, Énergie Citoyenne {town}, Les Ailes du Désir, Le Carillon, La Cordée,
  Le Moulin Vert, Les Bonnes Ondes, La Grange, Le Potager Solidaire, L’Arbre à Palabres, Les Petites Mains, Le Local, L’Épicerie du Coin,
  Mille Pattes, Terres Communes, Les Semeurs, La Source, Le Rucher, Les Abeilles, Le Comptoir {town}, La Manufacture, Les Tisserands, Le Vivier,
  La Gonette, L’Eusko, La Doume, Le Sol-Violette, La Roue, La Pêche, Le Stück, La Cigale, Le Florain, La Muse, La Luciole, Le Galleco, La Graine,
  Le Retz’l, La Bulle, Le Chardon, Les Colibris {town}, Le Labo des Possibles, La Filature, La Forge, Les Usines, La Friche {town}, Le Hangar`
    .split(',')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Rarely used, precise words: the long tail of a real corpus (each appears in few documents). */
export const RARE_NOUNS = nouns(`
  f lombriculture, m lombricompostage, f permaculture, f agroforesterie, f haie bocagère|haies bocagères, m bocage, f tourbière, f zone humide|zones humides, m pastoralisme, f transhumance,
  f mycologie, f champignonnière, f brasserie artisanale|brasseries artisanales, f malterie, f cidrerie, f distillerie, f savonnerie, f tannerie, f vannerie, f poterie, f ferronnerie, f ébénisterie,
  f sérigraphie, f reliure, f typographie, f luthérie, f cordonnerie, f couture, f retoucherie, f blanchisserie, f laverie, f conciergerie rurale|conciergeries rurales, f recyclothèque,
  f grainothèque, f vélo-école|vélos-écoles, m triporteur, m vélo-cargo|vélos-cargos, f calèche, m bac à marée|bacs à marée, f péniche, m cabotage, m chanvre, m lin, f laine, m feutre, m osier,
  m torchis, m pisé, f paille, f chaux, f ardoise, m granit, m tuffeau, f meulière, m chaume, f lauze, m colombage, m bardage, f charpente, m ossature bois, f scierie, f menuiserie,
  m maréchal-ferrant|maréchaux-ferrants, m rémouleur, m sabotier, m bourrelier, m horloger, m vitrailliste, m doreur, f dentellière, f brodeuse, m tonnelier, m charron, m vannier,
  f apithérapie, f sylvothérapie, f zoothérapie, f musicothérapie, f ludopédagogie, f pédagogie Freinet, f andragogie, m compagnonnage, f itinérance, f glanerie, m troc, f gratiferia,
  m sel de Guérande, f châtaigne, f noix, m pruneau, f lentille verte|lentilles vertes, m piment d’Espelette, f mirabelle, f bergamote, m calisson, m nougat, f andouillette, m cassoulet, f garbure, f fouace,
  m kouign-amann, m far breton, f tarte tatin, f quiche, m comté, m reblochon, m roquefort, m cantal, m munster, m maroilles, m époisses, f fourme, f tomme, m brocciu, f bouillabaisse, f tapenade
`);

export const RARE_ADJECTIVES = adjectives(`
  bocager|bocagère, forestier|forestière, pastoral|pastorale|pastoraux|pastorales, montagnard, insulaire, ultramarin, transfrontalier|transfrontalière, halieutique, ostréicole, viticole,
  arboricole, apicole, piscicole, céréalier|céréalière, fromager|fromagère, artisanal|artisanale|artisanaux|artisanales, patrimonial|patrimoniale|patrimoniaux|patrimoniales, vernaculaire,
  biosourcé, géosourcé, compostable, lowtech|lowtech|lowtech|lowtech, frugal|frugale|frugaux|frugales, résilient, nomade, itinérant, saisonnal|saisonnale|saisonnaux|saisonnales
`);
