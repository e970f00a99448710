/**
 * The demo's observatory: synthetic SIRENE files (real headers, realistic shares, seeded) written
 * to a temporary folder and imported like real ones, marked synthetic so that pages say so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../db/database.ts';
import { listTerritories } from '../territories/territories.public.ts';
import { importObservatory } from './observatory.import.ts';
import { writeSyntheticSirene } from './observatory.synthetic.ts';

/** Legal units of the demo's synthetic extract (about 150,000 establishments: a few seconds at first start). */
export const DEMO_LEGAL_UNITS = 120_000;

export async function loadDemoObservatory(database: Database): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essor-demo-sirene-'));
  try {
    const communes = (await listTerritories(database.db, 'commune')).map((c) => ({
      code: c.code,
      name: c.name,
      population: c.population,
      postcode: c.postcodes?.split(' ')[0] ?? null,
    }));
    const files = await writeSyntheticSirene({ outDir: dir, legalUnits: DEMO_LEGAL_UNITS, communes, date: '2026-11-01' });
    await importObservatory(database, { ...files, synthetic: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
