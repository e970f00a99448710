/**
 * Reading query-string parameters of public pages: lenient on empty values,
 * strict on nonsense (a 400 with a French message naming the parameter).
 */
import { AppError } from '../errors.ts';

export type Query = Record<string, string | string[] | undefined>;

/** The single string value of a parameter, trimmed; undefined when absent or empty. */
export function stringParam(query: Query, name: string): string | undefined {
  const raw = query[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A positive integer parameter (page numbers, years). */
export function intParam(query: Query, name: string, bounds: { min: number; max: number }): number | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < bounds.min || n > bounds.max) {
    throw new AppError(
      'bad_request',
      `${name} : « ${value.slice(0, 40)} » doit être un nombre entier entre ${bounds.min} et ${bounds.max}.`,
    );
  }
  return n;
}

/** A parameter restricted to a list of values. */
export function enumParam<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new AppError('bad_request', `${name} : « ${value.slice(0, 40)} » n’est pas une valeur possible (${allowed.join(', ')}).`);
  }
  return value as T;
}
