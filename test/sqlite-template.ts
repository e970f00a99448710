/**
 * The SQLite test template: a migrated database with the official geography, built once
 * into a file under node_modules/.cache and then opened by every test database as a private
 * in-memory copy (loading 36,000 territories takes about a second; copying them, milliseconds).
 * Templates of other keys are removed by a later build once unused for an hour.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureTerritories } from '../src/features/territories/territories.service.ts';
import { TEMPLATE_KEY } from './template-key.ts';

const cacheDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../node_modules/.cache/essor-test');
const templateFile = path.join(cacheDir, `template-${TEMPLATE_KEY}.sqlite`);

/** Other templates and partial builds untouched for this long are removed. */
const UNUSED_MS = 60 * 60 * 1000;

let image: Buffer | undefined;

/** Opens a fresh, migrated SQLite database holding the geography: an in-memory copy of the template. */
export async function openSqliteCopy(): Promise<Database> {
  if (!image) {
    image = readTemplate();
    if (!image) {
      await buildTemplate();
      image = readTemplate();
    }
    if (!image) throw new Error(`SQLite test template missing right after its build: ${templateFile}`);
  }
  return openDatabase({ dialect: 'sqlite', file: ':memory:' }, { sqliteImage: image });
}

/** Reads the template and marks it used (its modification time), so that other checkouts keep it. */
function readTemplate(): Buffer | undefined {
  try {
    const buffer = fs.readFileSync(templateFile);
    const now = new Date();
    fs.utimesSync(templateFile, now, now);
    return buffer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Test files run in parallel processes, so several may build at once: each writes a file of
 * its own and renames it into place, which is atomic; a reader sees a whole template or none.
 */
async function buildTemplate(): Promise<void> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const database = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  const partial = `${templateFile}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    await migrateToLatest(database);
    await ensureTerritories(database);
    await sql`VACUUM INTO ${partial}`.execute(database.db);
  } finally {
    await database.close();
  }
  fs.renameSync(partial, templateFile);
  removeStaleFiles();
}

/** Templates of other keys (older migrations or geography) and partial builds, once unused. */
function removeStaleFiles(): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    if (!name.startsWith('template-') || file === templateFile) continue;
    const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - modified > UNUSED_MS) fs.rmSync(file, { force: true });
  }
}
