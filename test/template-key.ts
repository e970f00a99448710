/**
 * The identity of a test template database: a hash of everything that shapes its content
 * (the migration files, the geography package's version and the code reading it). A template
 * built from other sources is never reused: its name carries a different key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GEOGRAPHY_VERSION } from '../src/features/territories/territories.source.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const migrationsDir = path.join(root, 'src/db/migrations');
const geographySource = path.join(root, 'src/features/territories/territories.source.ts');

/** 16 hex digits: short enough for a PostgreSQL schema name, long enough never to collide. */
export const TEMPLATE_KEY: string = (() => {
  const hash = crypto.createHash('sha256').update(`geography ${GEOGRAPHY_VERSION}\n`);
  for (const name of fs.readdirSync(migrationsDir).sort()) {
    hash.update(`migration ${name}\n`).update(fs.readFileSync(path.join(migrationsDir, name)));
  }
  hash.update('geography source\n').update(fs.readFileSync(geographySource));
  return hash.digest('hex').slice(0, 16);
})();
