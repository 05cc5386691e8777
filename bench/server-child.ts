import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The node flags `npm start` gives Byline (e.g. the young generation's size), so the bench runs it the same way. */
export const START_FLAGS: string[] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((word) => /^--max-[a-z-]+=\d+$/.test(word));

const live = new Set<ChildProcess>();

/** Kills every server this process started and has not stopped (the benchmark's time bound ran out). */
export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
}

/** A server started as a child process on loopback, port 0. */
export interface ChildServer {
  child: ChildProcess;
  base: string;
  /** Milliseconds from spawn until it printed where it listens. */
  startMs: number;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  output: () => string;
}

/**
 * Starts `script` (default: Byline's server/main.ts) with tsx on `dataFile` and resolves once it printed
 * an http://localhost:<port>/ address. `env` adds to the environment (e.g. another store's settings).
 */
export function startServer(
  dataFile: string,
  options: {
    script?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    nodeArgs?: string[];
  } = {},
): Promise<ChildServer> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.script ? [] : START_FLAGS),
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      options.script ?? 'server/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        BYLINE_HOST: '127.0.0.1',
        BYLINE_DATA: dataFile,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  live.add(child);
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? signal ?? -1);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (port && timer.hasRef()) {
        clearTimeout(timer);
        timer.unref();
        const startMs = performance.now() - started;
        resolve({ child, base: `http://127.0.0.1:${port}`, startMs, exited, output: () => out });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
export function rssMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The fields of /proc/<pid>/stat after the command name (the first is the state, the second the ppid). */
function statFields(pid: number | string): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
}

/**
 * User + system CPU milliseconds a process has used (Linux /proc, clock ticks of 10 ms), or NaN
 * elsewhere. With `children`, also its children's: those it waited for and those still running (for a
 * PostgreSQL server: every backend, also one that has exited).
 */
export function cpuMs(pid: number | undefined, options: { children?: boolean } = {}): number {
  try {
    const ticks = (f: string[], from: number, to: number) =>
      f.slice(from, to + 1).reduce((sum, x) => sum + Number(x), 0);
    const own = statFields(pid!);
    let total = ticks(own, 11, options.children ? 14 : 12);
    if (options.children) {
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const f = statFields(entry);
          if (Number(f[1]) === pid) total += ticks(f, 11, 12);
        } catch {
          // The process ended while we looked.
        }
      }
    }
    return total * 10;
  } catch {
    return NaN;
  }
}

/** Sends SIGTERM and waits for the exit code. */
export async function stopServer(server: ChildServer): Promise<number | string> {
  server.child.kill('SIGTERM');
  return server.exited;
}
