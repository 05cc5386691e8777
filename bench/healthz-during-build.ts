import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import { createApp } from '../server/app.ts';
import { MAX_QUOTE_MARKS, MAX_TEXT_CHARS } from '../server/lessons/extract-check.ts';
import { shapes } from './shapes.ts';

// How /healthz answers while the largest allowed pastes are turned into lessons (issue 7: p99 < 100 ms).
// Loopback only, port 0; each paste is bounded by the lesson time limit, the whole run by LIMIT_MS.
const PASSWORD = 'bench teacher password';
const LIMIT_MS = 240_000;
const BASELINE_MS = 2_000;

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

async function probe(base: string, until: () => boolean, deadline: number): Promise<number[]> {
  const times: number[] = [];
  while (!until() && Date.now() < deadline) {
    const t0 = performance.now();
    const res = await fetch(`${base}/healthz`);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  return times;
}

const figures = (t: number[]) =>
  `${String(t.length).padStart(5)} probes  p50 ${percentile(t, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(t, 99).toFixed(1).padStart(6)} ms  max ${Math.max(
    ...t,
  )
    .toFixed(1)
    .padStart(7)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'byline-bench-healthz-'));
const contentDir = join(import.meta.dirname, '..', 'content');
const config = {
  port: 0,
  host: '127.0.0.1',
  trustProxy: false as const,
  dataFile: join(dir, 'byline.json'),
  teacherPassword: PASSWORD,
  contentDir,
  quiet: true,
};
const { app, store } = await createApp(config);
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const started = Date.now();
try {
  const teacher = request.agent(base);
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const login = await teacher.get('/teacher/login');
  await teacher
    .post('/teacher/login')
    .type('form')
    .send({ password: PASSWORD, _csrf: csrf(login.text) });

  const seedFile = readdirSync(contentDir).find((n) => /\.(txt|md)$/.test(n));
  const seed = seedFile ? readFileSync(join(contentDir, seedFile), 'utf8') : 'A seed. '.repeat(100);
  const quoteUnit = '"a" said b. ';
  const pastes = [
    ...shapes(seed, MAX_TEXT_CHARS).filter((s) => !s.name.startsWith('many quotes')),
    {
      name: `many quotes at the limit (${MAX_QUOTE_MARKS} marks)`,
      text: quoteUnit.repeat(MAX_QUOTE_MARKS / 2),
    },
  ];

  console.log(`/healthz while the largest allowed pastes are analysed (${base}, worker thread)`);
  console.log(
    `  ${'nothing analysed (baseline)'.padEnd(44)} ${figures(await probe(base, () => false, Date.now() + BASELINE_MS))}`,
  );
  const all: number[] = [];
  for (const paste of pastes) {
    if (Date.now() - started > LIMIT_MS) break;
    const token = csrf((await teacher.get('/teacher/lessons/new')).text);
    let done = false;
    const t0 = performance.now();
    const posting = teacher
      .post('/teacher/lessons')
      .type('form')
      .send({ text: paste.text, _csrf: token })
      .then((res) => {
        done = true;
        return { status: res.status, ms: performance.now() - t0 };
      });
    const times = await probe(base, () => done, started + LIMIT_MS);
    const result = await posting;
    all.push(...times);
    const label = `${paste.name}, ${paste.text.length} chars`;
    console.log(
      `  ${label.padEnd(44)} ${figures(times)}  (lesson ${result.status} in ${(result.ms / 1000).toFixed(1)} s)`,
    );
  }
  console.log(`  ${'worst over all pastes'.padEnd(44)} ${figures(all)}`);
} finally {
  server.closeAllConnections();
  server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
