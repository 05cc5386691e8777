import autocannon from 'autocannon';
import { killAll } from './server-child.ts';
import { percentile, type Acked, type LoadResult } from './server-load.ts';

// The server benchmark's plan, shared by the JSON store's run (bench/server.ts) and PostgreSQL's
// (bench/server-postgres.ts), so both print the same figures for the same load.
// Loopback only, every phase bounded in time; a whole run stays well under 5 minutes.
export const STUDENTS = 200;
export const OPEN_STUDENTS = 250;
export const STORED = 50_000;
export const STORED_BIG = 500_000;
export const OPEN_RATE = 500;
export const OPEN_MS = 10_000;
export const CLOSED_MAX_MS = 10_000;
export const GET_SECONDS = 2;
/** The page and the hello world take turns this many times; each figure is the median of its turns. */
export const GET_ROUNDS = 3;
export const GET_CONNECTIONS = 50;
/** Start-up garbage (the parsed text) is collected while the server idles; memory is read after that. */
export const SETTLE_MS = 3_000;
/** The whole run, servers started included, never takes longer. */
const LIMIT_MS = 290_000;

/** Ends the process (and every server it started) once the run has taken LIMIT_MS. */
export function boundRun(): void {
  const bound = setTimeout(() => {
    console.error(
      `bench: stopped after ${LIMIT_MS / 1000} s; the machine is too busy for this run`,
    );
    killAll();
    process.exit(1);
  }, LIMIT_MS);
  bound.unref();
}

/** Requests per second of GET `url` under GET_CONNECTIONS connections for GET_SECONDS. */
async function rps(url: string, cookie = ''): Promise<{ rps: number; non2xx: number }> {
  const result = await autocannon({
    url,
    connections: GET_CONNECTIONS,
    duration: GET_SECONDS,
    headers: cookie ? { cookie } : {},
  });
  return { rps: result.requests.average, non2xx: result.non2xx + result.errors };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/**
 * GET requests/s of the question page beside a bare hello world, in GET_ROUNDS alternating turns; each
 * figure is the median of its turns. One turn each measured two moments of a shared machine's load, and
 * a busy second in one of them moved the ratio either way (0.55 and 0.83 in two runs of the same code).
 */
export async function pageBesideHello(helloUrl: string, pageUrl: string, cookie: string) {
  const hellos: number[] = [];
  const pages: number[] = [];
  let non2xx = 0;
  for (let round = 0; round < GET_ROUNDS; round++) {
    hellos.push((await rps(helloUrl)).rps);
    const page = await rps(pageUrl, cookie);
    pages.push(page.rps);
    non2xx += page.non2xx;
  }
  const hello = median(hellos);
  const page = median(pages);
  return { hello, page, ratio: page / hello, non2xx };
}

/** A closed-loop run's figures: answers acknowledged per second and the p99 latency. */
export function capacityOf(run: LoadResult) {
  return {
    run,
    perSecond: run.acked.length / (run.elapsedMs / 1000),
    p99: percentile(run.latenciesMs, 99),
  };
}

/**
 * Lost and duplicated answers: `counts` has how many answers are stored per "name|lesson|question" of
 * the bench class; every acknowledged answer must be there exactly once.
 */
export function lostAndDuplicated(counts: Map<string, number>, acked: Acked[]) {
  const lost = acked.filter((a) => !counts.has(`${a.name}|${a.lessonId}|${a.questionId}`)).length;
  const stored = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const duplicated = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
  return { stored, lost, duplicated };
}
