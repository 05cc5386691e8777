import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildOutcome } from './build-job.ts';

/**
 * How long one lesson may take to build before the worker is stopped and the teacher told to shorten it. A
 * 100,000-character article takes about 19 s on a busy 2-core machine; the limit is for pathological texts.
 */
export const BUILD_TIME_LIMIT_MS = 60_000;
/** Lessons waiting behind the one being built; more are refused as busy. */
const MAX_WAITING = 4;

interface Pending {
  job: BuildJob;
  resolve: (outcome: BuildOutcome) => void;
}

/**
 * Builds lessons in a worker thread, one at a time, so a costly article never stalls the pages students
 * are using. A build that runs past the time limit is stopped by ending the worker; the next job gets a
 * fresh one. The worker is started on first use and does not keep the process alive.
 */
export class LessonBuilder {
  #worker: Worker | null = null;
  #queue: Pending[] = [];
  #running = false;

  constructor(readonly timeLimitMs: number = BUILD_TIME_LIMIT_MS) {}

  build(job: BuildJob): Promise<BuildOutcome> {
    if (this.#queue.length >= MAX_WAITING) return Promise.resolve({ ok: false, why: 'busy' });
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#next();
    });
  }

  /** Stops the worker (tests and shutdown). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #spawn(): Worker {
    const worker = new Worker(new URL('./build-worker-boot.mjs', import.meta.url));
    worker.unref();
    return worker;
  }

  #next(): void {
    if (this.#running) return;
    const pending = this.#queue.shift();
    if (!pending) return;
    this.#running = true;
    const worker = (this.#worker ??= this.#spawn());
    const finish = (outcome: BuildOutcome, broken: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (broken && this.#worker === worker) {
        this.#worker = null;
        void worker.terminate();
      }
      this.#running = false;
      pending.resolve(outcome);
      this.#next();
    };
    const onMessage = (outcome: BuildOutcome) => finish(outcome, false);
    const onError = () => finish({ ok: false, why: 'failed' }, true);
    const onExit = () => finish({ ok: false, why: 'failed' }, true);
    const timer = setTimeout(
      () => finish({ ok: false, why: 'too-slow', limitMs: this.timeLimitMs }, true),
      this.timeLimitMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(pending.job);
  }
}

let shared: LessonBuilder | undefined;

/** The process's one builder (one worker thread however many apps a test suite creates). */
export function sharedLessonBuilder(): LessonBuilder {
  return (shared ??= new LessonBuilder());
}
