import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface CliRun {
  ms: number;
  outputLines: number;
  ok: boolean;
}

/** Runs the analyzer CLI once as a user would (a fresh node process) and measures its wall time. */
export function timeCli(args: readonly string[]): CliRun {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  return {
    ms,
    outputLines: p.stdout ? p.stdout.split('\n').filter(Boolean).length : 0,
    ok: p.status === 0,
  };
}

/** Short sentences of each label written for the benchmark (no article or CheckThat! text). */
export function syntheticLines(n: number): string {
  const kinds = [
    (i: number) => `The council approved budget number ${i} on Tuesday.`,
    (i: number) => `"We will finish road ${i} by spring," the mayor said.`,
    (i: number) => `Critics say plan ${i} is a reckless and costly mistake.`,
    (i: number) => `This could spark a dramatic shift in district ${i}.`,
  ];
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length]!(i)).join('\n') + '\n';
}
