/**
 * Support for the browser suites (e2e/*.e2e.test.ts): starts the REAL server as a child
 * process (`essor serve` on a fresh SQLite file with the demo content), launches Debian's
 * Chromium through playwright-core, and injects axe-core.
 *
 * Chromium comes from ESSOR_TEST_CHROMIUM (scripts/test.mjs sets it when /usr/bin/chromium
 * exists). Without it the suites are skipped with their reason, unless
 * ESSOR_TEST_REQUIRE_ALL=1 (CI), where a suite that cannot run is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS = path.join(ROOT, 'e2e', 'screenshots');

const CHROMIUM = process.env.ESSOR_TEST_CHROMIUM;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The `skip` option of a browser suite: false when Chromium is configured, else the reason. */
export function browserSkip(): string | false {
  if (CHROMIUM) return false;
  if (process.env.ESSOR_TEST_REQUIRE_ALL === '1') {
    throw new Error('ESSOR_TEST_REQUIRE_ALL=1 but ESSOR_TEST_CHROMIUM is not set: the browser suites cannot run');
  }
  return 'browser suite: ESSOR_TEST_CHROMIUM is not set (install chromium, or run through `npm test`)';
}

export function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('ESSOR_TEST_CHROMIUM is not set');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  /** Also the PUBLIC_URL, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  /** The server's DATABASE_URL (a SQLite file), for running `essor` commands beside it. */
  databaseUrl: string;
  /** What the server printed so far (stdout and stderr). */
  output(): string;
  running(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts `essor serve` on a fresh database and waits until it answers (60 s at most).
 * Another suite may grab the same free port in between: then the server fails with
 * EADDRINUSE and is started again on another port.
 */
export async function startServer(): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    const started = await tryStartServer();
    if (started !== 'port taken') return started;
    if (attempt === 3) throw new Error('the server found no free port in 3 attempts');
  }
}

async function tryStartServer(): Promise<RunningServer | 'port taken'> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = `sqlite:${path.join(dir, 'essor.db')}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ESSOR_DEMO: '1',
      PUBLIC_URL: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      output += `\n[server exited: ${code ?? signal}]`;
      resolve();
    }),
  );

  const running = () => child.exitCode === null && child.signalCode === null;
  // Should this test process end without its `after` hooks, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (running()) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!running()) {
      await stop();
      if (/EADDRINUSE/.test(output)) return 'port taken';
      throw new Error(`the server exited before answering; its output:\n${output}`);
    }
    // Our server prints its public URL once it listens: only then is the answer its own.
    if (output.includes(baseUrl)) {
      try {
        const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return { baseUrl, databaseUrl, output: () => output, running, stop };
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer on ${baseUrl} within 60 s; its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs an `essor` command on the server's database; resolves with its output, rejects on failure. */
export function runEssor(server: RunningServer, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: server.databaseUrl, PUBLIC_URL: server.baseUrl, ESSOR_DEMO: '1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`essor ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Creates an account on the command line and signs it in, in `context`, through the printed link
 * (the way a network's first administrator starts). Returns the page left on /admin.
 */
export async function signUp(
  server: RunningServer,
  context: BrowserContext,
  account: { email: string; password: string; role: 'admin' | 'editor' | 'reader'; name: string; member?: string },
): Promise<Page> {
  const args = ['user:add', '--email', account.email, '--role', account.role, '--name', account.name];
  const output = await runEssor(server, account.member ? [...args, '--member', account.member] : args);
  const link = /http:\/\/\S+\/invitation\/[\w-]{43}/.exec(output)?.[0];
  if (!link) throw new Error(`no invitation link in:\n${output}`);
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByLabel('Confirmez le mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await page.waitForURL('**/admin?message=bienvenue');
  return page;
}

/** The network's first administrator, signed up as above. */
export function signUpAdmin(server: RunningServer, context: BrowserContext, email: string, password: string): Promise<Page> {
  return signUp(server, context, { email, password, role: 'admin', name: 'Équipe du réseau' });
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png (the folder is git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page. The site's CSP forbids inline scripts, so the page's context
 * must be created with `bypassCSP: true` for the injected script to run.
 */
export async function runAxe(page: Page): Promise<{ violations: AxeViolation[]; passes: number }> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }
    ).axe;
    if (!axe) throw new Error('axe-core was not injected (CSP?)');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
      })),
      passes: result.passes.length,
    };
  }, AXE_TAGS);
}

/** One readable paragraph per violation, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} <${v.helpUrl}>\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n')}`,
    )
    .join('\n');
}
