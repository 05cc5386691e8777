import type { StoreFile, StoreFs } from './fs-layer.ts';
import type { StoreFiles } from './files.ts';

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Lines that share one write and one fdatasync. */
interface Group {
  kind: 'group';
  lines: string[];
  waiters: Waiter[];
}

/** Start a new segment after everything queued before it. */
interface Rotation {
  kind: 'rotate';
  waiter: { resolve: (oldSeq: number) => void; reject: (err: Error) => void };
}

type Task = Group | Rotation;

/**
 * The append-only journal (JSON Lines) beside the snapshot, with group commit: lines appended while a
 * write and its fdatasync run wait together and share the next one, so a classroom answering at once
 * costs a few fsyncs a second, whatever the size of the data file.
 *
 * A failed write fails its group and every group queued after it (their changes may depend on it),
 * then cuts the segment back to its last good length so no half-written group is ever replayed.
 * When even that fails the journal refuses every later append: the store must be restarted.
 */
export class Journal {
  #file: StoreFile;
  #seq: number;
  /** Bytes of the current segment known to be on disk. */
  #size = 0;
  #queue: Task[] = [];
  /** The group still taking lines (the last task in the queue), if any. */
  #open: Group | null = null;
  #running = false;
  #idle: (() => void)[] = [];
  #broken: Error | null = null;

  private constructor(
    private readonly fs: StoreFs,
    private readonly files: StoreFiles,
    file: StoreFile,
    seq: number,
  ) {
    this.#file = file;
    this.#seq = seq;
  }

  /** Creates segment `seq` (new and empty) and makes its name durable before anything is written to it. */
  static async create(fs: StoreFs, files: StoreFiles, seq: number): Promise<Journal> {
    const file = await fs.openAppend(files.segment(seq));
    await fs.syncDir(files.dir);
    return new Journal(fs, files, file, seq);
  }

  /** The segment now written to. */
  get seq(): number {
    return this.#seq;
  }

  /** Bytes in the current segment. */
  get size(): number {
    return this.#size;
  }

  /** Resolves once `line` (ending in a newline) is written and fdatasynced. */
  append(line: string): Promise<void> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise<void>((resolve, reject) => {
      if (!this.#open) {
        this.#open = { kind: 'group', lines: [], waiters: [] };
        this.#queue.push(this.#open);
      }
      this.#open.lines.push(line);
      this.#open.waiters.push({ resolve, reject });
      this.#kick();
    });
  }

  /**
   * Lines appended from now on go to a new segment. Resolves with the old segment's number once every
   * line appended before this call is durable in it (or rejects when one of them failed).
   */
  rotate(): Promise<number> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise<number>((resolve, reject) => {
      this.#open = null;
      this.#queue.push({ kind: 'rotate', waiter: { resolve, reject } });
      this.#kick();
    });
  }

  /** Resolves when nothing is queued or being written. */
  idle(): Promise<void> {
    if (!this.#running && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Waits for queued writes, then closes the segment file. */
  async close(): Promise<void> {
    await this.idle();
    this.#broken ??= new Error('store: the journal is closed');
    await this.#file.close();
  }

  #kick(): void {
    if (this.#running) return;
    this.#running = true;
    // Let every change made in this turn of the event loop join the first group.
    setImmediate(() => void this.#drain());
  }

  async #drain(): Promise<void> {
    for (let task = this.#queue.shift(); task; task = this.#queue.shift()) {
      if (task === this.#open) this.#open = null;
      if (task.kind === 'group') await this.#writeGroup(task);
      else await this.#rotate(task);
    }
    this.#running = false;
    for (const done of this.#idle.splice(0)) done();
  }

  async #writeGroup(group: Group): Promise<void> {
    const data = Buffer.from(group.lines.join(''), 'utf8');
    try {
      await this.#file.write(data);
      await this.#file.datasync();
    } catch (err) {
      await this.#fail(group, err as Error);
      return;
    }
    this.#size += data.length;
    for (const w of group.waiters) w.resolve();
  }

  async #rotate(task: Rotation): Promise<void> {
    const oldSeq = this.#seq;
    try {
      const next = await this.fs.openAppend(this.files.segment(oldSeq + 1));
      await this.fs.syncDir(this.files.dir);
      const old = this.#file;
      this.#file = next;
      this.#seq = oldSeq + 1;
      this.#size = 0;
      await old.close().catch(() => undefined);
    } catch (err) {
      // Keep appending to the old segment; the fold that asked for the rotation gives up.
      task.waiter.reject(err as Error);
      return;
    }
    task.waiter.resolve(oldSeq);
  }

  /** Fails `group` and everything queued after it, and cuts the half-written bytes off the segment. */
  async #fail(group: Group, err: Error): Promise<void> {
    try {
      await this.#file.truncate(this.#size);
      await this.#file.datasync();
    } catch (cut) {
      this.#broken = new Error(
        `store: journal "${this.files.segment(this.#seq)}" could not be repaired after a failed write (${(cut as Error).message}); restart Byline`,
      );
    }
    // Including what was appended during the repair: the store undoes all of it at once.
    const failed = [group, ...this.#queue.splice(0)];
    this.#open = null;
    for (const task of failed) {
      if (task.kind === 'group') for (const w of task.waiters) w.reject(err);
      else task.waiter.reject(err);
    }
  }
}
