/**
 * `npm run soak`: two Essor instances on one PostgreSQL database behind nginx (Debian's package,
 * configured here on loopback ports), 200 clients for 60 s on a mix of public pages, searches and
 * editor saves; in the middle one instance is killed with SIGKILL and restarted. Prints requests,
 * errors, non-2xx answers, latency percentiles, and the acknowledged writes that were lost (each save
 * creates a news draft with a unique title; every one answered 303 must be in the database).
 *
 * Not in CI (it takes about two minutes and a PostgreSQL it can create databases on). Options in the
 * environment: SOAK_PG_URL [postgres://postgres@127.0.0.1:5432/postgres], SOAK_CLIENTS [200],
 * SOAK_SECONDS [60].
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { createSession } from '../src/features/accounts/accounts.service.ts';
import { createTestUser } from '../test/factories.ts';
import { freePort, startServer, type RunningServer } from './server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.SOAK_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const DB_NAME = 'essor_soak';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

const log = (text: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);

/** One instance of the build on the shared database: development mode (plain session cookies over http), nginx trusted. */
const startInstance = (port: number, databaseUrl: string, publicUrl: string, demo: boolean): Promise<RunningServer> =>
  startServer(ROOT, {
    databaseUrl,
    port,
    publicUrl,
    env: { NODE_ENV: 'development', ESSOR_DEMO: demo ? '1' : '0', TRUSTED_PROXIES: '127.0.0.1', LOG_LEVEL: 'error' },
  });

function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream essor {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://essor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 1s;
    }
  }
}
`;
}

interface Stats {
  requests: number;
  errors: number;
  byStatus: Map<number, number>;
  latencies: number[];
  acknowledged: string[];
  errorSamples: string[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  if (!NGINX) throw new Error('nginx est introuvable : apt-get install nginx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-soak-'));
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${DB_NAME}` }).toString();
  const [proxyPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
  const base = `http://127.0.0.1:${proxyPort}`;

  log(`starting instance A (demo content, geography) on ${portA}…`);
  let a = await startInstance(portA, databaseUrl, base, true);
  log(`starting instance B on ${portB}…`);
  const b = await startInstance(portB, databaseUrl, base, false);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, proxyPort, [portA, portB]));
  const nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
  await sleep(500);

  // An administrator's session and CSRF pair, as a browser would hold them.
  const database = openDatabase({ dialect: 'postgres', url: databaseUrl });
  const user = await createTestUser(database.db, { role: 'admin', email: 'soak@example.org' });
  const token = await createSession(database.db, user.id, { ip: '127.0.0.1', userAgent: 'soak' });
  const slugs = (await database.db.selectFrom('members').select('slug').where('status', '=', 'active').execute()).map((r) => r.slug);
  const newsSlugs = (await database.db.selectFrom('news').select('slug').limit(50).execute()).map((r) => r.slug);
  const sessionCookie = `essor_session=${token}`;
  const formPage = await fetch(`${base}/admin/actualites/nouvelle`, { headers: { cookie: sessionCookie } });
  const csrfCookie = /essor_csrf=[^;]+/.exec(formPage.headers.get('set-cookie') ?? '')?.[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await formPage.text())?.[1];
  if (!csrfCookie || !csrf) throw new Error(`no CSRF pair on the news form (status ${formPage.status})`);

  const words = [
    'économie',
    'solidaire',
    'coopérative',
    'emploi',
    'insertion',
    'tiers-lieu',
    'budget',
    '"économie sociale"',
    'ress -emploi',
  ];
  const pages = [
    '/',
    '/adherents',
    '/actualites',
    '/ressources',
    '/thematiques',
    '/statistiques',
    ...slugs.map((s) => `/adherents/${s}`),
    ...newsSlugs.map((s) => `/actualites/${s}`),
  ];
  const stats: Stats = { requests: 0, errors: 0, byStatus: new Map(), latencies: [], acknowledged: [], errorSamples: [] };
  let saves = 0;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;

  const client = async (i: number) => {
    const address = `10.${(i >> 8) & 255}.${i & 255}.1`;
    let n = 0;
    while (Date.now() < deadline) {
      n++;
      const roll = (i * 7919 + n * 104729) % 100;
      const t0 = performance.now();
      let status = 0;
      let title: string | null = null;
      try {
        if (roll < 5) {
          title = `Soak ${i}-${n}-${saves++}`;
          const form = new FormData();
          form.set('_csrf', csrf);
          form.set('title', title);
          form.set('summary', 'Résumé écrit pendant le test d’endurance.');
          form.set('body', '<p>Texte écrit pendant le test d’endurance.</p>');
          form.set('action', 'save');
          const response = await fetch(`${base}/admin/actualites/nouvelle`, {
            method: 'POST',
            body: form,
            redirect: 'manual',
            headers: { cookie: `${sessionCookie}; ${csrfCookie}`, 'x-forwarded-for': address },
          });
          status = response.status;
          await response.arrayBuffer();
        } else {
          const url =
            roll < 20 ? `/recherche?q=${encodeURIComponent(words[(i + n) % words.length]!)}` : pages[(i * 31 + n * 17) % pages.length]!;
          const response = await fetch(`${base}${url}`, { headers: { 'x-forwarded-for': address }, redirect: 'manual' });
          status = response.status;
          await response.arrayBuffer();
        }
      } catch (error) {
        stats.errors++;
        if (stats.errorSamples.length < 5) stats.errorSamples.push(error instanceof Error ? error.message : String(error));
      }
      stats.requests++;
      stats.latencies.push(performance.now() - t0);
      if (status) stats.byStatus.set(status, (stats.byStatus.get(status) ?? 0) + 1);
      if (title && status === 303) stats.acknowledged.push(title);
    }
  };

  const chaos = (async () => {
    await sleep((SECONDS * 1000) / 2);
    log(`killing instance A (pid ${a.pid}) with SIGKILL`);
    process.kill(a.pid, 'SIGKILL');
    await sleep(3000);
    log('restarting instance A');
    a = await startInstance(portA, databaseUrl, base, false);
    log('instance A is back');
  })();
  const progress = setInterval(
    () => log(`${stats.requests} requests, ${stats.errors} errors, ${stats.acknowledged.length} saves acknowledged`),
    10_000,
  );
  log(`${CLIENTS} clients for ${SECONDS} s through nginx on ${proxyPort}`);
  await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i)), chaos]);
  clearInterval(progress);
  const elapsed = (Date.now() - started) / 1000;

  const titles = new Set(
    (await database.db.selectFrom('revisions').select('snapshot').where('subject_type', '=', 'news').execute()).map(
      (r) => (JSON.parse(r.snapshot) as { title: string }).title,
    ),
  );
  const lost = stats.acknowledged.filter((t) => !titles.has(t));
  const sorted = stats.latencies.sort((x, y) => x - y);
  const non2xx = [...stats.byStatus].filter(([s]) => s < 200 || s >= 300).filter(([s]) => s !== 303);
  const report = {
    seconds: Math.round(elapsed),
    clients: CLIENTS,
    requests: stats.requests,
    requestsPerSecond: Math.round(stats.requests / elapsed),
    errors: stats.errors,
    statuses: Object.fromEntries([...stats.byStatus].sort(([x], [y]) => x - y)),
    non2xx: non2xx.reduce((sum, [, count]) => sum + count, 0),
    latencyMs: { p50: +percentile(sorted, 50).toFixed(1), p99: +percentile(sorted, 99).toFixed(1), max: +(sorted.at(-1) ?? 0).toFixed(1) },
    savesAcknowledged: stats.acknowledged.length,
    acknowledgedWritesLost: lost.length,
    errorSamples: stats.errorSamples,
  };
  console.log(JSON.stringify(report, null, 2));

  await database.close();
  nginx.kill('SIGTERM');
  await Promise.all([a.stop(), b.stop()]);
  await sleep(1000);
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = lost.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
