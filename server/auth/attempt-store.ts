/** A counter with the time it last changed (ms since the epoch). */
export interface AttemptRecord {
  count: number;
  at: number;
}

/**
 * Where sign-in counters live. The in-memory one serves a single process; a shared one (e.g. PostgreSQL)
 * lets several processes count together. `update` must be atomic per key.
 */
export interface AttemptStore {
  /** Replaces the record under `key` with `change(current)` (undefined deletes it) and returns the result. */
  update(
    key: string,
    change: (current: AttemptRecord | undefined) => AttemptRecord | undefined,
  ): Promise<AttemptRecord | undefined>;
}

const PRUNE_AT = 10_000;

/** Counters in this process's memory; records untouched for `forgetMs` are dropped once many pile up. */
export class MemoryAttemptStore implements AttemptStore {
  #records = new Map<string, AttemptRecord>();
  constructor(
    private readonly forgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async update(
    key: string,
    change: (current: AttemptRecord | undefined) => AttemptRecord | undefined,
  ): Promise<AttemptRecord | undefined> {
    const next = change(this.#records.get(key));
    if (next === undefined) this.#records.delete(key);
    else this.#records.set(key, next);
    if (this.#records.size > PRUNE_AT) this.#prune();
    return next;
  }

  #prune(): void {
    const cutoff = this.now() - this.forgetMs;
    for (const [key, record] of this.#records) if (record.at < cutoff) this.#records.delete(key);
  }
}
