/**
 * Memory of the server process, read from /proc/<pid>/status (Linux): VmRSS sampled
 * every 200 ms during the runs, and VmHWM (the kernel's own peak) on demand.
 */
import fs from 'node:fs';

/** VmRSS and VmHWM of a process, in MB, or undefined when /proc cannot tell. */
export function readMemory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    return Number.isNaN(rss) ? undefined : { rssMb: rss / 1024, hwmMb: hwm / 1024 };
  } catch {
    return undefined;
  }
}

export interface MemorySampler {
  /** Peak VmRSS since the last `resetPeak` (MB). */
  peakSinceReset(): number;
  resetPeak(): void;
  /** Peak VmRSS over all samples (MB), and the number of samples taken. */
  overall(): { peakMb: number; samples: number };
  stop(): void;
}

/** Samples VmRSS of `pid` every `intervalMs` until stopped. */
export function sampleMemory(pid: number, intervalMs = 200): MemorySampler {
  let peak = 0;
  let peakSinceReset = 0;
  let samples = 0;
  const take = () => {
    const memory = readMemory(pid);
    if (!memory) return;
    samples++;
    peak = Math.max(peak, memory.rssMb);
    peakSinceReset = Math.max(peakSinceReset, memory.rssMb);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    peakSinceReset: () => {
      take();
      return peakSinceReset;
    },
    resetPeak: () => {
      peakSinceReset = 0;
      take();
    },
    overall: () => ({ peakMb: peak, samples }),
    stop: () => clearInterval(timer),
  };
}
