/**
 * French text for the generated members: names from official territories, and profile
 * sections assembled from plausible sentences about the social and solidarity economy.
 */
import type { SectionKind } from '../src/features/members/members.schemas.ts';
import type { TerritoryRow } from '../src/features/territories/territories.table.ts';
import type { Random } from './random.ts';

const EPCI_PREFIXES: [RegExp, string][] = [
  [/^CC /, 'Communauté de communes '],
  [/^CA /, 'Communauté d’agglomération '],
  [/^CU /, 'Communauté urbaine '],
];

/** "de X", or "d’X" before a vowel or a mute h. */
export function deName(name: string): string {
  return /^[AEIOUYÉÈÎÂH]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** The display name of a member and the "de …" phrase that names its territory in sentences. */
export function memberNaming(territory: TerritoryRow): { name: string; of: string } {
  if (territory.kind === 'epci') {
    const name = EPCI_PREFIXES.reduce((n, [re, full]) => n.replace(re, full), territory.name);
    return { name, of: `de la ${name.charAt(0).toLowerCase()}${name.slice(1)}` };
  }
  if (territory.kind === 'departement')
    return { name: `Département ${deName(territory.name)}`, of: `du département ${deName(territory.name)}` };
  const town = (territory.population ?? 0) >= 10_000 ? 'Ville' : 'Commune';
  return { name: `${town} ${deName(territory.name)}`, of: deName(territory.name) };
}

const PANORAMA = [
  'Le territoire {of} compte {establishments} établissements employeurs de l’économie sociale et solidaire, qui emploient près de {jobs} salariés.',
  'Les associations concentrent l’essentiel de ces emplois, en particulier dans l’action sociale, l’aide à domicile, le sport et la culture.',
  'Les coopératives agricoles et les mutuelles d’assurance y occupent une place historique, héritée d’une longue tradition d’entraide.',
  'Plusieurs tiers-lieux ont ouvert ces dernières années, souvent sous la forme de sociétés coopératives d’intérêt collectif (SCIC).',
  'L’ESS représente environ {share} % de l’emploi salarié privé, une part supérieure à la moyenne nationale.',
  'Les structures d’insertion par l’activité économique accueillent chaque année plusieurs centaines de personnes éloignées de l’emploi.',
  'Une recyclerie, une épicerie solidaire et un garage associatif complètent un tissu d’initiatives très ancré dans les quartiers.',
  'La chambre régionale de l’ESS (CRESS) publie un état des lieux actualisé tous les deux ans, qui sert de base au dialogue avec les acteurs.',
];
const BUDGET = [
  'Le budget primitif consacre <strong>{budget} €</strong> au soutien de l’ESS, hors fonds européens et hors commande publique.',
  'Ces crédits financent des subventions de fonctionnement aux têtes de réseau, des aides aux projets et l’animation du territoire.',
  'Une équipe de {staff} agents, rattachée à la direction du développement économique, instruit les dossiers et suit les partenariats.',
  'La collectivité mobilise également des clauses sociales dans ses marchés, qui représentent plusieurs dizaines de milliers d’heures d’insertion par an.',
  'Une partie de l’enveloppe abonde un fonds territorial de prêts d’honneur géré avec un réseau d’accompagnement reconnu.',
];
const PROGRAMME = [
  'La politique {of} en faveur de l’ESS s’inscrit dans le projet de territoire adopté pour la durée du mandat.',
  'Elle poursuit trois objectifs : favoriser la création d’emplois de qualité, soutenir l’innovation sociale et faire de la commande publique un levier pour les entreprises d’insertion.',
  'Un comité de suivi réunit deux fois par an les élus, les services, la CRESS et les représentants des structures du territoire.',
  'Le programme accorde une attention particulière aux quartiers prioritaires de la politique de la ville et aux communes rurales.',
  'Un appel à projets annuel permet de repérer les initiatives nouvelles et de les accompagner pendant leurs trois premières années.',
];
const ACTIONS = [
  'soutien à la création d’une ressourcerie dans une ancienne friche industrielle',
  'accompagnement de la reprise d’une entreprise locale par ses salariés sous forme de SCOP',
  'financement d’un incubateur d’innovation sociale porté par un réseau associatif',
  'aide au démarrage d’une épicerie solidaire et d’un réseau de paniers de producteurs',
  'mise à disposition de locaux pour un tiers-lieu associatif et numérique',
  'organisation d’un forum annuel de l’ESS pendant le Mois de l’économie sociale et solidaire',
  'participation au capital d’une SCIC de production d’énergie renouvelable citoyenne',
  'appui à un chantier d’insertion dans l’entretien des espaces naturels',
  'création d’un pôle territorial de coopération économique avec les communes voisines',
  'soutien à une coopérative d’activité et d’emploi pour les porteurs de projet',
];
const OTHER_HEADINGS = [
  'Partenaires du territoire',
  'Contacts et accompagnement',
  'Bilan de la dernière conférence territoriale',
  'Perspectives pour les prochaines années',
];

export interface TextValues {
  of: string;
  establishments: number;
  jobs: number;
  share: number;
  budget: number;
  staff: number;
}

function fill(template: string, values: TextValues): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key as keyof TextValues];
    return typeof value === 'number' ? value.toLocaleString('fr-FR') : value;
  });
}

function paragraphs(rng: Random, bank: readonly string[], values: TextValues, count: number): string {
  const parts: string[] = [];
  for (let p = 0; p < count; p++) {
    parts.push(
      `<p>${rng
        .sample(bank, rng.int(2, 3))
        .map((s) => fill(s, values))
        .join(' ')}</p>`,
    );
  }
  return parts.join('');
}

/** 2 to 4 sections of a profile, each a few paragraphs (or a list for actions). */
export function memberSections(rng: Random, values: TextValues): { kind: SectionKind; heading?: string; html: string }[] {
  const canonical: SectionKind[] = ['panorama', 'budget', 'programme', 'actions'];
  const kinds = rng.sample(canonical, rng.int(2, 4)).sort((a, b) => canonical.indexOf(a) - canonical.indexOf(b));
  if (kinds.length < 4 && rng.chance(0.3)) kinds.push('other');
  return kinds.map((kind) => {
    if (kind === 'panorama') return { kind, html: paragraphs(rng, PANORAMA, values, rng.int(2, 4)) };
    if (kind === 'budget') return { kind, html: paragraphs(rng, BUDGET, values, rng.int(1, 3)) };
    if (kind === 'programme') return { kind, html: paragraphs(rng, PROGRAMME, values, rng.int(2, 3)) };
    if (kind === 'actions') {
      const items = rng.sample(ACTIONS, rng.int(3, 6)).map((a) => `<li>${a.charAt(0).toUpperCase()}${a.slice(1)} ;</li>`);
      return { kind, html: `<ul>${items.join('')}</ul>${paragraphs(rng, PROGRAMME, values, 1)}` };
    }
    return { kind, heading: rng.pick(OTHER_HEADINGS), html: paragraphs(rng, [...PANORAMA, ...PROGRAMME], values, rng.int(1, 2)) };
  });
}
