/** JSON presenters of the members API (snake_case, absolute URLs). */
import type { DirectoryItemView, ProfileView } from './members.present.ts';
import type { Figure } from './members.service.ts';
import type { MemberDetailBody, MemberSummaryBody } from './members.schemas.ts';

export function presentMemberSummaryJson(item: DirectoryItemView, publicUrl: string): MemberSummaryBody {
  return {
    slug: item.slug,
    name: item.name,
    kind: item.kind,
    status: item.status,
    joined_year: item.joinedYear,
    updated_at: item.updatedAt,
    stale: item.stale,
    territory: item.territory,
    departement: item.departement,
    region: item.region,
    is_demo: item.isDemo,
    url: `${publicUrl}/adherents/${item.slug}`,
  };
}

export function presentMemberDetailJson(p: ProfileView, publicUrl: string): MemberDetailBody {
  return {
    slug: p.slug,
    name: p.name,
    kind: p.kind,
    status: p.status,
    joined_year: p.joinedYear,
    updated_at: p.updatedAt,
    stale: p.stale,
    territory: p.territory,
    departement: p.departement ? { code: p.departement.code, name: p.departement.name } : null,
    region: p.region ? { code: p.region.code, name: p.region.name } : null,
    is_demo: p.isDemo,
    url: `${publicUrl}/adherents/${p.slug}`,
    website: p.website,
    population: p.population,
    budget_per_inhabitant: p.budgetPerInhabitant
      ? {
          value: p.budgetPerInhabitant.value,
          budget_year: p.budgetPerInhabitant.budgetYear,
          population_year: p.budgetPerInhabitant.populationYear,
        }
      : null,
    sections: p.sections,
    figures: p.figures.map(figureJson),
    indicators: p.series.map((s) => ({
      code: s.indicator.code,
      label: s.indicator.label,
      unit: s.indicator.unit,
      definition: s.indicator.definition,
      latest: figureJson(s.latest),
      series: s.history.map(figureJson),
    })),
    news_url: `${publicUrl}/api/v1/news?member=${encodeURIComponent(p.slug)}`,
  };
}

function figureJson(f: Figure) {
  return {
    kind: f.kind,
    label: f.label,
    value: f.value,
    unit: f.unit,
    year: f.year,
    source: f.source,
    status: f.status,
    follows_definition: f.followsDefinition,
    definition_note: f.definitionNote,
    confirmed: f.status !== 'extracted',
  };
}
