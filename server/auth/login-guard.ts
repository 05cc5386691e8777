import { MemoryAttemptStore, type AttemptRecord, type AttemptStore } from './attempt-store.ts';

/** Wrong passwords (or setup codes) a source may send before it has to wait. */
export const FREE_FAILURES = 3;
/** The longest wait between two tries from one source: the real teacher is never kept out longer. */
export const MAX_DELAY_MS = 15_000;
/** A source's failures are forgotten an hour after its last one. */
export const FORGET_MS = 60 * 60 * 1000;
/** Wrong passwords all sources together may send at once before new browsers are refused... */
export const BURST = 24;
/** ...and how many more per hour after that: at most BURST + 24 × PER_HOUR a day (264). */
export const PER_HOUR = 10;

const HOUR = 60 * 60 * 1000;

/** Which counters a sign-in attempt is charged to. */
export interface Source {
  /** The client address (a /56 for IPv6), or a browser that signed in before. */
  key: string;
  /** Browsers that signed in before share their own hourly budget, so strangers cannot use it up. */
  known: boolean;
}

export type Verdict = { ok: true } | { ok: false; waitMs: number; why: 'source' | 'everyone' };

/** The wait a source with these failures still has to sit out. */
function sourceWait(record: AttemptRecord | undefined, now: number): number {
  if (!record || record.count < FREE_FAILURES || now - record.at > FORGET_MS) return 0;
  const delay = Math.min(1000 * 2 ** (record.count - FREE_FAILURES), MAX_DELAY_MS);
  return Math.max(0, record.at + delay - now);
}

/** A leaky bucket's level now: it drains PER_HOUR per hour. */
function level(record: AttemptRecord | undefined, now: number): number {
  if (!record) return 0;
  return Math.max(0, record.count - ((now - record.at) * PER_HOUR) / HOUR);
}

/**
 * Slows password guessing without locking the teacher out. Each source waits longer after each wrong try
 * (1 s, 2 s, 4 s … at most 15 s) and all wrong tries together drain through an hourly budget. A try is
 * charged before the password is checked, so parallel requests cannot slip past, and refunded on success.
 */
export class LoginGuard {
  constructor(
    private readonly store: AttemptStore = new MemoryAttemptStore(FORGET_MS),
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges one try to the source, or says how long it must wait. */
  async attempt(source: Source): Promise<Verdict> {
    const now = this.now();
    const bucketKey = source.known ? 'all:known' : 'all:new';
    let bucketWait = 0;
    await this.store.update(bucketKey, (current) => {
      const filled = level(current, now);
      if (filled + 1 > BURST) {
        bucketWait = Math.ceil(((filled + 1 - BURST) * HOUR) / PER_HOUR);
        return current;
      }
      return { count: filled + 1, at: now };
    });
    if (bucketWait > 0) return { ok: false, waitMs: bucketWait, why: 'everyone' };

    let wait = 0;
    await this.store.update(`source:${source.key}`, (current) => {
      wait = sourceWait(current, now);
      if (wait > 0) return current;
      const count = current && now - current.at <= FORGET_MS ? current.count : 0;
      return { count: count + 1, at: now };
    });
    if (wait > 0) {
      await this.#refundBucket(bucketKey);
      return { ok: false, waitMs: wait, why: 'source' };
    }
    return { ok: true };
  }

  /** The try was right: the source starts afresh and the budget gets its try back. */
  async succeeded(source: Source): Promise<void> {
    await this.store.update(`source:${source.key}`, () => undefined);
    await this.#refundBucket(source.known ? 'all:known' : 'all:new');
  }

  #refundBucket(key: string): Promise<unknown> {
    const now = this.now();
    return this.store.update(key, (current) =>
      current ? { count: Math.max(0, level(current, now) - 1), at: now } : current,
    );
  }
}
