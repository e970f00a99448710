/**
 * Synthetic SIRENE stock files (issue 18): the real headers, realistic shares (about 6 % of legal
 * units in the ESS, mostly associations; about one employer establishment in ten in the ESS;
 * establishments spread over communes by population, Paris, Lyon and Marseille by arrondissement;
 * ceased units, closed establishments, unknown staff bands, partially diffusible rows), seeded, so
 * that the demo, the tests and the benchmark read the same shapes as INSEE's files. No real
 * extract is available offline; pages say these figures are synthetic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { familyOf } from './observatory.codes.ts';

/** StockUniteLegale's header as published (2025). */
export const LEGAL_UNIT_HEADER =
  'siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,activitePrincipaleNAF25UniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,caractereEmployeurUniteLegale';

/** StockEtablissement's header as published (2025). */
export const ESTABLISHMENT_HEADER =
  'siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,trancheEffectifsEtablissement,anneeEffectifsEtablissement,activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,numeroVoieEtablissement,indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,activitePrincipaleNAF25Etablissement,caractereEmployeurEtablissement';

export interface SyntheticOptions {
  outDir: string;
  /** How many legal units; establishments are about 1.3 times as many. */
  legalUnits: number;
  /** Communes to spread establishments over, weighted by population. */
  communes: { code: string; name: string; population: number | null; postcode: string | null }[];
  /** The extract's date (YYYY-MM-DD): the latest processing date in the files. */
  date: string;
  seed?: number;
  progress?: (written: number) => void;
}

/** A small seeded generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted choices. */
function weighted<T>(choices: [T, number][]): (r: number) => T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r * total;
    for (const [value, w] of choices) if ((x -= w) < 0) return value;
    return choices.at(-1)![0];
  };
}

const ESS_CATEGORY = weighted<string>([
  ['9220', 70],
  ['9210', 3],
  ['9230', 2],
  ['5460', 4],
  ['5458', 3],
  ['6317', 3],
  ['5560', 1],
  ['8210', 3],
  ['9300', 1],
  ['5710', 7],
  ['5499', 3],
]);
const OTHER_CATEGORY = weighted<string>([
  ['1000', 45],
  ['5710', 22],
  ['5499', 18],
  ['6540', 8],
  ['7210', 2],
  ['5599', 5],
]);
const ESS_NAF: Record<string, string[]> = {
  association: ['88.99B', '94.99Z', '85.59A', '93.12Z', '90.01Z', '87.90B', '88.10B', '94.12Z'],
  cooperative: ['01.61Z', '47.11F', '43.21A', '62.01Z', '10.51A', '64.19Z'],
  mutuelle: ['65.12Z', '86.10Z'],
  fondation: ['72.19Z', '86.10Z', '88.99B'],
  societe: ['70.22Z', '56.10A', '38.32Z', '88.99B'],
};
const OTHER_NAF = ['47.11B', '56.10A', '43.99C', '68.20A', '70.22Z', '62.01Z', '45.20A', '86.21Z', '96.02A', '49.41A', '01.11Z', '25.62B'];
const EMPLOYER_BAND = weighted<string>([
  ['01', 35],
  ['02', 25],
  ['03', 15],
  ['11', 12],
  ['12', 8],
  ['21', 3],
  ['22', 1.2],
  ['31', 0.3],
  ['32', 0.3],
  ['41', 0.12],
  ['42', 0.05],
  ['51', 0.02],
  ['52', 0.007],
  ['53', 0.003],
]);
const NON_EMPLOYER_BAND = weighted<string>([
  ['NN', 60],
  ['', 30],
  ['00', 10],
]);
const ARRONDISSEMENTS: Record<string, string[]> = {
  '75056': Array.from({ length: 20 }, (_, i) => String(75101 + i)),
  '69123': Array.from({ length: 9 }, (_, i) => String(69381 + i)),
  '13055': Array.from({ length: 16 }, (_, i) => String(13201 + i)),
};

/** Writes StockUniteLegale.csv and StockEtablissement.csv in `outDir`; returns their paths and counts. */
export async function writeSyntheticSirene(
  options: SyntheticOptions,
): Promise<{ unitesLegales: string; etablissements: string; legalUnits: number; establishments: number }> {
  const rng = random(options.seed ?? 20261101);
  fs.mkdirSync(options.outDir, { recursive: true });
  const unitesLegales = path.join(options.outDir, 'StockUniteLegale.csv');
  const etablissements = path.join(options.outDir, 'StockEtablissement.csv');
  const ul = fs.createWriteStream(unitesLegales);
  const et = fs.createWriteStream(etablissements);
  const write = async (stream: fs.WriteStream, text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  // Cumulative weights over the communes, for a binary search.
  const cumulative: number[] = [];
  let sum = 0;
  for (const c of options.communes) cumulative.push((sum += Math.max(1, c.population ?? 1)));
  const pickCommune = () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return options.communes[lo]!;
  };
  const ulColumns = LEGAL_UNIT_HEADER.split(',').length;
  const etColumns = ESTABLISHMENT_HEADER.split(',').length;
  const ulIndex = Object.fromEntries(LEGAL_UNIT_HEADER.split(',').map((c, i) => [c, i]));
  const etIndex = Object.fromEntries(ESTABLISHMENT_HEADER.split(',').map((c, i) => [c, i]));
  await write(ul, `${LEGAL_UNIT_HEADER}\n`);
  await write(et, `${ESTABLISHMENT_HEADER}\n`);
  const year = Number(options.date.slice(0, 4));
  let establishments = 0;
  let ulBuffer = '';
  let etBuffer = '';
  for (let i = 0; i < options.legalUnits; i++) {
    const siren = String(100_000_000 + i);
    const ess = rng() < 0.06 ? 'O' : rng() < 0.85 ? 'N' : '';
    const category = ess === 'O' ? ESS_CATEGORY(rng()) : OTHER_CATEGORY(rng());
    const ceased = rng() < 0.3;
    const count = rng() < 0.85 ? 1 : rng() < 0.66 ? 2 : 3 + Math.floor(rng() * 3);
    const u: string[] = new Array(ulColumns).fill('');
    u[ulIndex.siren!] = siren;
    u[ulIndex.statutDiffusionUniteLegale!] = rng() < 0.95 ? 'O' : 'P';
    u[ulIndex.dateCreationUniteLegale!] = `${1950 + Math.floor(rng() * (year - 1950))}-0${1 + Math.floor(rng() * 9)}-15`;
    u[ulIndex.dateDernierTraitementUniteLegale!] =
      i === 0 ? `${options.date}T03:12:45.000` : `${year - 1 - Math.floor(rng() * 5)}-06-1${Math.floor(rng() * 9)}T10:00:00.000`;
    u[ulIndex.etatAdministratifUniteLegale!] = ceased ? 'C' : 'A';
    u[ulIndex.denominationUniteLegale!] =
      category === '1000' ? '' : `${familyOf(category) === 'association' ? 'ASSOCIATION' : 'SOCIETE'} ${i}`;
    u[ulIndex.nomUniteLegale!] = category === '1000' ? `NOM${i}` : '';
    u[ulIndex.categorieJuridiqueUniteLegale!] = category;
    u[ulIndex.nicSiegeUniteLegale!] = '00011';
    u[ulIndex.economieSocialeSolidaireUniteLegale!] = ess;
    ulBuffer += `${u.join(',')}\n`;
    const family = familyOf(category);
    for (let n = 0; n < count; n++) {
      const commune = pickCommune();
      const arrondissements = ARRONDISSEMENTS[commune.code];
      const code = arrondissements ? arrondissements[Math.floor(rng() * arrondissements.length)]! : commune.code;
      const active = !ceased && rng() < 0.85;
      const employer = active && rng() < (ess === 'O' ? 0.45 : 0.25);
      const nafs = ess === 'O' ? ESS_NAF[family]! : OTHER_NAF;
      const e: string[] = new Array(etColumns).fill('');
      const nic = String(11 + n * 10).padStart(5, '0');
      e[etIndex.siren!] = siren;
      e[etIndex.nic!] = nic;
      e[etIndex.siret!] = siren + nic;
      e[etIndex.statutDiffusionEtablissement!] = rng() < 0.95 ? 'O' : 'P';
      e[etIndex.trancheEffectifsEtablissement!] = employer ? EMPLOYER_BAND(rng()) : NON_EMPLOYER_BAND(rng());
      e[etIndex.anneeEffectifsEtablissement!] = employer ? String(year - 2) : '';
      e[etIndex.etablissementSiege!] = n === 0 ? 'true' : 'false';
      e[etIndex.codePostalEtablissement!] = commune.postcode ?? '';
      e[etIndex.libelleCommuneEtablissement!] = `"${commune.name.toUpperCase().replace(/"/g, '""')}"`;
      e[etIndex.codeCommuneEtablissement!] = code;
      e[etIndex.etatAdministratifEtablissement!] = active ? 'A' : 'F';
      e[etIndex.activitePrincipaleEtablissement!] = nafs[Math.floor(rng() * nafs.length)]!;
      e[etIndex.nomenclatureActivitePrincipaleEtablissement!] = 'NAFRev2';
      e[etIndex.caractereEmployeurEtablissement!] = employer ? 'O' : 'N';
      etBuffer += `${e.join(',')}\n`;
      establishments++;
    }
    if (ulBuffer.length > 1 << 20) {
      await write(ul, ulBuffer);
      ulBuffer = '';
    }
    if (etBuffer.length > 1 << 20) {
      await write(et, etBuffer);
      etBuffer = '';
      options.progress?.(i + 1);
    }
  }
  await write(ul, ulBuffer);
  await write(et, etBuffer);
  ul.end();
  et.end();
  await Promise.all([once(ul, 'finish'), once(et, 'finish')]);
  return { unitesLegales, etablissements, legalUnits: options.legalUnits, establishments };
}
