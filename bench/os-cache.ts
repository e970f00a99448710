/**
 * The OS page cache: this kind of machine gives back cached file pages it has not read for a while,
 * so a database file is read through once before measuring, as on a server that has been
 * answering for a while (otherwise the first reads of each row go to the disk).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Reads a file through once, so that the OS keeps it in its cache; returns the time taken, in ms. */
export function readThrough(file: string): number {
  const started = performance.now();
  const buffer = Buffer.alloc(16 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    while (fs.readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    fs.closeSync(fd);
  }
  return performance.now() - started;
}
