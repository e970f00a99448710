/** Schemas of the news API, with their inferred types. */
import { Type, type Static } from 'typebox';

export const NewsJson = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    body_html: Type.String({ description: 'Sanitized HTML.' }),
    published_at: Type.String({ format: 'date-time' }),
    updated_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    members: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), url: Type.String() })),
    themes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
    image: Type.Union([
      Type.Object({
        url: Type.String(),
        alt: Type.String({ description: 'Alternative text written by the author.' }),
        width: Type.Union([Type.Integer(), Type.Null()]),
        height: Type.Union([Type.Integer(), Type.Null()]),
      }),
      Type.Null(),
    ]),
    is_demo: Type.Boolean(),
    url: Type.String(),
  },
  { title: 'News' },
);
export type NewsBody = Static<typeof NewsJson>;

export const NewsListQuery = {
  member: Type.Optional(Type.String({ maxLength: 120, description: 'Only the news linked to this member (slug).' })),
};
