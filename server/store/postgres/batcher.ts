/**
 * How the PostgreSQL store batches: up to 4 statements of a kind in flight per process. At a calm rate
 * each request goes out at once (no waiting for another's round trip); under a rush the rest queue and
 * share the next statement. Four kinds (class, answer limit, lesson version, answer) at 4 each stay within
 * the pool's 20 connections.
 */
export const BATCHING = { maxInFlight: 4 };

/** What a batch's statement answers for each of its items, in the items' order. */
export type BatchRun<I, O> = (items: I[]) => Promise<O[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

/**
 * Application-level group commit: items that arrive while a statement is in flight are sent together in
 * the next one, so 200 students answering at once cost a few statements, not 200. Each item is sent in a
 * statement that starts after the item arrived, so a read sees every change committed before it was
 * asked for, and each caller is answered only when its own statement has finished (for a write: after
 * the commit). When a statement fails, every item in it gets the error: none is acknowledged.
 */
export class Batcher<I, O> {
  readonly #run: BatchRun<I, O>;
  readonly #maxInFlight: number;
  readonly #maxBatch: number;
  #queue: Waiting<I, O>[] = [];
  #inFlight = 0;
  #scheduled = false;
  #idle: (() => void)[] = [];

  constructor(run: BatchRun<I, O>, options: { maxInFlight?: number; maxBatch?: number } = {}) {
    this.#run = run;
    this.#maxInFlight = options.maxInFlight ?? 1;
    this.#maxBatch = options.maxBatch ?? 500;
  }

  /** Queues `item` for the next statement; resolves with its own result once that statement finished. */
  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#schedule();
    });
  }

  /** Resolves once nothing is queued or in flight (for closing the store). */
  drained(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #schedule(): void {
    if (this.#scheduled || this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
    this.#scheduled = true;
    // setImmediate, not a microtask: requests read from sockets in the same turn of the event loop
    // reach this point before it runs, and share the statement.
    setImmediate(() => {
      this.#scheduled = false;
      this.#send();
    });
  }

  #send(): void {
    if (this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
    const batch = this.#queue.splice(0, this.#maxBatch);
    this.#inFlight++;
    // The run is called on a later tick, so a synchronous throw is a rejection like any other.
    Promise.resolve()
      .then(() => this.#run(batch.map((w) => w.item)))
      .then(
        (results) => {
          if (results.length !== batch.length)
            throw new Error(`store: a batch of ${batch.length} answered ${results.length} results`);
          batch.forEach((w, i) => w.resolve(results[i]!));
        },
        (err: unknown) => batch.forEach((w) => w.reject(err)),
      )
      .catch((err: unknown) => batch.forEach((w) => w.reject(err)))
      .finally(() => {
        this.#inFlight--;
        if (this.#queue.length > 0) this.#schedule();
        else if (this.#inFlight === 0) for (const done of this.#idle.splice(0)) done();
      });
  }
}
