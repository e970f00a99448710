/**
 * The benchmark data set: a SQLite file under bench/.data/ with the 60 demo members,
 * 940 generated members and 20,000 news items, all written through the project's own
 * services. A marker file records the generator, geography and schema versions; a build
 * whose marker matches is reused (the server migrates it anyway at start).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../src/db/database.ts';
import { prepareDatabase } from '../src/server/prepare.ts';
import { createMember } from '../src/features/members/members.service.ts';
import { createNews } from '../src/features/news/news.service.ts';
import { GEOGRAPHY_VERSION } from '../src/features/territories/territories.source.ts';
import { slugify } from '../src/shared/text.ts';
import { generateMember, pickTerritories, randomDate } from './members-gen.ts';
import { newsText } from './news-text.ts';
import { createRandom, type Random } from './random.ts';

/** Bump when the generated content changes: older builds are then rebuilt. */
export const GENERATOR_VERSION = 1;
const SEED = 20261126;
const MEMBERS_TOTAL = 1000;
const NEWS_TOTAL = 20_000;
const BATCH = 1000;

export interface Dataset {
  file: string;
  reused: boolean;
  /** Build time of this data set, in ms (that of the original build when reused). */
  buildMs: number;
  members: number;
  news: number;
}

interface Marker {
  generator: number;
  geography: string;
  /** Latest migration file when built: a new migration rebuilds the data set. */
  schema: string;
  members: number;
  news: number;
  buildMs: number;
  builtAt: string;
}

const log = (message: string) => process.stderr.write(`[data] ${message}\n`);

/** Name of the latest migration module in src/db/migrations/. */
function latestMigration(): string {
  const dir = new URL('../src/db/migrations/', import.meta.url);
  return (
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .at(-1) ?? ''
  );
}

/** Returns the benchmark database in `dir`, building it first when missing, outdated or `rebuild`. */
export async function ensureDataset(dir: string, options: { rebuild?: boolean } = {}): Promise<Dataset> {
  const file = path.join(dir, 'essor-bench.db');
  const markerFile = path.join(dir, 'essor-bench.json');
  const marker = readMarker(markerFile);
  const schema = latestMigration();
  const current = marker?.generator === GENERATOR_VERSION && marker.geography === GEOGRAPHY_VERSION && marker.schema === schema;
  if (!options.rebuild && marker && current && fs.existsSync(file)) {
    log(
      `reusing ${path.relative(process.cwd(), file)} (generator v${marker.generator}, built ${marker.builtAt} in ${(marker.buildMs / 1000).toFixed(1)} s)`,
    );
    return { file, reused: true, buildMs: marker.buildMs, members: marker.members, news: marker.news };
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(markerFile, { force: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const started = Date.now();
  const database = openDatabase({ dialect: 'sqlite', file });
  try {
    await build(database, createRandom(SEED), started);
  } finally {
    await database.close();
  }
  const buildMs = Date.now() - started;
  const done: Marker = {
    generator: GENERATOR_VERSION,
    geography: GEOGRAPHY_VERSION,
    schema,
    members: MEMBERS_TOTAL,
    news: NEWS_TOTAL,
    buildMs,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(markerFile, `${JSON.stringify(done, null, 2)}\n`);
  log(`built in ${(buildMs / 1000).toFixed(1)} s`);
  return { file, reused: false, buildMs, members: MEMBERS_TOTAL, news: NEWS_TOTAL };
}

function readMarker(file: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

async function build(database: Database, rng: Random, started: number): Promise<void> {
  const { db } = database;
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  await prepareDatabase(database, { demo: true });
  const existing = await db.selectFrom('members').select('slug').execute();
  log(`schema, geography and ${existing.length} demo members ready (${elapsed()})`);

  const usedSlugs = new Set(existing.map((m) => m.slug));
  const territories = await pickTerritories(db, rng, MEMBERS_TOTAL - existing.length);
  const inputs = territories.map((t) => generateMember(rng, t, usedSlugs));
  for (let i = 0; i < inputs.length; i += BATCH) {
    const batch = inputs.slice(i, i + BATCH);
    await db.transaction().execute(async (trx) => {
      for (const input of batch) await createMember(trx, input);
    });
    log(`members ${existing.length + i + batch.length}/${MEMBERS_TOTAL} (${elapsed()})`);
  }

  const members = await db.selectFrom('members').select(['slug', 'name']).orderBy('id').execute();
  for (let i = 0; i < NEWS_TOTAL; i += BATCH) {
    const count = Math.min(BATCH, NEWS_TOTAL - i);
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < count; k++) {
        const linked = rng.sample(members, rng.int(1, 3));
        const text = newsText(rng, linked[0]!.name);
        const publishedAt = randomDate(rng, '2016-11-01', '2026-11-01');
        await createNews(trx, {
          ...text,
          slug: `${slugify(text.title).slice(0, 70).replace(/-+$/, '')}-${i + k + 1}`,
          publishedAt,
          updatedAt: rng.chance(0.1) ? randomDate(rng, publishedAt, '2026-11-01') : null,
          memberSlugs: linked.map((m) => m.slug),
        });
      }
    });
    log(`news ${i + count}/${NEWS_TOTAL} (${elapsed()})`);
  }
}
