/**
 * The identity of a test template database: a hash of everything that shapes its content
 * (the migrations and their list, the geography package's version and the code loading it).
 * A template built from other sources is never reused: its name carries a different key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GEOGRAPHY_VERSION } from '../src/features/territories/territories.source.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const MIGRATIONS_DIR = 'src/db/migrations';

/** Files besides the migrations whose change must rebuild the template (moving one fails loudly here). */
const SOURCES = [
  'src/db/migrate.ts',
  'src/features/territories/territories.source.ts',
  'src/features/territories/territories.service.ts',
  'src/features/territories/territories.repository.ts',
];

/** 16 hex digits: short enough for a PostgreSQL schema name, long enough never to collide. */
export const TEMPLATE_KEY: string = (() => {
  const hash = crypto.createHash('sha256').update(`geography ${GEOGRAPHY_VERSION}\n`);
  const migrations = fs
    .readdirSync(path.join(root, MIGRATIONS_DIR))
    .sort()
    .map((name) => `${MIGRATIONS_DIR}/${name}`);
  for (const file of [...migrations, ...SOURCES]) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) throw new Error(`test/template-key.ts: ${file} is gone; list where its code went`);
    hash.update(`${file}\n`).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
})();
