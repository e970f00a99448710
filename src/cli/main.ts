/**
 * The `essor` command. `essor serve` (default) starts the site; `essor migrate` brings the
 * database schema and geography up to date; `essor import-pages` imports legacy member pages;
 * `essor search:rebuild` rebuilds the search index; `essor user:add` creates an account;
 * `essor backup` and `essor restore` copy the database out and back.
 * Configuration comes from the environment (src/config.ts).
 */
import { ConfigError, loadConfig, type Config } from '../config.ts';

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
  observatory:import --unites-legales FILE --etablissements FILE [--date AAAA-MM-JJ]
            count the ESS of every territory from INSEE's SIRENE stock files (CSV, zipped
            CSV or Parquet; the same extract again changes nothing)
  observatory:generate --out DIR [--unites-legales N] [--date AAAA-MM-JJ] [--seed N]
            write synthetic SIRENE stock files with the real headers (demo, tests, benchmark)
  subsidies:check FILE… [--json]
            check SCDL "subventions" files (2.0, 2.1 or older layouts) without writing
            anything: every problem by row and column; --json prints one JSON array
  backup FILE
            copy the database while the site runs (SQLite: online backup checked with
            integrity_check; PostgreSQL: pg_dump); never overwrites FILE
  restore FILE
            replace the database with a backup (stop the server first)
  help      show this help

Environment: PORT, HOST, DATABASE_URL (sqlite:PATH, a file path, or postgres://…),
PUBLIC_URL, ESSOR_DEMO, NODE_ENV, LOG_LEVEL, SMTP_URL, MAIL_FROM, ESSOR_REMINDER_MONTHS,
TRUSTED_PROXIES, PAGE_CACHE_MB — see .env.example.`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  // Needs no configuration nor database: it only reads the files given.
  if (command === 'subsidies:check') return (await import('./subsidies-check.ts')).subsidiesCheckCommand(argv.slice(1));
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
  const args = argv.slice(1);
  // Each command loads its own modules, so that `essor --help` or a typo answers at once.
  if (command === 'serve') await (await import('./serve.ts')).serve(config);
  else if (command === 'migrate') await (await import('./serve.ts')).migrate(config);
  else if (command === 'import-pages') return (await import('./import-pages.ts')).importPagesCommand(config, args);
  else if (command === 'search:rebuild') return (await import('./search-rebuild.ts')).searchRebuildCommand(config);
  else if (command === 'user:add') return (await import('./user-add.ts')).userAddCommand(config, args);
  else if (command === 'observatory:import') return (await import('./observatory.ts')).observatoryImportCommand(config, args);
  else if (command === 'observatory:generate') return (await import('./observatory.ts')).observatoryGenerateCommand(config, args);
  else if (command === 'backup' || command === 'restore') return (await import('./backup.ts')).backupCommand(config, args, command);
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
