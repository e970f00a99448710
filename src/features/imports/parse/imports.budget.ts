/**
 * Imports: the time budget of one page. Parsing is synchronous, so the budget of the page being
 * parsed is module state: `withBudget` sets it around one parse, and the readers' loops call
 * `spend()`, which throws `BudgetExceeded` once the page has taken longer than allowed. A page
 * that exhausts its budget fails alone; the other files of the import go on.
 */

export class BudgetExceeded extends Error {
  constructor(readonly ms: number) {
    super(`analyse abandonnée après ${ms} ms`);
  }
}

/** How many `spend()` calls pass between two readings of the clock. */
const STRIDE = 256;
let deadline = Infinity;
let allowed = 0;
let calls = 0;

/** Runs `parse` with a budget of `ms` milliseconds (restoring the previous budget after). */
export function withBudget<T>(ms: number, parse: () => T): T {
  const saved = { deadline, allowed, calls };
  deadline = performance.now() + ms;
  allowed = ms;
  calls = 0;
  try {
    return parse();
  } finally {
    ({ deadline, allowed, calls } = saved);
  }
}

/** Counts one unit of work; throws `BudgetExceeded` when the current page is over its budget. */
export function spend(): void {
  if (++calls % STRIDE === 0 && performance.now() > deadline) throw new BudgetExceeded(allowed);
}
