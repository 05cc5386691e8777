import { Agent, request } from 'node:http';
import type { BenchLesson } from './server-seed.ts';

/** One simulated student: its cookies and form token. */
export interface SimStudent {
  name: string;
  agent: Agent;
  cookie: string;
  csrf: string;
}

interface Reply {
  status: number;
  location: string;
  body: string;
  cookies: string[];
}

const agents = new Map<string, Agent>();

/** One keep-alive agent per source address (127.0.0.x), so each group of students is its own "school". */
function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 512, localAddress } as ConstructorParameters<
      typeof Agent
    >[0]);
    agents.set(localAddress, agent);
  }
  return agent;
}

/** Closes every kept-alive socket, so the process can exit. */
export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

function send(
  base: string,
  agent: Agent,
  method: 'GET' | 'POST',
  path: string,
  cookie: string,
  form?: Record<string, string>,
): Promise<Reply> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          cookie,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: String(res.headers.location ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
            cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Joins the class through the real forms (GET /, POST /join) from `localAddress`. */
export async function joinClass(
  base: string,
  code: string,
  name: string,
  localAddress: string,
): Promise<SimStudent> {
  const agent = agentFor(localAddress);
  const page = await send(base, agent, 'GET', '/', '');
  const csrf = /name="_csrf"[^>]*value="([^"]*)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error(`bench: no form token on the join page (status ${page.status})`);
  const joined = await send(base, agent, 'POST', '/join', page.cookies.join('; '), {
    code,
    name,
    _csrf: csrf,
  });
  if (joined.status !== 303) throw new Error(`bench: joining answered ${joined.status}`);
  const cookie = [...page.cookies, ...joined.cookies].join('; ');
  return { name, agent, cookie, csrf };
}

/** Joins `count` students named `${prefix} <i>`, a few at a time. */
export async function joinMany(
  base: string,
  code: string,
  prefix: string,
  count: number,
  localAddress: string,
): Promise<SimStudent[]> {
  const out: SimStudent[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, k) =>
      joinClass(base, code, `${prefix} ${i + k}`, localAddress),
    );
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/** An answer that got its redirect to the feedback page: acknowledged, so it must be in the file. */
export interface Acked {
  name: string;
  lessonId: string;
  questionId: string;
}

export interface LoadResult {
  acked: Acked[];
  /** Responses other than the redirect to the feedback page, by status. */
  other: Record<number, number>;
  latenciesMs: number[];
  elapsedMs: number;
}

/** Sends one answer; `onDone` gets its status and latency. */
async function answer(
  base: string,
  s: SimStudent,
  lesson: BenchLesson,
  q: BenchLesson['questions'][number],
  result: LoadResult,
  since: number,
): Promise<void> {
  let reply: Reply;
  try {
    reply = await send(base, s.agent, 'POST', `/play/${lesson.id}/q/${q.n}`, s.cookie, {
      _csrf: s.csrf,
      ...q.form,
    });
  } catch {
    result.other[0] = (result.other[0] ?? 0) + 1;
    return;
  }
  result.latenciesMs.push(performance.now() - since);
  if (reply.status === 303 && reply.location.endsWith('/feedback'))
    result.acked.push({ name: s.name, lessonId: lesson.id, questionId: q.form.questionId });
  else result.other[reply.status] = (result.other[reply.status] ?? 0) + 1;
}

/**
 * Closed loop: every student answers every question of every lesson, one after another without pause,
 * all students at once; stops early at `maxMs`.
 */
export async function closedLoop(
  base: string,
  students: SimStudent[],
  lessons: BenchLesson[],
  maxMs: number,
): Promise<LoadResult> {
  const result: LoadResult = { acked: [], other: {}, latenciesMs: [], elapsedMs: 0 };
  const start = performance.now();
  const deadline = start + maxMs;
  await Promise.all(
    students.map(async (s) => {
      for (const lesson of lessons)
        for (const q of lesson.questions) {
          if (performance.now() > deadline) return;
          await answer(base, s, lesson, q, result, performance.now());
        }
    }),
  );
  result.elapsedMs = performance.now() - start;
  return result;
}

/**
 * Open loop: answers leave at a steady `rate` per second for `durationMs`, each at its scheduled time
 * whether or not earlier ones came back; latency counts from the scheduled time (no coordinated omission).
 */
export async function openLoop(
  base: string,
  students: SimStudent[],
  lessons: BenchLesson[],
  rate: number,
  durationMs: number,
): Promise<LoadResult & { sent: number }> {
  const tasks: [SimStudent, BenchLesson, BenchLesson['questions'][number]][] = [];
  for (const lesson of lessons)
    for (const q of lesson.questions) for (const s of students) tasks.push([s, lesson, q]);
  const total = Math.min(tasks.length, Math.floor((rate * durationMs) / 1000));
  const result: LoadResult = { acked: [], other: {}, latenciesMs: [], elapsedMs: 0 };
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let next = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / rate <= now) {
        const [s, lesson, q] = tasks[next]!;
        inFlight.push(answer(base, s, lesson, q, result, start + (next * 1000) / rate));
        next++;
      }
      if (next < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  await Promise.all(inFlight);
  result.elapsedMs = performance.now() - start;
  return { ...result, sent: total };
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
