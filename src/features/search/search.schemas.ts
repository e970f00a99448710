/** Schemas of the search API, with their inferred types. */
import { Type, type Static, type TSchema } from 'typebox';
import { PageMeta, StringEnum } from '../../web/api.ts';
import { DOC_TYPES } from './search.table.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const FacetValues = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));

export const SearchResultJson = Type.Object({
  type: StringEnum(DOC_TYPES),
  slug: Type.String(),
  title: Type.String(),
  title_html: Type.String({ description: 'Escaped title with <mark> around matched words.' }),
  snippet_html: Type.String({ description: 'Escaped extract with <mark> around matched words.' }),
  date: Type.String({ format: 'date-time' }),
  member_kind: Nullable(Type.String()),
  region: Nullable(Type.String()),
  members: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  url: Type.String(),
});

export const SearchResponseJson = Type.Object(
  {
    data: Type.Array(SearchResultJson),
    facets: Type.Object(
      { type: FacetValues, member_kind: FacetValues, region: FacetValues, year: FacetValues, theme: FacetValues },
      {
        description: 'Counts per value (theme: theme slugs). Approximate when `approximate.facets`.',
      },
    ),
    approximate: Type.Object({
      total: Type.Boolean({
        description:
          'More documents match than search reads (`sample_size`, or `examined` with filters): `meta.total` is a lower bound, and results are ranked among the most recent matches.',
      }),
      facets: Type.Boolean({ description: 'Facet counts cover the `sample_size` most recent matches only.' }),
      sample_size: Type.Integer({ description: 'Matches read at most per query.' }),
      examined: Nullable(
        Type.Integer({
          description:
            'Set when the filters were tested on this many of the most recent matches only, more matching: `meta.total` is then a lower bound (possibly 0).',
        }),
      ),
    }),
    suggestion: Nullable(Type.String({ description: 'A corrected query when nothing matched.' })),
    meta: PageMeta,
    links: Type.Object({ self: Type.String(), next: Nullable(Type.String()), prev: Nullable(Type.String()) }),
  },
  { title: 'SearchResponse' },
);
export type SearchResponseBody = Static<typeof SearchResponseJson>;
