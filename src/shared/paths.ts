/**
 * Where the project's files are, whether the code runs from src/ (tests, development) or from the
 * build in dist/ (production): the nearest folder holding package.json above this module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, from its root (e.g. `projectPath('src/web/static')`). */
export const projectPath = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
