/**
 * The `essor` command. `essor serve` (default) starts the site; `essor migrate` brings the
 * database schema and geography up to date; `essor import-pages` imports legacy member pages;
 * `essor search:rebuild` rebuilds the search index; `essor user:add` creates an account;
 * `essor backup` and `essor restore` copy the database out and back.
 * Configuration comes from the environment (src/config.ts).
 */
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { prepareDatabase } from '../server/prepare.ts';
import { ensureTerritories } from '../features/territories/territories.service.ts';
import { buildApp } from '../server/app.ts';
import { importPagesCommand } from './import-pages.ts';
import { searchRebuildCommand } from './search-rebuild.ts';
import { userAddCommand } from './user-add.ts';
import { backupCommand } from './backup.ts';
import { startScheduler } from '../server/scheduler.ts';

const HELP = `Usage: essor <command>

Commands:
  serve     start the web server (default): migrates the database, loads the geography,
            and the demo content on first start unless ESSOR_DEMO=0
  migrate   migrate the database schema and load the official geography, then exit
  import-pages PATH… [--dry-run] [--json]
            import legacy member pages (.txt, .html, .htm; files or folders):
            --dry-run parses without writing, --json prints one JSON report
  search:rebuild
            rebuild the search index from the content, with progress
  user:add --email ADDRESS --role admin|editor|reader [--name NAME] [--member SLUG]
            create an account (the first admin, say) and print the link to set its password
  backup FILE
            copy the database while the site runs (SQLite: online backup checked with
            integrity_check; PostgreSQL: pg_dump); never overwrites FILE
  restore FILE
            replace the database with a backup (stop the server first)
  help      show this help

Environment: PORT, HOST, DATABASE_URL (sqlite:PATH, a file path, or postgres://…),
PUBLIC_URL, ESSOR_DEMO, NODE_ENV, LOG_LEVEL, SMTP_URL, MAIL_FROM, ESSOR_REMINDER_MONTHS
— see .env.example.`;

function describe(config: Readonly<Config>): string {
  return config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : `PostgreSQL ${new URL(config.database.url).host}`;
}

async function serve(config: Readonly<Config>): Promise<void> {
  const database = openDatabase(config.database);
  const started = Date.now();
  const report = await prepareDatabase(database, { demo: config.demo });
  const app = await buildApp(config, database);
  app.log.info({ ...report, ms: Date.now() - started }, `database ready (${describe(config)})`);
  const stopScheduler = startScheduler(config, database, app.log);
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
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

async function migrate(config: Readonly<Config>): Promise<void> {
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database);
    const loaded = await ensureTerritories(database);
    console.log(`${applied.length} migration(s) applied; geography ${loaded ? 'loaded' : 'already up to date'} (${describe(config)}).`);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  let config: Readonly<Config>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Essor ne peut pas démarrer : configuration invalide.\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
      return 2;
    }
    throw error;
  }
  if (command === 'serve') await serve(config);
  else if (command === 'migrate') await migrate(config);
  else if (command === 'import-pages') return importPagesCommand(config, argv.slice(1));
  else if (command === 'search:rebuild') return searchRebuildCommand(config);
  else if (command === 'user:add') return userAddCommand(config, argv.slice(1));
  else if (command === 'backup' || command === 'restore') return backupCommand(config, argv.slice(1), command);
  else {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? `Essor s’est arrêté : ${error.message}` : error);
    process.exit(1);
  },
);
