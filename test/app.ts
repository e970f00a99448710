/** Builds the application on a test database, for in-process HTTP tests (`app.inject`). */
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';
import { createSession } from '../src/features/accounts/accounts.service.ts';

export const TEST_PUBLIC_URL = 'http://essor.test';

export function buildTestApp(database: Database, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ PUBLIC_URL: TEST_PUBLIC_URL, LOG_LEVEL: 'silent', DATABASE_URL: ':memory:', ...env });
  return buildApp(config, database, { logger: false, versionPollMs: 20 });
}

/** A `cookie` header value signing the user in (a real session row, as after a sign-in). */
export async function sessionCookie(database: Database, userId: number): Promise<string> {
  const token = await createSession(database.db, userId, { ip: '127.0.0.1', userAgent: 'test' });
  return `essor_session=${token}`;
}

/** A CSRF secret cookie and a token made from it, as a form page would give a browser. */
export async function csrfPair(app: FastifyInstance): Promise<{ cookie: string; token: string }> {
  const response = await app.inject({ method: 'GET', url: '/connexion' });
  const secret = response.cookies.find((c) => c.name === 'essor_csrf');
  const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (!secret || !token) throw new Error('no CSRF token on /connexion');
  return { cookie: `essor_csrf=${secret.value}`, token };
}

/** Form-encodes a body. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
