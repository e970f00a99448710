/**
 * A readable word-level diff of two texts: the common prefix and suffix are set aside, the middle is
 * aligned by longest common subsequence. Used to show what changed between two profile versions.
 */

export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

/** Beyond this many cells, the changed middle is shown as one removal and one addition. */
const MAX_CELLS = 4_000_000;

const words = (text: string) => text.split(/(\s+)/).filter((w) => w !== '');

export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'del', midA);
    push(parts, 'add', midB);
  } else {
    for (const [op, word] of lcsOps(midA, midB)) push(parts, op, [word]);
  }
  push(parts, 'same', a.slice(endA));
  return coalesce(parts);
}

/**
 * Joins changes separated only by spaces into one removal followed by one addition, so that a
 * rewritten sentence reads "old sentence → new sentence" rather than word by word.
 */
function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    if (del) out.push({ op: 'del', text: del });
    if (add) out.push({ op: 'add', text: add });
    del = add = '';
  };
  parts.forEach((part, i) => {
    if (part.op === 'del') del += part.text;
    else if (part.op === 'add') add += part.text;
    else if ((del || add) && /^\s+$/.test(part.text) && i + 1 < parts.length && parts[i + 1]!.op !== 'same') {
      del += part.text;
      add += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

function push(parts: DiffPart[], op: DiffPart['op'], items: string[]): void {
  if (!items.length) return;
  const last = parts.at(-1);
  if (last && last.op === op) last.text += items.join('');
  else parts.push({ op, text: items.join('') });
}

function lcsOps(a: string[], b: string[]): [DiffPart['op'], string][] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i..] and b[j..], flattened.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const ops: [DiffPart['op'], string][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push(['same', a[i]!]);
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) {
      ops.push(['del', a[i++]!]);
    } else {
      ops.push(['add', b[j++]!]);
    }
  }
  while (i < n) ops.push(['del', a[i++]!]);
  while (j < m) ops.push(['add', b[j++]!]);
  return ops;
}

/** True when the parts hold any change. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'same');
}
