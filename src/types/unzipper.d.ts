/** The part of unzipper (a dependency of exceljs too) the observatory uses to read zipped SIRENE files. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  interface Entry {
    path: string;
    stream(): Readable;
  }
  const unzipper: { Open: { file(path: string): Promise<{ files: Entry[] }> } };
  export default unzipper;
}
