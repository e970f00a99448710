/**
 * Static assets (src/web/static): served under /static with long-lived caching;
 * their URLs carry a content hash so that a new version is fetched at once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../shared/paths.ts';

export const STATIC_DIR = projectPath('src/web/static');

const hashes = new Map<string, string>();

/** `/static/style.css?v=1a2b3c4d` */
export function assetUrl(file: string): string {
  let hash = hashes.get(file);
  if (!hash) {
    hash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(STATIC_DIR, file)))
      .digest('hex')
      .slice(0, 10);
    hashes.set(file, hash);
  }
  return `/static/${file}?v=${hash}`;
}
