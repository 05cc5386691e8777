import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { rssMb, startServer, stopServer, type ChildServer } from './server-child.ts';
import { closeAgents, joinMany } from './server-load.ts';
import { seedData, templateDatabase } from './server-seed.ts';

// A profiling aid, not a figure for the README: the question page at STORED answers (50,000) under
// autocannon beside a bare Express hello world. Besides requests/s it prints the server's own CPU time
// per request, which a busy shared machine disturbs far less. BYLINE_PROFILE_FLAGS adds node flags to
// the Byline server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").

const SECONDS = Number(process.env.SECONDS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

/** User + system CPU milliseconds the process has used (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function load(server: ChildServer, url: string, cookie = '') {
  const before = cpuMs(server.child.pid);
  const result = await autocannon({
    url,
    connections: 50,
    duration: SECONDS,
    headers: cookie ? { cookie } : {},
  });
  const cpu = cpuMs(server.child.pid) - before;
  const rps = result.requests.average;
  return { rps, usPerRequest: (cpu * 1000) / result.requests.total, non2xx: result.non2xx };
}

const dir = mkdtempSync(join(tmpdir(), 'byline-profile-'));
try {
  const stored = Number(process.env.STORED ?? 50_000);
  const seeded = await seedData(await templateDatabase(dir), join(dir, 'grown'), stored);
  const nodeArgs = (process.env.BYLINE_PROFILE_FLAGS ?? '').split(' ').filter(Boolean);
  const server = await startServer(seeded.file, { nodeArgs });
  console.log(`rss after start: ${rssMb(server.child.pid).toFixed(0)} MB`);
  const [reader] = await joinMany(server.base, seeded.code, 'Reader', 1, '127.0.0.4');
  const helloServer = await startServer('', { script: 'bench/server-hello.ts' });
  const url = `${server.base}/play/${seeded.lessons[0]!.id}/q/1`;
  // Interleaved rounds, medians: the machine's load changes from one second to the next.
  const pages: Awaited<ReturnType<typeof load>>[] = [];
  const hellos: typeof pages = [];
  for (let round = 0; round < ROUNDS; round++) {
    pages.push(await load(server, url, reader!.cookie));
    hellos.push(await load(helloServer, helloServer.base + '/'));
  }
  if (process.env.EXTRA) {
    for (const path of process.env.EXTRA.split(',')) {
      const r = await load(server, `${server.base}${path}`, reader!.cookie);
      console.log(`${path}: ${r.rps.toFixed(0)} req/s, ${r.usPerRequest.toFixed(0)} µs CPU each`);
    }
  }
  console.log(`rss after load: ${rssMb(server.child.pid).toFixed(0)} MB`);
  await stopServer(server);
  await stopServer(helloServer);
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const page = {
    rps: median(pages.map((p) => p.rps)),
    us: median(pages.map((p) => p.usPerRequest)),
    non2xx: pages.reduce((n, p) => n + p.non2xx, 0),
  };
  const hello = {
    rps: median(hellos.map((p) => p.rps)),
    us: median(hellos.map((p) => p.usPerRequest)),
  };
  const show = (r: typeof hello) => `${r.rps.toFixed(0)} req/s, ${r.us.toFixed(0)} µs CPU each`;
  console.log(`question page: ${show(page)} (non-2xx ${page.non2xx}); hello world: ${show(hello)}`);
  console.log(
    `ratio (medians of ${ROUNDS} rounds): ${(page.rps / hello.rps).toFixed(2)} by requests/s, ${(hello.us / page.us).toFixed(2)} by CPU per request`,
  );
} finally {
  closeAgents();
  rmSync(dir, { recursive: true, force: true });
}
