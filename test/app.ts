/** Builds the application on a test database, for in-process HTTP tests (`app.inject`). */
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { buildApp } from '../src/web/app.ts';

export const TEST_PUBLIC_URL = 'http://essor.test';

export function buildTestApp(database: Database): Promise<FastifyInstance> {
  const config = loadConfig({ PUBLIC_URL: TEST_PUBLIC_URL, LOG_LEVEL: 'silent', DATABASE_URL: ':memory:' });
  return buildApp(config, database, { logger: false, versionPollMs: 20 });
}
