#!/usr/bin/env node
// The `essor` command: runs the build in dist/ (plain JavaScript, made by `npm run build`; `npm start`
// makes it when the sources are newer).
import fs from 'node:fs';

const bundle = new URL('../dist/essor.js', import.meta.url);
if (!fs.existsSync(bundle)) {
  console.error('Essor n’est pas construit : lancez `npm run build` (ou `npm start`, qui le construit au besoin).');
  process.exit(2);
}
await import(bundle.href);
