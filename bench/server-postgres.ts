import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../server/store/types.ts';
import { importSnapshot } from '../server/store/postgres/import.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { killAll, rssMb, startServer, stopServer, type ChildServer } from './server-child.ts';
import { templateDatabase, seedData, type Seeded } from './server-seed.ts';
import {
  closeAgents,
  closedLoop,
  joinMany,
  openLoop,
  percentile,
  type Acked,
} from './server-load.ts';
import type { LoadResult } from './server-load.ts';

// The JSON store's benchmark (bench/server.ts) on PostgreSQL: same seed, same load generators, same figures,
// with one or several Byline processes sharing the database. Loopback only, every phase bounded in time.
const STUDENTS = 200;
const OPEN_STUDENTS = 250;
const STORED = 50_000;
const OPEN_RATE = 500;
const OPEN_MS = 10_000;
const CLOSED_MAX_MS = 10_000;
const LIMIT_MS = 290_000;
const ROOT = join(import.meta.dirname, '..');

/** A database for the run: BYLINE_BENCH_DATABASE_URL, or a throwaway cluster with the default (durable) settings. */
function database(dir: string): { url: string; stop: () => void } {
  const given = process.env.BYLINE_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const script = join(ROOT, 'scripts', 'postgres-throwaway.sh');
  const url = execFileSync(script, ['start', dir], { encoding: 'utf8' }).trim();
  return { url, stop: () => execFileSync(script, ['stop', dir]) };
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

async function capacity(servers: ChildServer[], seeded: Seeded, prefix: string) {
  const groups = await joinSpread(servers, seeded.code, prefix, STUDENTS, '127.0.0.2');
  const run = merge(
    await Promise.all(
      servers.map((s, i) => closedLoop(s.base, groups[i]!, seeded.lessons, CLOSED_MAX_MS)),
    ),
  );
  return {
    run,
    perSecond: run.acked.length / (run.elapsedMs / 1000),
    p99: percentile(run.latenciesMs, 99),
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
  const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
  const lost = acked.filter((a) => !counts.has(`${a.name}|${a.lessonId}|${a.questionId}`)).length;
  const stored = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const duplicated = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
  return { stored, lost, duplicated };
}

/** Runs the benchmark on PostgreSQL with 1 instance, and also with `instances` when that is more. */
export async function postgresBench(instances: number, json: boolean): Promise<void> {
  const say = (line: string) => void (json || console.log(line));
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-pg-'));
  const clusterDir = mkdtempSync(join(tmpdir(), 'byline-bench-cluster-'));
  const bound = setTimeout(() => {
    console.error(
      `bench: stopped after ${LIMIT_MS / 1000} s; the machine is too busy for this run`,
    );
    killAll();
    process.exit(1);
  }, LIMIT_MS);
  bound.unref();
  const db = database(clusterDir);
  const began = performance.now();
  const out: Record<string, number> = {};
  try {
    say(
      `Byline server benchmark on PostgreSQL (same machine, fsync on): ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start, loopback`,
    );
    const template = await templateDatabase(dir);
    const counts = [...new Set([1, instances])];
    for (const n of counts) {
      const tag = `${n} instance${n > 1 ? 's' : ''}`;
      const empty = await seedData(template, join(dir, `empty${n}`), 0);
      const emptyUrl = await seedPostgres(db.url, empty, `bench_empty_${n}`);
      let servers = await startAll(emptyUrl, n);
      const fresh = await capacity(servers, empty, 'Closed').finally(() => stopAll(servers));
      say(
        `${tag}: answers/s, ${STUDENTS} students without pause, 0 stored:      ${fresh.perSecond.toFixed(0)} (p99 ${fresh.p99.toFixed(0)} ms, ${fresh.run.acked.length} acknowledged, other replies ${JSON.stringify(fresh.run.other)})`,
      );

      const grown = await seedData(template, join(dir, `grown${n}`), STORED);
      const grownUrl = await seedPostgres(db.url, grown, `bench_grown_${n}`);
      servers = await startAll(grownUrl, n);
      let figures;
      try {
        const open = await joinSpread(servers, grown.code, 'Open', OPEN_STUDENTS, '127.0.0.3');
        const closed = await capacity(servers, grown, 'Closed');
        const steady = await Promise.all(
          servers.map((s, i) => openLoop(s.base, open[i]!, grown.lessons, OPEN_RATE / n, OPEN_MS)),
        );
        const rss = servers.map((s) => rssMb(s.child.pid));
        figures = {
          closed,
          steady: { ...merge(steady), sent: steady.reduce((a, s) => a + s.sent, 0) },
          rss,
        };
      } finally {
        await stopAll(servers);
      }
      const acked = [...figures.closed.run.acked, ...figures.steady.acked];
      const check = await checkDatabase(grownUrl, acked);
      const p50 = percentile(figures.steady.latenciesMs, 50);
      const p99 = percentile(figures.steady.latenciesMs, 99);
      say(
        `${tag}: answers/s, ${STUDENTS} students without pause, ${STORED} stored: ${figures.closed.perSecond.toFixed(0)} (p99 ${figures.closed.p99.toFixed(0)} ms, other replies ${JSON.stringify(figures.closed.run.other)})`,
      );
      say(
        `${tag}: steady ${OPEN_RATE} answers/s for ${OPEN_MS / 1000} s (open loop), ${STORED}+ stored: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (${figures.steady.sent} sent, ${figures.steady.acked.length} acknowledged, other ${JSON.stringify(figures.steady.other)})`,
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
        [`p50Ms_${n}`]: Number(p50.toFixed(1)),
        [`p99Ms_${n}`]: Number(p99.toFixed(1)),
        [`acknowledged_${n}`]: acked.length,
        [`stored_${n}`]: check.stored,
        [`lost_${n}`]: check.lost,
        [`duplicated_${n}`]: check.duplicated,
        [`rssMb_${n}`]: Math.round(Math.max(...figures.rss)),
      });
    }
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
