/**
 * The campaign benchmark (issue 16): on a copy of the benchmark data set (1,000 members), a closed
 * campaign and an open one, each of 30 questions (5 indicators, 25 free questions of every kind,
 * one conditional), answered by nine members in ten (validated), a few drafts. Measured in process
 * (the application as the server builds it, requests through `inject`, so that only rendering and
 * the database count): the campaign dashboard, the public results page out of the page cache
 * (emptied before each request), and once more with a new validated answer before each request
 * (the results computed again, not reused), and a member's prefilled questionnaire, each member in
 * turn; then the four exports (CSV and XLSX, wide and long). Targets: p95 under 50 ms for the
 * pages, under 1 s for each export.
 *
 *   npm run bench:campaigns [-- --requests 300]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/server/app.ts';
import { createSession } from '../src/features/accounts/accounts.service.ts';
import { insertUser } from '../src/features/accounts/accounts.repository.ts';
import { hashContent } from '../src/features/members/members.public.ts';
import { insertRevision } from '../src/features/revisions/revisions.public.ts';
import * as repo from '../src/features/campaigns/campaigns.repository.ts';
import type { Answer } from '../src/features/campaigns/campaigns.questions.ts';
import type { QuestionKind } from '../src/features/campaigns/campaigns.table.ts';
import { ensureDataset } from './generate.ts';
import { createRandom, type Random } from './random.ts';
import { describeMachine, writeResults } from './report.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({ options: { requests: { type: 'string', default: '300' } } });
const REQUESTS = Number(args.requests);
const log = (message: string) => process.stderr.write(`[campaigns] ${message}\n`);

const INDICATORS = ['budget_eur', 'staff_fte', 'ess_establishments', 'ess_jobs', 'ess_employment_share'];
const FREE: QuestionKind[] = [
  ...Array<QuestionKind>(8).fill('number'),
  ...Array<QuestionKind>(5).fill('short_text'),
  ...Array<QuestionKind>(3).fill('long_text'),
  ...Array<QuestionKind>(4).fill('single_choice'),
  ...Array<QuestionKind>(3).fill('multiple_choice'),
  ...Array<QuestionKind>(2).fill('yes_no'),
];
const CHOICES = ['Oui, chaque année', 'Oui, parfois', 'Non', 'Ne sait pas'];

function answerFor(kind: QuestionKind, rng: Random, indicator: boolean): Answer {
  if (indicator)
    return {
      value: Math.round(rng.next() * 5_000_000),
      followsDefinition: rng.next() < 0.8,
      definitionNote: null,
      source: 'Budget primitif',
    };
  switch (kind) {
    case 'number':
      return { value: Math.round(rng.next() * 1000) };
    case 'short_text':
      return { value: 'Une réponse courte' };
    case 'long_text':
      return { value: 'Une réponse plus longue, sur plusieurs lignes, qui décrit une action.\nDeuxième ligne.' };
    case 'single_choice':
      return { value: CHOICES[Math.floor(rng.next() * CHOICES.length)]! };
    case 'multiple_choice':
      return { value: CHOICES.filter(() => rng.next() < 0.5) };
    default:
      return { value: rng.next() < 0.6 };
  }
}

async function main() {
  const dataset = await ensureDataset(path.join(benchDir, '.data'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'essor-campaigns-')), 'bench.db');
  fs.copyFileSync(dataset.file, file);
  const database = openDatabase({ dialect: 'sqlite', file });
  await migrateToLatest(database);
  const { db } = database;
  const rng = createRandom(20261209);
  const members = await db.selectFrom('members').select(['id', 'slug']).where('status', '=', 'active').orderBy('id').execute();
  log(`${members.length} active members; writing two campaigns of 30 questions`);

  const started = Date.now();
  const campaigns: number[] = [];
  for (const [year, state] of [
    [2025, 'closed'],
    [2026, 'open'],
  ] as const) {
    await db.transaction().execute(async (trx) => {
      const id = await repo.insertCampaign(trx, {
        year,
        title: `Campagne ${year}`,
        opens_on: `${year}-11-15`,
        deadline: `${year + 1}-03-31`,
        state,
        reminder_days: '14,7,1',
        min_cell: 5,
        created_at: new Date().toISOString(),
        opened_at: new Date().toISOString(),
        closed_at: state === 'closed' ? new Date().toISOString() : null,
        deadline_notified_at: null,
      });
      campaigns.push(id);
      const questions: { id: number; kind: QuestionKind; indicator: boolean }[] = [];
      for (const code of INDICATORS)
        questions.push({
          id: await repo.insertQuestion(trx, {
            campaign_id: id,
            kind: 'indicator',
            indicator_code: code,
            label: `Indicateur ${code}`,
            visibility: 'public',
            condition_question_id: null,
          }),
          kind: 'indicator',
          indicator: true,
        });
      for (const [i, kind] of FREE.entries()) {
        const yesNo = questions.find((q) => q.kind === 'yes_no');
        const conditional = kind === 'long_text' && yesNo !== undefined;
        questions.push({
          id: await repo.insertQuestion(trx, {
            campaign_id: id,
            kind,
            indicator_code: null,
            label: `Question ${i + 1}`,
            choices: JSON.stringify(kind === 'single_choice' || kind === 'multiple_choice' ? CHOICES : []),
            visibility: i % 4 === 0 ? 'internal' : 'public',
            condition_question_id: conditional ? yesNo.id : null,
            condition_values: JSON.stringify(conditional ? ['oui'] : []),
          }),
          kind,
          indicator: false,
        });
      }
      await repo.insertResponses(
        trx,
        id,
        members.map((m) => m.id),
      );
      const responses = await repo.listResponseRows(trx, id);
      for (const [i, r] of responses.entries()) {
        if (i % 10 === 9) continue;
        const answers: Record<string, Answer> = {};
        for (const q of questions) answers[q.id] = answerFor(q.kind, rng, q.indicator);
        const snapshot = JSON.stringify({ answers });
        const validated = !(state === 'open' && i % 7 === 0);
        await insertRevision(trx, {
          subject_type: 'campaign_response',
          subject_id: r.id,
          created_at: new Date().toISOString(),
          author: 'Banc d’essai',
          author_id: null,
          origin: 'edit',
          state: validated ? 'published' : 'draft',
          content_hash: hashContent(snapshot),
          snapshot,
        });
      }
    });
  }
  log(`written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const config = loadConfig({ PUBLIC_URL: 'http://essor.bench', LOG_LEVEL: 'silent', DATABASE_URL: file, NODE_ENV: 'production' });
  const app = await buildApp(config, database, { logger: false });
  const now = new Date().toISOString();
  const adminId = await insertUser(db, {
    email: 'banc@reseau.test',
    name: 'Banc',
    role: 'admin',
    status: 'active',
    member_id: null,
    password_hash: null,
    created_at: now,
  });
  const cookie = `essor_session=${await createSession(db, adminId, { ip: '127.0.0.1', userAgent: 'bench' })}`;
  const [closed, open] = campaigns as [number, number];
  const firstClosedResponse = (await repo.listResponseRows(db, closed))[0]!.id;
  const validatedVersion = await db
    .selectFrom('revisions')
    .select(['subject_type', 'author', 'origin', 'state', 'content_hash', 'snapshot'])
    .where('subject_type', '=', 'campaign_response')
    .where('subject_id', '=', firstClosedResponse)
    .executeTakeFirstOrThrow();

  const measure = async (name: string, paths: (i: number) => string, before?: () => void | Promise<void>) => {
    const get = async (i: number) => {
      await before?.();
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url: paths(i), headers: { cookie } });
      const ms = performance.now() - t;
      if (res.statusCode !== 200) throw new Error(`${paths(i)}: ${res.statusCode}`);
      return { ms, bytes: res.rawPayload.length };
    };
    for (let i = 0; i < 20; i++) await get(i);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await get(i + 20);
      times.push(r.ms);
      bytes = r.bytes;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const row = { name, requests: REQUESTS, p50: at(0.5), p95: at(0.95), max: times.at(-1)!, kb: bytes / 1024 };
    log(`${name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, max ${row.max.toFixed(1)} ms, ${row.kb.toFixed(0)} KB`);
    return row;
  };

  const pages = [
    await measure(`dashboard (open campaign, ${members.length} members)`, () => `/admin/campagnes/${open}`),
    await measure(
      'results page, not in the page cache',
      () => `/campagnes/${closed}`,
      () => app.pageCache.clear(),
    ),
    // A new validated version before each request: the results are computed again, not reused.
    await measure(
      'results page, first render after a validation',
      () => `/campagnes/${closed}`,
      async () => {
        app.pageCache.clear();
        await insertRevision(db, { ...validatedVersion, subject_id: firstClosedResponse, created_at: new Date().toISOString() });
      },
    ),
    await measure(
      'prefilled questionnaire, each member in turn',
      (i) => `/admin/adherents/${members[i % members.length]!.slug}/campagnes/${open}`,
    ),
  ];

  const exports = [];
  for (const url of ['export.csv?forme=large', 'export.csv?forme=longue', 'export.xlsx?forme=large', 'export.xlsx?forme=longue']) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url: `/admin/campagnes/${open}/${url}`, headers: { cookie } });
      times.push(performance.now() - t);
      bytes = res.rawPayload.length;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
    }
    times.sort((a, b) => a - b);
    const row = { name: url, runs: 5, median: times[2]!, max: times[4]!, kb: bytes / 1024 };
    log(`${url}: median ${row.median.toFixed(0)} ms, max ${row.max.toFixed(0)} ms, ${row.kb.toFixed(0)} KB`);
    exports.push(row);
  }
  await app.close();
  await database.close();
  if (process.env.KEEP) log(`kept ${file}`);
  else fs.rmSync(path.dirname(file), { recursive: true, force: true });

  const lines = [
    '',
    `Campaign benchmark — ${members.length} members, 30 questions, ${REQUESTS} requests per page (in process)`,
    ...pages.map(
      (p) =>
        `  ${p.name.padEnd(48)} p50 ${p.p50.toFixed(1).padStart(6)} ms  p95 ${p.p95.toFixed(1).padStart(6)} ms  max ${p.max.toFixed(1).padStart(6)} ms  ${p.kb.toFixed(0).padStart(5)} KB`,
    ),
    ...exports.map(
      (e) =>
        `  ${e.name.padEnd(48)} median ${e.median.toFixed(0).padStart(5)} ms  max ${e.max.toFixed(0).padStart(5)} ms  ${e.kb.toFixed(0).padStart(5)} KB`,
    ),
  ];
  console.log(lines.join('\n'));
  const out = writeResults(path.join(benchDir, 'results'), { kind: 'campaigns', machine: describeMachine(), pages, exports });
  log(`results written to ${path.relative(process.cwd(), out)}`);
}

await main();
