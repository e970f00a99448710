/** `essor search:rebuild`: rebuilds the search index from the content, showing progress. */
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../server/prepare.ts';
import { rebuildSearchIndex } from '../features/search/search.index.ts';

export async function searchRebuildCommand(config: Readonly<Config>): Promise<number> {
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database, { demo: false });
    const started = Date.now();
    let lastShown = 0;
    const count = await rebuildSearchIndex(database.db, (done, total) => {
      if (done === total || Date.now() - lastShown > 500) {
        lastShown = Date.now();
        process.stderr.write(`\rIndexation : ${done} / ${total} documents (${Math.round((done / Math.max(total, 1)) * 100)} %)`);
      }
    });
    process.stderr.write(`\nIndex de recherche reconstruit : ${count} documents en ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    return 0;
  } finally {
    await database.close();
  }
}
