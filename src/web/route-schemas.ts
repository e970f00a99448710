/** Input schemas that many back-office routes share; a route's own schema sits beside its handler. */
import { Type } from 'typebox';

/** `/…/:slug` */
export const SlugParams = Type.Object({ slug: Type.String() });

/** `/…/:id`: kept as text, since the handler answers its own French 404 for what is not a number. */
export const IdParams = Type.Object({ id: Type.String() });

/** `?message=…`: the notice a page shows after a redirect. */
export const MessageQuery = Type.Object({ message: Type.Optional(Type.String()) });

/** `?de=…&a=…`: the two versions a history page compares. */
export const CompareQuery = Type.Object({ de: Type.Optional(Type.String()), a: Type.Optional(Type.String()) });
