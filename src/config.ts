/**
 * Configuration: the only reader of `process.env`. It validates everything once,
 * freezes the result, and refuses to start with a readable list of what is wrong.
 *
 * Variables (defaults in brackets):
 * - PORT [3000]: HTTP port. HOST [0.0.0.0].
 * - DATABASE_URL [sqlite:data/essor.db]: `sqlite:PATH`, a plain file path, or `postgres://…`.
 * - PUBLIC_URL [http://localhost:PORT]: absolute base URL, for feeds and the sitemap.
 * - ESSOR_DEMO [1]: load the demo content on first start with an empty database (0 to disable).
 * - NODE_ENV [development]: `production` turns off request logging and enables secure defaults.
 * - LOG_LEVEL [info, or warn in production].
 * - SMTP_URL [unset]: `smtp://user:password@host:587` or `smtps://…`; without it, mail is kept in
 *   the outbox (readable in the back office) and printed in the log.
 * - MAIL_FROM [Essor <ne-pas-repondre@HOST of PUBLIC_URL>]: sender of the site's mail.
 * - ESSOR_REMINDER_MONTHS [24]: age of a profile after which its editors get a reminder (0: never).
 * - TRUSTED_PROXIES [unset]: comma-separated addresses or CIDR ranges of the reverse proxies whose
 *   `X-Forwarded-For` is believed; unset, the header is ignored.
 * - PAGE_CACHE_MB [32]: memory for rendered public pages (with their gzipped copies), 1–4096; 32 MB
 *   hold about 2,000 profiles, and keep the server under 200 MB.
 * - METRICS_TOKEN [unset]: turns on /metrics (Prometheus), readable with `Authorization: Bearer TOKEN`;
 *   at least 16 characters.
 */
import net from 'node:net';
import path from 'node:path';

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  database: DatabaseConfig;
  demo: boolean;
  production: boolean;
  logLevel: string;
  smtpUrl: string | null;
  mailFrom: string;
  reminderMonths: number;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies in front of Essor. Only a request whose
   * immediate peer is one of them has its client address read from `X-Forwarded-For`; by default
   * nobody is trusted and the peer's address is the client's (sign-in limits, audit log).
   */
  trustedProxies: string[];
  /** Bytes the page cache may hold (bodies, gzipped copies and keys). */
  pageCacheBytes: number;
  /** The bearer token of /metrics; null: no metrics. */
  metricsToken: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses a DATABASE_URL value; returns an error message instead of throwing. */
export function parseDatabaseUrl(value: string): DatabaseConfig | string {
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      return `DATABASE_URL: "${value}" is not a valid PostgreSQL URL`;
    }
    return { dialect: 'postgres', url: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return `DATABASE_URL: unsupported scheme in "${value}" (use sqlite:PATH, a file path, or postgres://…)`;
  }
  const file = value.startsWith('sqlite:') ? value.slice('sqlite:'.length) : value;
  if (file === '') return 'DATABASE_URL: "sqlite:" needs a file path (or :memory:)';
  return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) {
    problems.push(`PORT: "${portText}" is not a port number (0–65535)`);
  }

  const database = parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/essor.db');
  if (typeof database === 'string') problems.push(database);

  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (env.PUBLIC_URL !== undefined) {
    try {
      const u = new URL(publicUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      problems.push(`PUBLIC_URL: "${publicUrl}" is not an absolute http(s) URL`);
    }
  }

  const demoText = env.ESSOR_DEMO ?? '1';
  if (!['0', '1', 'true', 'false'].includes(demoText)) problems.push(`ESSOR_DEMO: "${demoText}" must be 0 or 1`);

  const logLevel = env.LOG_LEVEL ?? (production ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL: "${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);

  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) problems.push('SMTP_URL: must look like smtp://user:password@host:587 or smtps://…');

  const reminderText = env.ESSOR_REMINDER_MONTHS ?? '24';
  if (!/^\d{1,3}$/.test(reminderText)) problems.push(`ESSOR_REMINDER_MONTHS: "${reminderText}" must be a number of months (0 to disable)`);

  const trustedProxies = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const proxy of trustedProxies) {
    const [address, bits, extra] = proxy.split('/');
    const ip = net.isIP(address ?? '');
    const maxBits = ip === 6 ? 128 : 32;
    if (!ip || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits)))
      problems.push(`TRUSTED_PROXIES: "${proxy}" is not an IP address or a CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)`);
  }

  const pageCacheText = env.PAGE_CACHE_MB ?? '32';
  if (!/^\d{1,4}$/.test(pageCacheText) || Number(pageCacheText) < 1 || Number(pageCacheText) > 4096)
    problems.push(`PAGE_CACHE_MB: "${pageCacheText}" must be a number of megabytes from 1 to 4096`);

  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,}$/.test(metricsToken))
    problems.push('METRICS_TOKEN: at least 16 printable characters without spaces (e.g. the output of `openssl rand -hex 24`)');

  if (problems.length > 0) throw new ConfigError(problems);
  const host = new URL(publicUrl).hostname;
  return Object.freeze({
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl,
    database: Object.freeze(database as DatabaseConfig),
    demo: demoText === '1' || demoText === 'true',
    production,
    logLevel,
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || `Essor <ne-pas-repondre@${host}>`,
    reminderMonths: Number(reminderText),
    trustedProxies: Object.freeze(trustedProxies) as string[],
    pageCacheBytes: Number(pageCacheText) * 1024 * 1024,
    metricsToken,
  });
}
