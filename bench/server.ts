/**
 * The server under test: the real `essor serve`, started as a child process on a free
 * port in production mode, so that the pid we sample is the Node.js server itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningServer {
  pid: number;
  url: string;
  /** The last lines the server printed (stdout and stderr), for diagnostics. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds dist/ when the sources are newer (what `npm start` does); throws when the build fails. */
export function ensureBuilt(projectDir: string): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: projectDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

export interface ServerOptions {
  /** DATABASE_URL of the server. */
  databaseUrl: string;
  /** Port on 127.0.0.1 [a free one]. */
  port?: number;
  /** PUBLIC_URL [the server's own address]. */
  publicUrl?: string;
  /** More environment, over the defaults (production, no demo content). */
  env?: Record<string, string>;
}

/** The Node.js flags of `npm start` (heap sizing), so that the server measured is the server started. */
export function startFlags(projectDir: string): string[] {
  const scripts = (JSON.parse(fs.readFileSync(`${projectDir}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /\bnode ((?:--\S+ )*)dist\/essor\.js serve\b/.exec(scripts.start ?? '');
  if (!match) throw new Error('package.json: the start script does not run `node [flags] dist/essor.js serve`');
  return match[1]!.trim().split(' ').filter(Boolean);
}

/** Starts the production build as `npm start` does, `node [flags] dist/essor.js serve`, and waits until it answers. */
export async function startServer(projectDir: string, options: ServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  ensureBuilt(projectDir);
  const child = spawn(process.execPath, [...startFlags(projectDir), 'dist/essor.js', 'serve'], {
    cwd: projectDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      ESSOR_DEMO: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: options.publicUrl ?? url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the server did not start');
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: RunningServer = { pid: child.pid, url, output: () => lines.join('\n'), stop: () => stop(child) };
  checkIsServer(child.pid);
  await waitUntilReady(child, url, server);
  return server;
}

/** Fails unless the pid runs the server entry point (and not a wrapper such as npx). */
function checkIsServer(pid: number): void {
  const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline.includes('dist/essor.js')) throw new Error(`pid ${pid} is not the server: ${cmdline.join(' ')}`);
}

async function waitUntilReady(child: ChildProcess, url: string, server: RunningServer): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${server.output()}`);
    try {
      const response = await fetch(`${url}/robots.txt`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(`the server did not answer within 120 s:\n${server.output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
