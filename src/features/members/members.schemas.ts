/**
 * Members: the vocabulary of a member profile (kinds, section kinds, key figures)
 * and the TypeBox schemas of the public API, with their inferred types.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { StringEnum } from '../../web/api.ts';
import { VALUE_STATUSES } from '../indicators/indicators.public.ts';

import { MEMBER_KINDS } from '../../shared/member-kinds.ts';

export { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';

export const MEMBER_STATUSES = ['active', 'former'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** The four canonical sections of a profile, plus free sections with their own heading. */
export const SECTION_KINDS = ['panorama', 'budget', 'programme', 'actions', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SECTION_HEADINGS: Record<Exclude<SectionKind, 'other'>, string> = {
  panorama: 'Panorama de l’ESS sur le territoire',
  budget: 'Budget annuel consacré à l’ESS',
  programme: 'Programme d’intervention dans le champ de l’ESS',
  actions: 'Exemples d’actions soutenues par la collectivité',
};

/**
 * The five indicators every network starts with (seeded by migration 20261209T0900, then edited
 * by the network in /admin/indicateurs): the importer recognises them in a page's text, and their
 * unit is the default of a figure given without one. Labels shown anywhere come from the indicators.
 */
export const FIGURE_KINDS = ['ess_establishments', 'ess_jobs', 'ess_employment_share', 'budget_eur', 'staff_fte'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const FIGURE_DEFINITIONS: Record<FigureKind, { label: string; unit: string }> = {
  ess_establishments: { label: 'Établissements employeurs de l’ESS', unit: 'établissements' },
  ess_jobs: { label: 'Emplois dans l’ESS', unit: 'emplois' },
  ess_employment_share: { label: 'Part de l’ESS dans l’emploi local', unit: '%' },
  budget_eur: { label: 'Budget annuel consacré à l’ESS', unit: '€' },
  staff_fte: { label: 'Agents dédiés à l’ESS', unit: 'ETP' },
};

// --- JSON API ---------------------------------------------------------------

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Place = Type.Object({ code: Type.String(), name: Type.String() });

const FigureJson = Type.Object(
  {
    kind: Type.String({ description: 'Code of the indicator.' }),
    label: Type.String(),
    value: Type.Number(),
    unit: Type.String(),
    year: Nullable(Type.Integer()),
    source: Nullable(Type.String()),
    status: StringEnum(VALUE_STATUSES, {
      description:
        'extracted: read from the text of a former page, to confirm; declared: given by the member; validated: checked by the network.',
    }),
    follows_definition: Nullable(
      Type.Boolean({ description: 'The member states that the value follows the indicator’s definition; null: not stated.' }),
    ),
    definition_note: Nullable(Type.String({ description: 'How the value differs from the definition, when it does.' })),
    confirmed: Type.Boolean({
      description: 'False for a value read from an imported page, not yet confirmed by a person (status extracted).',
    }),
  },
  { title: 'IndicatorValue' },
);

const memberSummaryProps = {
  slug: Type.String(),
  name: Type.String(),
  kind: StringEnum(MEMBER_KINDS),
  status: StringEnum(MEMBER_STATUSES),
  joined_year: Nullable(Type.Integer()),
  updated_at: Type.String({ format: 'date-time', description: 'Date of the last published content change.' }),
  stale: Type.Boolean({ description: 'Not updated for more than two years.' }),
  territory: Type.Object({
    kind: Type.String(),
    code: Type.String({ description: 'INSEE code, or SIREN for an EPCI.' }),
    name: Type.String(),
  }),
  departement: Nullable(Place),
  region: Nullable(Place),
  is_demo: Type.Boolean(),
  url: Type.String({ description: 'Public profile page.' }),
};

export const MemberSummaryJson = Type.Object(memberSummaryProps, { title: 'MemberSummary' });

export const MemberDetailJson = Type.Object(
  {
    ...memberSummaryProps,
    website: Nullable(Type.String()),
    population: Nullable(Type.Object({ value: Type.Integer(), year: Type.Integer(), source: Type.String() })),
    budget_per_inhabitant: Nullable(
      Type.Object({ value: Type.Number(), budget_year: Nullable(Type.Integer()), population_year: Type.Integer() }),
    ),
    sections: Type.Array(Type.Object({ kind: StringEnum(SECTION_KINDS), heading: Type.String(), html: Type.String() })),
    figures: Type.Array(FigureJson, { description: 'Every value of a public indicator, by indicator then year.' }),
    indicators: Type.Array(
      Type.Object({
        code: Type.String(),
        label: Type.String(),
        unit: Type.String(),
        definition: Type.String(),
        latest: FigureJson,
        series: Type.Array(FigureJson, { description: 'Every year given, oldest first.' }),
      }),
      { description: 'The network’s public indicators this member gives, each with its series.' },
    ),
    news_url: Type.String(),
  },
  { title: 'MemberDetail' },
);

export type MemberSummaryBody = Static<typeof MemberSummaryJson>;
export type MemberDetailBody = Static<typeof MemberDetailJson>;

/** Filters of the member list (combined with the pagination parameters). */
export const MemberListQuery = {
  kind: Type.Optional(StringEnum(MEMBER_KINDS)),
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'INSEE code of a région.' })),
  joined_year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, accents and case ignored.' })),
  status: Type.Optional(StringEnum(['active', 'former', 'all'], { default: 'active' })),
  sort: Type.Optional(StringEnum(['name', 'joined', 'updated'], { default: 'name' })),
};
