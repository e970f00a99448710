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
    facets: Type.Object({ type: FacetValues, member_kind: FacetValues, region: FacetValues, year: FacetValues }),
    suggestion: Nullable(Type.String({ description: 'A corrected query when nothing matched.' })),
    meta: PageMeta,
    links: Type.Object({ self: Type.String(), next: Nullable(Type.String()), prev: Nullable(Type.String()) }),
  },
  { title: 'SearchResponse' },
);
export type SearchResponseBody = Static<typeof SearchResponseJson>;
