import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Milliseconds of CPU (user + system) this process spent since `before`, a `process.cpuUsage()`. */
function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The wall-clock milliseconds of one call. */
function wallMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The milliseconds of CPU of one call. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  return cpuMsSince(before);
}

// runs `fn` `warmup` times unmeasured (JIT, caches), then measures each of `runs` calls
function measuredRuns(
  fn: () => unknown,
  runs: number,
  warmup: number,
  measure: (fn: () => unknown) => number,
): number[] {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: runs }, () => measure(fn));
}

/** Runs `fn` `warmup` times untimed (JIT, caches), then returns the milliseconds of each of `runs` timed calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 5): number[] {
  return measuredRuns(fn, runs, warmup, wallMs);
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
      cpu?.[k]?.push(cpuMsSince(before));
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
  return measuredRuns(fn, runs, warmup, cpuMs);
}

// the rounds whose median is the cold figure: the fixed warm-up the bench had before
const COLD_ROUNDS = 20;

/**
 * How a warm-up ended: the rounds it took, each function's median ms over its first 20 rounds (the cold figure), and
 * whether the analyzer's times had stopped falling at the minimum, later, or not by the cap.
 */
export interface WarmUp {
  rounds: number;
  coldMedians: number[];
  end: 'minimum' | 'settled' | 'cap';
}

/**
 * Runs the functions in alternation for at least `min` rounds and then until the first one's times stop falling (the
 * median of the last `window` rounds within `tolerance` of the median of the `window` before), at most `max`; the
 * rounds are timed only for the cold figure and the check. V8 optimises a program of hundreds of functions on a
 * background thread over many calls: the analyzer's time on the seed fell from 22 ms to 11-12 ms over its first 25
 * calls and on to about 9 ms by the 200th, the bare parse's stayed at 3.5 ms from the 25th (a trace of 300 calls on 2
 * CPUs at load 0.3-1.2), so 20 warm-up runs timed it partly unoptimised, by an amount that changed with the load, and
 * a shorter minimum stopped on noise before the slow part was over. A drift under `tolerance` per window goes unseen.
 */
export function warmUntilSteady(
  fns: readonly (() => unknown)[],
  { min = 200, max = 400, window = 25, tolerance = 0.03 } = {},
): WarmUp {
  const times: number[][] = fns.map(() => []);
  const ended = (rounds: number, end: WarmUp['end']): WarmUp => ({
    rounds,
    coldMedians: times.map((t) => median(t.slice(0, COLD_ROUNDS))),
    end,
  });
  for (let rounds = 1; rounds <= max; rounds++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
    });
    if (rounds < Math.max(min, 2 * window)) continue;
    const own = times[0]!;
    const last = median(own.slice(-window));
    const before = median(own.slice(-2 * window, -window));
    if (last >= before * (1 - tolerance))
      return ended(rounds, rounds === min ? 'minimum' : 'settled');
  }
  return ended(max, 'cap');
}
