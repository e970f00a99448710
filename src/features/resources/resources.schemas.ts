/** Schemas of the resources API, with their inferred types. */
import { Type, type Static } from 'typebox';

export const ResourceJson = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    type: Type.String({ description: 'Slug of the resource type, stable when the type is renamed.' }),
    type_name: Type.String({ description: 'Name of the resource type, in French.' }),
    series: Type.Union([Type.String(), Type.Null()]),
    number: Type.Union([Type.Integer(), Type.Null()]),
    summary: Type.String(),
    body_html: Type.String({ description: 'Sanitized HTML.' }),
    published_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    themes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
    members: Type.Array(Type.Object({ slug: Type.String(), name: Type.String(), url: Type.String() })),
    territories: Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('region'), Type.Literal('departement'), Type.Literal('epci'), Type.Literal('commune')]),
        code: Type.String({ description: 'INSEE code, or SIREN for an EPCI.' }),
        name: Type.String(),
        url: Type.String(),
      }),
    ),
    attachments: Type.Array(
      Type.Object({ title: Type.String(), content_type: Type.String(), byte_size: Type.Integer(), url: Type.String() }),
    ),
    is_demo: Type.Boolean(),
    url: Type.String(),
  },
  { title: 'Resource' },
);
export type ResourceBody = Static<typeof ResourceJson>;

export const ResourceListQuery = {
  type: Type.Optional(
    Type.String({ pattern: '^[a-z0-9-]{1,80}$', description: 'Only resources of this type (its slug: guide, fiche-initiative…).' }),
  ),
  theme: Type.Optional(Type.String({ maxLength: 120, description: 'Only resources on this theme (slug).' })),
  series: Type.Optional(Type.String({ maxLength: 200, description: 'Only resources of this series.' })),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2999, description: 'Only resources published this year.' })),
};
