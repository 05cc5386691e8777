import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../server/store/types.ts';
import { importSnapshot } from '../server/store/postgres/import.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { cpuMs, rssMb, startServer, stopServer, type ChildServer } from './server-child.ts';
import { templateDatabase, seedData, type Seeded } from './server-seed.ts';
import {
  closeAgents,
  closedLoop,
  joinMany,
  openLoop,
  percentile,
  type Acked,
  type LoadResult,
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

// The JSON store's benchmark (bench/server.ts) on PostgreSQL: same seed, same load generators, same figures,
// with one or several Byline processes sharing the database. Loopback only, every phase bounded in time.
// Besides those, the CPU each answer costs the servers, the database and the load generator: on a shared
// machine this varies far less than answers/s, and it says what a quiet machine would do.
const ROOT = join(import.meta.dirname, '..');

/** A database for the run: BYLINE_BENCH_DATABASE_URL, or a throwaway cluster with the default (durable) settings. */
function database(dir: string): { url: string; cpuMs: () => number; stop: () => void } {
  const given = process.env.BYLINE_BENCH_DATABASE_URL;
  if (given) return { url: given, cpuMs: () => NaN, stop: () => undefined };
  const script = join(ROOT, 'scripts', 'postgres-throwaway.sh');
  const url = execFileSync(script, ['start', dir], { encoding: 'utf8' }).trim();
  const postmaster = Number(
    readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  return {
    url,
    cpuMs: () => cpuMs(postmaster, { children: true }),
    stop: () => execFileSync(script, ['stop', dir]),
  };
}

/** A fresh schema of the database per seeded data set, so runs never see each other's rows. */
async function schemaFor(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
  await client.end();
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${name}`);
  return parsed.toString();
}

/** Copies a seeded data file into a fresh schema, as `npm run migrate:json-to-postgres` would. */
async function seedPostgres(url: string, seeded: Seeded, name: string): Promise<string> {
  const schemaUrl = await schemaFor(url, name);
  const db = JSON.parse(readFileSync(seeded.file, 'utf8')) as Database;
  await (await openPostgresStore(schemaUrl)).close();
  const pool = new pg.Pool({ connectionString: schemaUrl, max: 1 });
  try {
    const result = await importSnapshot(pool, { ...db }, false);
    if (result.status !== 'imported') throw new Error('bench: the fresh schema was not empty');
    // The copy's WAL is written out now, not by a checkpoint in the middle of the measurements.
    await pool.query('CHECKPOINT').catch(() => undefined);
  } finally {
    await pool.end();
  }
  return schemaUrl;
}

async function startAll(url: string, n: number): Promise<ChildServer[]> {
  const env = { BYLINE_DATABASE_URL: url };
  return Promise.all(Array.from({ length: n }, () => startServer('', { env })));
}

async function stopAll(servers: ChildServer[]): Promise<void> {
  const codes = await Promise.all(servers.map(stopServer));
  const bad = codes.findIndex((c) => c !== 0);
  if (bad !== -1)
    throw new Error(`bench: a server exited with ${codes[bad]}:\n${servers[bad]!.output()}`);
}

/** Starts servers on `url`, runs `work` with them and stops them, also when `work` failed. */
async function withServers<T>(
  url: string,
  n: number,
  work: (servers: ChildServer[]) => Promise<T>,
): Promise<T> {
  const servers = await startAll(url, n);
  try {
    return await work(servers);
  } finally {
    await stopAll(servers);
  }
}

/** Students spread evenly over the servers, as a load balancer would; each group joins on its own server. */
async function joinSpread(
  servers: ChildServer[],
  code: string,
  prefix: string,
  count: number,
  address: string,
) {
  const per = Math.ceil(count / servers.length);
  return Promise.all(
    servers.map((s, i) =>
      joinMany(s.base, code, `${prefix} ${i}-`, Math.min(per, count - i * per), address),
    ),
  );
}

function merge(results: LoadResult[]): LoadResult {
  const other: Record<number, number> = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.other)) other[Number(k)] = (other[Number(k)] ?? 0) + v;
  return {
    acked: results.flatMap((r) => r.acked),
    latenciesMs: results.flatMap((r) => r.latenciesMs),
    other,
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
  };
}

/** CPU milliseconds used so far by the servers, the database and this process (the load generator). */
function cpuNow(servers: ChildServer[], databaseCpu: () => number) {
  const own = process.cpuUsage();
  return {
    servers: servers.reduce((sum, s) => sum + cpuMs(s.child.pid), 0),
    database: databaseCpu(),
    bench: (own.user + own.system) / 1000,
  };
}

/** The closed loop over every server at once, with the CPU each acknowledged answer cost. */
async function capacity(
  servers: ChildServer[],
  seeded: Seeded,
  prefix: string,
  databaseCpu: () => number,
) {
  const groups = await joinSpread(servers, seeded.code, prefix, STUDENTS, '127.0.0.2');
  const before = cpuNow(servers, databaseCpu);
  const run = merge(
    await Promise.all(
      servers.map((s, i) => closedLoop(s.base, groups[i]!, seeded.lessons, CLOSED_MAX_MS)),
    ),
  );
  const after = cpuNow(servers, databaseCpu);
  const per = (k: keyof typeof after) => (after[k] - before[k]) / run.acked.length;
  return {
    ...capacityOf(run),
    cpu: { servers: per('servers'), database: per('database'), bench: per('bench') },
  };
}

/** The bench class's answers in the database against those acknowledged: lost and duplicated ones. */
async function checkDatabase(url: string, acked: Acked[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ key: string; n: string }>(
    `SELECT s.name || '|' || a.lesson_id || '|' || a.question_id AS key, count(*) AS n
     FROM answers a JOIN students s ON s.id = a.student_id WHERE a.class_id = 'bench-class' GROUP BY 1`,
  );
  await client.end();
  return lostAndDuplicated(new Map(rows.map((r) => [r.key, Number(r.n)])), acked);
}

/** The question page beside a bare Express hello world, on one server. */
async function pageSpeed(server: ChildServer, seeded: Seeded) {
  const hello = await startServer('', { script: 'bench/server-hello.ts' });
  try {
    const [reader] = await joinMany(server.base, seeded.code, 'Reader', 1, '127.0.0.4');
    const pageUrl = `${server.base}/play/${seeded.lessons[0]!.id}/q/1`;
    return await pageBesideHello(hello.base + '/', pageUrl, reader!.cookie);
  } finally {
    await stopServer(hello);
  }
}

const fixed = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Runs the benchmark on PostgreSQL with 1 instance, and also with `instances` when that is more. */
export async function postgresBench(instances: number, json: boolean): Promise<void> {
  const say = (line: string) => void (json || console.log(line));
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-pg-'));
  const clusterDir = mkdtempSync(join(tmpdir(), 'byline-bench-cluster-'));
  boundRun();
  const db = database(clusterDir);
  const began = performance.now();
  const out: Record<string, number> = {};
  try {
    say(
      `Byline server benchmark on PostgreSQL (same machine, fsync on): ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start, loopback`,
    );
    const template = await templateDatabase(dir);
    const empty = await seedData(template, join(dir, 'empty'), 0);
    const grown = await seedData(template, join(dir, 'grown'), STORED);
    for (const n of [...new Set([1, instances])]) {
      const tag = `${n} instance${n > 1 ? 's' : ''}`;
      const emptyUrl = await seedPostgres(db.url, empty, `bench_empty_${n}`);
      const fresh = await withServers(emptyUrl, n, (servers) =>
        capacity(servers, empty, 'Closed', db.cpuMs),
      );
      say(
        `${tag}: answers/s, ${STUDENTS} students without pause, 0 stored:      ${fresh.perSecond.toFixed(0)} (p99 ${fresh.p99.toFixed(0)} ms, ${fresh.run.acked.length} acknowledged, other replies ${JSON.stringify(fresh.run.other)})`,
      );

      const grownUrl = await seedPostgres(db.url, grown, `bench_grown_${n}`);
      const figures = await withServers(grownUrl, n, async (servers) => {
        const page = n === 1 ? await pageSpeed(servers[0]!, grown) : undefined;
        const open = await joinSpread(servers, grown.code, 'Open', OPEN_STUDENTS, '127.0.0.3');
        const closed = await capacity(servers, grown, 'Closed', db.cpuMs);
        const steady = await Promise.all(
          servers.map((s, i) => openLoop(s.base, open[i]!, grown.lessons, OPEN_RATE / n, OPEN_MS)),
        );
        const rss = servers.map((s) => rssMb(s.child.pid));
        const sent = steady.reduce((a, s) => a + s.sent, 0);
        return { page, closed, steady: { ...merge(steady), sent }, rss };
      });
      const acked = [...figures.closed.run.acked, ...figures.steady.acked];
      const check = await checkDatabase(grownUrl, acked);
      const p50 = percentile(figures.steady.latenciesMs, 50);
      const p99 = percentile(figures.steady.latenciesMs, 99);
      const achieved = figures.steady.latenciesMs.length / (figures.steady.elapsedMs / 1000);
      const { page } = figures;
      if (page) {
        say(
          `${tag}: question page GET: ${page.page.toFixed(0)} req/s; bare Express hello world: ${page.hello.toFixed(0)} req/s; ratio ${page.ratio.toFixed(2)} (${GET_CONNECTIONS} connections, medians of ${GET_ROUNDS} alternating turns of ${GET_SECONDS} s, non-2xx ${page.non2xx})`,
        );
        Object.assign(out, {
          lessonPageRps: Math.round(page.page),
          helloWorldRps: Math.round(page.hello),
          lessonPageRatio: Number(page.ratio.toFixed(3)),
        });
      }
      const { cpu } = figures.closed;
      say(
        `${tag}: answers/s, ${STUDENTS} students without pause, ${STORED} stored: ${figures.closed.perSecond.toFixed(0)} (p99 ${figures.closed.p99.toFixed(0)} ms, other replies ${JSON.stringify(figures.closed.run.other)})`,
      );
      say(
        `${tag}: CPU ms per acknowledged answer in that run: servers ${fixed(cpu.servers, 2)}, database ${fixed(cpu.database, 2)}, load generator ${fixed(cpu.bench, 2)}`,
      );
      say(
        `${tag}: steady ${OPEN_RATE} answers/s for ${OPEN_MS / 1000} s (open loop), ${STORED}+ stored: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (${figures.steady.sent} sent, ${figures.steady.acked.length} acknowledged, other ${JSON.stringify(figures.steady.other)}, completed ${achieved.toFixed(0)}/s)`,
      );
      say(
        `${tag}: after SIGTERM: ${acked.length} acknowledged, ${check.stored} in the database, ${check.lost} lost, ${check.duplicated} duplicated`,
      );
      say(
        `${tag}: resident memory per process at ${STORED}+ stored: ${figures.rss.map((r) => r.toFixed(0)).join(', ')} MB`,
      );
      Object.assign(out, {
        [`answersPerSecondEmpty_${n}`]: Math.round(fresh.perSecond),
        [`answersPerSecond_${n}`]: Math.round(figures.closed.perSecond),
        [`closedLoopP99Ms_${n}`]: Math.round(figures.closed.p99),
        [`serverCpuMsPerAnswer_${n}`]: Number(fixed(cpu.servers, 3)),
        [`databaseCpuMsPerAnswer_${n}`]: Number(fixed(cpu.database, 3)),
        [`benchCpuMsPerAnswer_${n}`]: Number(fixed(cpu.bench, 3)),
        [`p50Ms_${n}`]: Number(p50.toFixed(1)),
        [`p99Ms_${n}`]: Number(p99.toFixed(1)),
        [`acknowledged_${n}`]: acked.length,
        [`stored_${n}`]: check.stored,
        [`lost_${n}`]: check.lost,
        [`duplicated_${n}`]: check.duplicated,
        [`rssMb_${n}`]: Math.round(Math.max(...figures.rss)),
      });
    }

    // Half a million answers in the database: start-up time and memory of one server.
    const big = await seedData(template, join(dir, 'big'), STORED_BIG);
    const bigUrl = await seedPostgres(db.url, big, 'bench_big');
    const bigRun = await withServers(bigUrl, 1, async ([server]) => {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      return { startMs: server!.startMs, rss: rssMb(server!.child.pid) };
    });
    const emptyStart = await withServers(await seedPostgres(db.url, empty, 'bench_empty'), 1, (s) =>
      Promise.resolve(s[0]!.startMs),
    );
    say(
      `start-up at ${STORED_BIG} stored: ${bigRun.startMs.toFixed(0)} ms (an almost empty database: ${emptyStart.toFixed(0)} ms); resident memory ${bigRun.rss.toFixed(0)} MB ${SETTLE_MS / 1000} s after start`,
    );
    Object.assign(out, {
      rssMb500k: Math.round(bigRun.rss),
      startMs500k: Math.round(bigRun.startMs),
      startMsEmpty: Math.round(emptyStart),
    });
    say(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end; ${((performance.now() - began) / 1000).toFixed(0)} s in all`,
    );
    if (json)
      console.log(
        JSON.stringify({
          store: 'postgres',
          instances,
          ...out,
          steadyRate: OPEN_RATE,
          cores: cpus().length,
          loadAverage: loadavg()[0],
        }),
      );
  } finally {
    closeAgents();
    db.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(clusterDir, { recursive: true, force: true });
  }
}
