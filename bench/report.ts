/**
 * Reporting: the machine description, the results table printed on stdout, and the
 * JSON file written to bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TargetResult } from './measure.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  memoryGb: number;
}

/** CPU count, CPU model (from /proc/cpuinfo), Node.js version. */
export function describeMachine(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux: keep os.cpus()
  }
  return {
    cpus: os.availableParallelism(),
    cpuModel,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  };
}

export interface TargetRow extends TargetResult {
  /** Peak VmRSS of the server during this target's runs (MB). */
  peakRssMb: number;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The results as an aligned text table. */
export function formatTable(rows: TargetRow[]): string {
  const header = ['target', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', '1st ms', 'KB sent', 'peak RSS MB'];
  const lines = rows.map((r) => [
    r.label,
    String(r.connections),
    fixed(r.requestsPerSecond, 0),
    fixed(r.latencyP50Ms, 2),
    fixed(r.latencyP99Ms, 2),
    String(r.non2xx),
    String(r.errors),
    `${fixed(r.firstMs, 1)}${r.firstStatus === 200 ? '' : ` (${r.firstStatus})`}`,
    fixed(r.bytes / 1024, 1),
    fixed(r.peakRssMb, 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** Writes `data` to `<dir>/<timestamp>.json` and returns the file path. */
export function writeResults(dir: string, data: unknown): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
