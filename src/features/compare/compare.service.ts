/**
 * Comparisons between members (`/comparer?membres=a,b,c`): reading the requested slugs and
 * loading the profiles to compare. Bad requests become a value the page shows next to its form.
 */
import type { Db } from '../../db/database.ts';
import { getProfile } from '../members/members.public.ts';
import { presentProfile, type ProfileView } from '../members/members.public.ts';
import { COMPARE_MAX } from '../../shared/links.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { buildComparison, type ComparisonView, type SireneComparison } from './compare.present.ts';
import { getTerritoryObservatory } from '../observatory/observatory.public.ts';

/**
 * The slugs of a `membres` parameter: comma-separated (`a,b,c`) or repeated (`membres=a&membres=b`,
 * what the form's checkboxes send), trimmed, lower-cased, without duplicates, in order.
 */
export function parseMemberSlugs(raw: string | string[] | undefined): string[] {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const slugs = values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(slugs)];
}

export type Comparison = { ok: true; view: ComparisonView } | { ok: false; message: string; members: ProfileView[] };

/** The `annee` parameter: a four-digit year, or null (each indicator's best year). */
export function parseYear(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw.trim())) return null;
  const year = Number(raw.trim());
  return year >= 1980 && year <= 2100 ? year : null;
}

/** Loads the profiles of the given slugs, or says in French what is wrong with the request. */
export async function getComparison(db: Db, slugs: string[], year: number | null = null): Promise<Comparison> {
  if (slugs.length > COMPARE_MAX) {
    return {
      ok: false,
      members: [],
      message: `Vous pouvez comparer au plus ${COMPARE_MAX} adhérents à la fois (${slugs.length} demandés). Retirez-en quelques-uns de la sélection.`,
    };
  }
  const now = new Date();
  const found = await Promise.all(
    slugs.map(async (slug) => {
      // Only plausible slugs reach the database; anything else is unknown.
      const profile = /^[a-z0-9-]{1,120}$/.test(slug) ? await getProfile(db, slug) : undefined;
      return { slug, view: profile ? presentProfile(profile, now) : undefined };
    }),
  );
  const members = found.flatMap((f) => (f.view ? [f.view] : []));
  const unknown = found.filter((f) => !f.view).map((f) => `« ${f.slug.slice(0, 60)} »`);
  if (unknown.length > 0) {
    const message =
      unknown.length === 1
        ? `Aucun adhérent ne correspond à ${unknown[0]}. Vérifiez l’adresse ou choisissez les adhérents dans la liste.`
        : `Aucun adhérent ne correspond à ${unknown.slice(0, -1).join(', ')} ni à ${unknown.at(-1)}. Vérifiez l’adresse ou choisissez les adhérents dans la liste.`;
    return { ok: false, members, message };
  }
  const view = buildComparison(members, await listIndicators(db, { publicOnly: true }), year);
  return { ok: true, view: { ...view, sirene: await sireneOf(db, members) } };
}

/** Each member's territory's ESS from the latest SIRENE extract, or null when none was imported. */
async function sireneOf(db: Db, members: ProfileView[]): Promise<SireneComparison | null> {
  const figures = await Promise.all(members.map((m) => getTerritoryObservatory(db, m.territory.kind, m.territory.code)));
  const first = figures.find((f) => f !== null);
  if (!first) return null;
  return {
    extractDate: first.extractDate,
    synthetic: first.synthetic,
    cells: figures.map((f) =>
      f ? { employers: f.ess.employers, share: f.employerShare, staffMin: f.ess.staffMin, staffMax: f.ess.staffMax } : null,
    ),
  };
}
