/**
 * Generated members for the benchmark data set: official territories not yet used by
 * a member (a mix of communes, EPCI and départements), turned into complete MemberInput
 * values with sections and key figures.
 */
import type { Db } from '../src/db/database.ts';
import { FIGURE_KINDS } from '../src/features/members/members.schemas.ts';
import type { MemberInput } from '../src/features/members/members.service.ts';
import type { TerritoryRow } from '../src/features/territories/territories.table.ts';
import { slugify } from '../src/shared/text.ts';
import type { Random } from './random.ts';
import { memberNaming, memberSections, type TextValues } from './text.ts';

/** How many generated members of each territory kind (communes fill what départements lack). */
const MIX = { departement: 40, epci: 200 } as const;
/** Communes below this population are rarely members of such a network. */
const MIN_COMMUNE_POPULATION = 2000;

const DAY_MS = 86_400_000;

/** A random ISO date (YYYY-MM-DD) between two dates. */
export function randomDate(rng: Random, from: string, to: string): string {
  const start = Date.parse(from);
  const days = Math.floor((Date.parse(to) - start) / DAY_MS);
  return new Date(start + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** Territories with no member yet, chosen at random: `count` of them, in the mix above. */
export async function pickTerritories(db: Db, rng: Random, count: number): Promise<TerritoryRow[]> {
  const taken = new Set(
    (await db.selectFrom('members').select(['territory_kind', 'territory_code']).execute()).map(
      (m) => `${m.territory_kind}:${m.territory_code}`,
    ),
  );
  const free = (rows: TerritoryRow[]) => rows.filter((t) => !taken.has(`${t.kind}:${t.code}`));
  const all = await db
    .selectFrom('territories')
    .selectAll()
    .where('kind', 'in', ['departement', 'epci', 'commune'])
    .orderBy('kind')
    .orderBy('code')
    .execute();
  const departements = rng.sample(free(all.filter((t) => t.kind === 'departement')), MIX.departement);
  const epcis = rng.sample(free(all.filter((t) => t.kind === 'epci')), MIX.epci);
  const communes = free(all.filter((t) => t.kind === 'commune' && (t.population ?? 0) >= MIN_COMMUNE_POPULATION));
  const chosen = [...departements, ...epcis, ...rng.sample(communes, count - departements.length - epcis.length)];
  if (chosen.length < count) throw new Error(`Only ${chosen.length} free territories for ${count} members`);
  return rng.shuffle(chosen);
}

function figuresOf(rng: Random, values: TextValues): MemberInput['figures'] {
  const valueOf = {
    ess_establishments: values.establishments,
    ess_jobs: values.jobs,
    ess_employment_share: values.share,
    budget_eur: values.budget,
    staff_fte: values.staff,
  };
  return rng.sample(FIGURE_KINDS, rng.int(0, 5)).map((kind) => ({
    kind,
    value: valueOf[kind],
    year: rng.int(2019, 2025),
    source: kind === 'budget_eur' || kind === 'staff_fte' ? 'Budget primitif de la collectivité' : 'Observatoire régional de l’ESS – CRESS',
  }));
}

/** A complete member for a territory; `usedSlugs` keeps slugs unique (and is updated). */
export function generateMember(rng: Random, territory: TerritoryRow, usedSlugs: Set<string>): MemberInput {
  const { name, of } = memberNaming(territory);
  let slug = slugify(name);
  if (usedSlugs.has(slug)) slug = `${slug}-${territory.code.toLowerCase()}`;
  usedSlugs.add(slug);
  const population = territory.population ?? 5000;
  const establishments = Math.max(3, Math.round((population / 100) * (0.6 + rng.next() * 0.8)));
  const values: TextValues = {
    of,
    establishments,
    jobs: Math.round(establishments * (6 + rng.next() * 8)),
    share: Math.round((6 + rng.next() * 10) * 10) / 10,
    budget: Math.round((population * (0.5 + rng.next() * 4)) / 1000) * 1000 || 5000,
    staff: Math.max(1, Math.round(Math.log10(population) * rng.next() * 3)),
  };
  return {
    slug,
    name,
    territory: { kind: territory.kind, code: territory.code },
    joinedYear: rng.int(2008, 2026),
    status: rng.chance(0.92) ? 'active' : 'former',
    website: rng.chance(0.6) ? `https://www.${slug}.fr` : null,
    updatedAt: randomDate(rng, '2018-01-01', '2026-11-01'),
    sections: memberSections(rng, values),
    figures: figuresOf(rng, values),
  };
}
