import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../server/store/types.ts';
import { killAll, rssMb, startServer, stopServer, type ChildServer } from './server-child.ts';
import { postgresBench } from './server-postgres.ts';
import { templateDatabase, seedData, type Seeded } from './server-seed.ts';
import {
  closeAgents,
  closedLoop,
  joinMany,
  openLoop,
  percentile,
  type Acked,
} from './server-load.ts';
import {
  boundRun,
  capacityOf,
  CLOSED_MAX_MS,
  GET_CONNECTIONS,
  GET_ROUNDS,
  GET_SECONDS,
  lostAndDuplicated,
  OPEN_MS,
  OPEN_RATE,
  OPEN_STUDENTS,
  pageBesideHello,
  SETTLE_MS,
  STORED,
  STORED_BIG,
  STUDENTS,
} from './server-plan.ts';

const json = process.argv.includes('--json');
const say = (line: string) => {
  if (!json) console.log(line);
};

async function withServer<T>(file: string, run: (s: ChildServer) => Promise<T>): Promise<T> {
  const server = await startServer(file);
  try {
    return await run(server);
  } finally {
    const code = await stopServer(server);
    if (code !== 0) throw new Error(`bench: the server exited with ${code}:\n${server.output()}`);
  }
}

/** Answers in the file after the run, against those acknowledged: lost and duplicated ones. */
function checkFile(file: string, acked: Acked[]) {
  const db = JSON.parse(readFileSync(file, 'utf8')) as Database;
  const names = new Map(db.students.map((s) => [s.id, s.name]));
  const counts = new Map<string, number>();
  for (const a of db.answers) {
    if (a.classId !== 'bench-class') continue;
    const key = `${names.get(a.studentId)}|${a.lessonId}|${a.questionId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lostAndDuplicated(counts, acked);
}

async function capacity(seeded: Seeded, server: ChildServer) {
  const students = await joinMany(server.base, seeded.code, 'Closed', STUDENTS, '127.0.0.2');
  return capacityOf(await closedLoop(server.base, students, seeded.lessons, CLOSED_MAX_MS));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
  const began = performance.now();
  try {
    say(
      `Byline server benchmark: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start, loopback`,
    );
    const template = await templateDatabase(dir);

    // 1. Capacity on a fresh file.
    const empty = await seedData(template, join(dir, 'empty'), 0);
    const fresh = await withServer(empty.file, (s) => capacity(empty, s));
    say(
      `answers/s, ${STUDENTS} students without pause, 0 stored:      ${fresh.perSecond.toFixed(0)} (p99 ${fresh.p99.toFixed(0)} ms, ${fresh.run.acked.length} acknowledged, other replies ${JSON.stringify(fresh.run.other)})`,
    );

    // 2. The same file grown to 50,000 answers: page speed, capacity, steady load, memory, and the check.
    const grown = await seedData(template, join(dir, 'grown'), STORED);
    const hello = await startServer('', { script: 'bench/server-hello.ts' });
    const figures = await withServer(grown.file, async (server) => {
      const readers = await joinMany(server.base, grown.code, 'Reader', 1, '127.0.0.4');
      const lesson = grown.lessons[0]!;
      const pageUrl = `${server.base}/play/${lesson.id}/q/1`;
      const page = await pageBesideHello(hello.base + '/', pageUrl, readers[0]!.cookie);
      const open = await joinMany(server.base, grown.code, 'Open', OPEN_STUDENTS, '127.0.0.3');
      const closed = await capacity(grown, server);
      const steady = await openLoop(server.base, open, grown.lessons, OPEN_RATE, OPEN_MS);
      const rss = rssMb(server.child.pid);
      return { page, closed, steady, rss };
    });
    await stopServer(hello);
    const acked = [...figures.closed.run.acked, ...figures.steady.acked];
    const check = checkFile(grown.file, acked);
    const { ratio } = figures.page;
    say(
      `question page GET: ${figures.page.page.toFixed(0)} req/s; bare Express hello world: ${figures.page.hello.toFixed(0)} req/s; ratio ${ratio.toFixed(2)} (${GET_CONNECTIONS} connections, medians of ${GET_ROUNDS} alternating turns of ${GET_SECONDS} s, non-2xx ${figures.page.non2xx})`,
    );
    say(
      `answers/s, ${STUDENTS} students without pause, ${STORED} stored: ${figures.closed.perSecond.toFixed(0)} (p99 ${figures.closed.p99.toFixed(0)} ms, other replies ${JSON.stringify(figures.closed.run.other)})`,
    );
    const p50 = percentile(figures.steady.latenciesMs, 50);
    const p99 = percentile(figures.steady.latenciesMs, 99);
    const achieved = figures.steady.latenciesMs.length / (figures.steady.elapsedMs / 1000);
    say(
      `steady ${OPEN_RATE} answers/s for ${OPEN_MS / 1000} s (open loop), ${STORED}+ stored: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (${figures.steady.sent} sent, ${figures.steady.acked.length} acknowledged, other ${JSON.stringify(figures.steady.other)}, completed ${achieved.toFixed(0)}/s)`,
    );
    say(
      `after SIGTERM: ${acked.length} acknowledged, ${check.stored} in the file, ${check.lost} lost, ${check.duplicated} duplicated`,
    );
    say(`resident memory at ${STORED}+ stored: ${figures.rss.toFixed(0)} MB`);

    // 3. Half a million answers: start-up time and memory.
    const big = await seedData(template, join(dir, 'big'), STORED_BIG);
    const bigRun = await withServer(big.file, async (server) => {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      return { startMs: server.startMs, rss: rssMb(server.child.pid) };
    });
    const emptyStart = await withServer(empty.file, async (server) => server.startMs);
    say(
      `start-up at ${STORED_BIG} stored: ${bigRun.startMs.toFixed(0)} ms (an almost empty file: ${emptyStart.toFixed(0)} ms); resident memory ${bigRun.rss.toFixed(0)} MB ${SETTLE_MS / 1000} s after start`,
    );
    say(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end; ${((performance.now() - began) / 1000).toFixed(0)} s in all`,
    );

    if (json) {
      console.log(
        JSON.stringify({
          lessonPageRps: Math.round(figures.page.page),
          helloWorldRps: Math.round(figures.page.hello),
          lessonPageRatio: Number(ratio.toFixed(3)),
          answersPerSecond: Math.round(figures.closed.perSecond),
          answersPerSecondEmpty: Math.round(fresh.perSecond),
          closedLoopP99Ms: Math.round(figures.closed.p99),
          p50Ms: Number(p50.toFixed(1)),
          p99Ms: Number(p99.toFixed(1)),
          steadyRate: OPEN_RATE,
          steadySent: figures.steady.sent,
          acknowledged: acked.length,
          stored: check.stored,
          lost: check.lost,
          duplicated: check.duplicated,
          rssMb: Math.round(figures.rss),
          rssMb500k: Math.round(bigRun.rss),
          startMs500k: Math.round(bigRun.startMs),
          startMsEmpty: Math.round(emptyStart),
          cores: cpus().length,
          loadAverage: loadavg()[0],
        }),
      );
    }
  } finally {
    closeAgents();
    rmSync(dir, { recursive: true, force: true });
  }
}

boundRun();

/** The value after `--name` on the command line, if given. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

// --store postgres [--instances N]: the same figures on PostgreSQL (bench/server-postgres.ts).
function chosenRun(): () => Promise<void> {
  const store = option('--store') ?? 'json';
  const instances = Number(option('--instances') ?? 1);
  if (store !== 'json' && store !== 'postgres')
    throw new Error(`--store must be json or postgres, got "${store}"`);
  if (!Number.isInteger(instances) || instances < 1 || instances > 8)
    throw new Error(
      `--instances must be a whole number from 1 to 8, got "${option('--instances')}"`,
    );
  if (store === 'json' && instances !== 1)
    throw new Error('--instances needs --store postgres: only one process may use a JSON file');
  return store === 'postgres' ? () => postgresBench(instances, json) : main;
}

Promise.resolve()
  .then(() => chosenRun()())
  .catch((err: unknown) => {
    killAll();
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
