import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Runs `fn` `warmup` times untimed (JIT, caches), then returns the milliseconds of each of `runs` timed calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Times several functions in alternation (a, b, a, b, …) so background load hits each alike;
 * returns one list of milliseconds per function. With `cpu`, also fills one list per function with the milliseconds
 * of CPU this process spent in each call (see `cpuRuns`).
 */
export function timeInterleaved(
  fns: readonly (() => unknown)[],
  runs: number,
  warmup = 5,
  cpu?: number[][],
): number[][] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  fns.forEach((_, k) => (cpu ? (cpu[k] = []) : undefined));
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const before = process.cpuUsage();
      const t0 = performance.now();
      fn();
      times[k]?.push(performance.now() - t0);
      const used = process.cpuUsage(before);
      cpu?.[k]?.push((used.user + used.system) / 1000);
    });
  }
  return times;
}

/** Whitespace-separated words: the unit of the "per 1,000 words" figures. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Like `timeRuns`, but the milliseconds of CPU this process spent (user + system) in each call: on a machine
 * other processes keep busy, it varies much less than wall time.
 */
export function cpuRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}
