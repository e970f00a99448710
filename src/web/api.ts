/**
 * Shared pieces of the JSON API (/api/v1): pagination parameters and envelope,
 * RFC 9457 problem details.
 */
import { Type, type Static, type TSchema } from 'typebox';

export const PaginationQuery = {
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1, description: 'Page number, from 1.' }),
  per_page: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (at most 100).' }),
};

export const PageMeta = Type.Object({
  page: Type.Integer(),
  per_page: Type.Integer(),
  total: Type.Integer({ description: 'Number of items matching the query, all pages.' }),
  page_count: Type.Integer(),
});

/** `{ data: [...], meta, links }` */
export function Paginated<T extends TSchema>(item: T) {
  return Type.Object({
    data: Type.Array(item),
    meta: PageMeta,
    links: Type.Object({
      self: Type.String(),
      next: Type.Union([Type.String(), Type.Null()]),
      prev: Type.Union([Type.String(), Type.Null()]),
    }),
  });
}

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
  },
  { title: 'Problem', description: 'RFC 9457 problem details' },
);
export type ProblemBody = Static<typeof Problem>;

/** Builds the `meta` and `links` of a page; `base` is the absolute URL of the list with its query. */
export function pageEnvelope(base: URL, page: number, perPage: number, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const link = (p: number) => {
    const url = new URL(base);
    url.searchParams.set('page', String(p));
    url.searchParams.set('per_page', String(perPage));
    return url.toString();
  };
  return {
    meta: { page, per_page: perPage, total, page_count: pageCount },
    links: {
      self: link(page),
      next: page < pageCount ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, pageCount)) : null,
    },
  };
}

/** A string enum that OpenAPI shows as `enum` and TypeScript infers as a union of literals. */
export function StringEnum<const T extends readonly string[]>(values: T, options: { default?: T[number]; description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
