/** `essor serve` and `essor migrate`: the web server with its scheduler, and the schema and geography brought up to date. */
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureTerritories } from '../features/territories/territories.service.ts';
import { buildApp } from '../server/app.ts';
import { prepareDatabase } from '../server/prepare.ts';
import { startScheduler } from '../server/scheduler.ts';

function describe(config: Readonly<Config>): string {
  return config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : `PostgreSQL ${new URL(config.database.url).host}`;
}

/** The longest a SIGTERM waits for requests in flight (systemd's TimeoutStopSec should be longer). */
const SHUTDOWN_MS = 10_000;

export async function serve(config: Readonly<Config>): Promise<void> {
  const database = openDatabase(config.database);
  const started = Date.now();
  const report = await prepareDatabase(database, { demo: config.demo });
  const app = await buildApp(config, database);
  app.log.info({ ...report, ms: Date.now() - started }, `database ready (${describe(config)})`);
  const stopScheduler = startScheduler(config, database, app.log);
  // Graceful: stop accepting, let the requests in flight finish, close the database; at most SHUTDOWN_MS.
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    const force = setTimeout(() => {
      app.log.error(`still closing after ${SHUTDOWN_MS} ms: exiting`);
      process.exit(1);
    }, SHUTDOWN_MS);
    force.unref();
    stopScheduler();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  console.log(`Essor est prêt : ${config.publicUrl}  (base ${describe(config)})`);
}

export async function migrate(config: Readonly<Config>): Promise<void> {
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database);
    const loaded = await ensureTerritories(database);
    console.log(`${applied.length} migration(s) applied; geography ${loaded ? 'loaded' : 'already up to date'} (${describe(config)}).`);
  } finally {
    await database.close();
  }
}
