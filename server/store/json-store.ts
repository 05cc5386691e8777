import {
  SCHEMA_VERSION,
  type Answer,
  type AnswerFilter,
  type AnswerMark,
  type AnswerKey,
  type Classroom,
  type Lesson,
  type LessonPatch,
  type NewAnswer,
  type NewLesson,
  type RecordAnswerResult,
  type Store,
  type Student,
  type TeacherSession,
  type UpdateLessonOptions,
} from './types.ts';
import { journalLine, type Entry } from './entries.ts';
import { nodeFs, type StoreFs } from './fs-layer.ts';
import { backupTime, storeFiles, type StoreFiles } from './files.ts';
import { loadFiles } from './load.ts';
import { Memory, type Undo } from './memory.ts';
import { Journal } from './journal.ts';
import { installSnapshot, saveSnapshot, writeSnapshotTemp } from './snapshot.ts';
import { keepBackup, listBackups } from './backups.ts';
import { lockDataFile } from './lock.ts';
import { newId, newJoinCode, newSecret } from './ids.ts';
import { answerRecord } from './answer-record.ts';
import { NotFoundError, StaleVersionError, WriteFailedError } from './errors.ts';

/** Tuning and test hooks for the JSON store; every field has a working default. */
export interface JsonStoreOptions {
  /** The file-system layer (tests inject failures or record the order of calls). */
  fs?: StoreFs;
  /** Fold the journal into the snapshot once it holds this many bytes (or half the snapshot, if more). */
  foldBytes?: number;
  /** Fold after this long without a write, so the JSON file catches up when a lesson ends. */
  idleFoldMs?: number;
  /** Keep the replaced snapshot as a backup when the newest backup is older than this. */
  backupEveryMs?: number;
  now?: () => Date;
  /** Where problems that do not fail a request go (a fold that failed; answers stay in the journal). */
  log?: (line: string) => void;
}

const DEFAULTS = {
  foldBytes: 8 << 20,
  idleFoldMs: 30_000,
  backupEveryMs: 60 * 60 * 1000,
};

const now = () => new Date().toISOString();

/**
 * The JSON file store. The snapshot (the JSON file) plus a journal of JSON Lines beside it hold the
 * data; everything is also in memory, with indexes. A change is applied in memory at once (so a
 * read-check-write never interleaves) and resolves after its journal line is fdatasynced; changes made
 * while one fsync runs share the next (group commit). When a write fails, every change not yet durable
 * is undone in memory and rejects with WriteFailedError. In the background, the journal is folded into
 * a new snapshot (temp file, fsync, rename, folder fsync) and its folded segments are deleted.
 * Obtain it through openStore(), which keeps one instance per file.
 */
export class JsonStore implements Store {
  #memory: Memory;
  #journal: Journal;
  /** Changes applied in memory whose journal write has not finished, oldest first. */
  #unconfirmed = new Map<object, { undo: Undo; durable: Promise<void> }>();
  /** Bumped by every rollback: a fold that saw undone changes must not install its snapshot. */
  #epoch = 0;
  /** The first journal segment not in the snapshot on disk. */
  #snapshotSeq: number;
  #snapshotBytes = 0;
  #lastBackup: number;
  #folding: Promise<void> | null = null;
  #idleTimer: NodeJS.Timeout | undefined;
  #closing: Promise<void> | null = null;

  private constructor(
    private readonly fs: StoreFs,
    private readonly files: StoreFiles,
    private readonly options: Required<Omit<JsonStoreOptions, 'fs'>>,
    private readonly onClose: () => void,
    memory: Memory,
    journal: Journal,
    snapshotSeq: number,
    lastBackup: number,
  ) {
    this.#memory = memory;
    this.#journal = journal;
    this.#snapshotSeq = snapshotSeq;
    this.#lastBackup = lastBackup;
  }

  /**
   * Loads the snapshot and replays the journal. A fresh, migrated or replayed state is written as a new
   * snapshot before anything else, so the store always starts with an empty journal segment.
   * Throws one line naming the file on a damaged file, which is left as it is.
   */
  static async open(
    path: string,
    options: JsonStoreOptions,
    onClose: () => void,
  ): Promise<JsonStore> {
    const fs = options.fs ?? nodeFs;
    const files = storeFiles(path);
    const settings = {
      foldBytes: options.foldBytes ?? DEFAULTS.foldBytes,
      idleFoldMs: options.idleFoldMs ?? DEFAULTS.idleFoldMs,
      backupEveryMs: options.backupEveryMs ?? DEFAULTS.backupEveryMs,
      now: options.now ?? (() => new Date()),
      log: options.log ?? ((line: string) => console.error(line)),
    };
    // One process per data file: the lock is held until close, and given back if loading fails.
    const unlock = lockDataFile(files.data, files.dir);
    try {
      return await JsonStore.#load(fs, files, settings, () => {
        unlock();
        onClose();
      });
    } catch (err) {
      unlock();
      throw err;
    }
  }

  static async #load(
    fs: StoreFs,
    files: StoreFiles,
    settings: Required<Omit<JsonStoreOptions, 'fs'>>,
    onClose: () => void,
  ): Promise<JsonStore> {
    const loaded = await loadFiles(fs, files);
    const memory = Memory.from(loaded.db);
    let replayed = 0;
    for (const segment of loaded.segments) {
      for (const entry of segment.entries) memory.apply(entry);
      replayed += segment.entries.length;
    }
    // Start every run on a new segment: an old one may end in a torn line.
    const old = [...loaded.folded, ...loaded.segments.map((s) => s.seq)];
    const seq = Math.max(loaded.journalSeq, ...old.map((s) => s + 1));
    const backups = await listBackups(fs, files);
    let lastBackup = backups.length ? backupTime(backups[backups.length - 1]!) : 0;
    if (loaded.needsWrite || replayed > 0) {
      // A file upgraded from an older schema is kept as it was, as a backup.
      if (loaded.needsWrite && loaded.existed) {
        await keepBackup(fs, files, settings.now());
        lastBackup = settings.now().getTime();
      }
      await saveSnapshot(fs, files, { ...memory.toDatabase(SCHEMA_VERSION), journalSeq: seq });
    }
    for (const o of old) await fs.unlink(files.segment(o)).catch(() => undefined);
    const journal = await Journal.create(fs, files, seq);
    return new JsonStore(fs, files, settings, onClose, memory, journal, seq, lastBackup);
  }

  // ---- writes

  /**
   * Runs `change` (checks, then the entry to write); applies the entry in memory at once and resolves
   * with the result once the entry is durable. Throws from `change` reject without writing.
   */
  #mutate<T>(change: () => { entry?: Entry; result: T }): Promise<T> {
    if (this.#closing) return Promise.reject(new WriteFailedError('Byline is shutting down'));
    let out: { entry?: Entry; result: T };
    try {
      out = change();
    } catch (err) {
      return Promise.reject(err);
    }
    const { entry, result } = out;
    if (!entry) return Promise.resolve(result);
    const key = {};
    const undo = this.#memory.apply(entry);
    const durable = this.#journal.append(journalLine(entry)).then(
      () => {
        this.#unconfirmed.delete(key);
        this.#written();
      },
      (err: unknown) => {
        this.#rollback();
        throw new WriteFailedError((err as Error).message, { cause: err });
      },
    );
    this.#unconfirmed.set(key, { undo, durable });
    return durable.then(() => result);
  }

  /** Undoes every change not yet durable, newest first (later ones may build on earlier ones). */
  #rollback(): void {
    if (this.#unconfirmed.size === 0) return;
    this.#epoch++;
    for (const { undo } of [...this.#unconfirmed.values()].reverse()) undo();
    this.#unconfirmed.clear();
  }

  /** Resolves once every change applied so far is durable (or undone). */
  async #settled(): Promise<void> {
    const pending = [...this.#unconfirmed.values()].pop();
    if (pending) await pending.durable.catch(() => undefined);
  }

  #written(): void {
    if (this.#idleTimer) this.#idleTimer.refresh();
    else {
      this.#idleTimer = setTimeout(() => void this.#fold(), this.options.idleFoldMs);
      this.#idleTimer.unref();
    }
    if (this.#journal.size >= this.#foldLimit()) void this.#fold();
  }

  /** Journal bytes that call for a fold: at least half the snapshot, so folding costs O(1) per change. */
  #foldLimit(): number {
    return Math.max(this.options.foldBytes, this.#snapshotBytes / 2);
  }

  // ---- folding the journal into the snapshot

  /** Starts a fold unless one runs; resolves when it ended (a failure is logged, the journal keeps the data). */
  #fold(): Promise<void> {
    this.#folding ??= this.#foldOnce()
      .catch((err: unknown) => {
        this.options.log(
          `store: could not update "${this.files.data}" from the journal (${(err as Error).message}); every change is safe in the journal`,
        );
        return this.fs.unlink(this.files.temp).catch(() => undefined);
      })
      .finally(() => {
        this.#folding = null;
        // Writes that came in during the fold may already call for the next one.
        if (!this.#closing && this.#journal.size >= this.#foldLimit()) void this.#fold();
      });
    return this.#folding;
  }

  async #foldOnce(): Promise<void> {
    if (this.#journal.size === 0 && this.#journal.seq === this.#snapshotSeq) return;
    const epoch = this.#epoch;
    const nextSeq = this.#journal.seq + 1;
    // Everything in memory now goes into the snapshot; everything after goes to segment nextSeq.
    const rotated = this.#journal.rotate();
    rotated.catch(() => undefined); // awaited below, after the snapshot is written
    const db = { ...this.#memory.toDatabase(SCHEMA_VERSION), journalSeq: nextSeq };
    const bytes = await writeSnapshotTemp(this.fs, this.files, db);
    // The snapshot holds changes that must be durable in the old segment before it replaces the file.
    const oldSeq = await rotated;
    if (epoch !== this.#epoch) throw new Error('a write failed while the snapshot was written');
    const at = this.options.now();
    if (at.getTime() - this.#lastBackup >= this.options.backupEveryMs) {
      await keepBackup(this.fs, this.files, at);
      this.#lastBackup = at.getTime();
    }
    await installSnapshot(this.fs, this.files);
    this.#snapshotBytes = bytes;
    const firstOld = this.#snapshotSeq;
    this.#snapshotSeq = nextSeq;
    for (let seq = firstOld; seq <= oldSeq; seq++) {
      await this.fs.unlink(this.files.segment(seq)).catch(() => undefined);
    }
  }

  // ---- teacher

  secret(): string {
    return this.#memory.secret;
  }
  async teacher() {
    return this.#memory.teacher;
  }
  setTeacherPasswordHash(hash: string): Promise<void> {
    return this.#mutate(() => ({
      entry: {
        op: 'teacher',
        teacher: { ...this.#memory.teacher, passwordHash: hash, sessions: [] },
      },
      result: undefined,
    }));
  }
  addTeacherSession(session: TeacherSession): Promise<void> {
    return this.#mutate(() => {
      const at = now();
      const live = (this.#memory.teacher.sessions ?? []).filter((s) => s.expiresAt > at);
      const sessions = [...live, { ...session }];
      return {
        entry: { op: 'teacher', teacher: { ...this.#memory.teacher, sessions } },
        result: undefined,
      };
    });
  }
  endTeacherSessions(which: { idHash: string } | 'all'): Promise<void> {
    return this.#mutate(() => {
      const all = this.#memory.teacher.sessions ?? [];
      const sessions = which === 'all' ? [] : all.filter((s) => s.idHash !== which.idHash);
      return {
        entry: { op: 'teacher', teacher: { ...this.#memory.teacher, sessions } },
        result: undefined,
      };
    });
  }

  // ---- lessons

  async listLessons() {
    return [...this.#memory.lessons.values()];
  }
  async getLesson(id: string) {
    return this.#memory.lessons.get(id);
  }
  createLesson(input: NewLesson): Promise<Lesson> {
    return this.#mutate(() => {
      const at = now();
      const lesson: Lesson = {
        ...structuredClone(input),
        id: newId(),
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      return { entry: { op: 'lesson', lesson }, result: lesson };
    });
  }
  updateLesson(id: string, patch: LessonPatch, options: UpdateLessonOptions = {}): Promise<Lesson> {
    return this.#mutate(() => {
      const before = this.#memory.lessons.get(id);
      if (!before) throw new NotFoundError('lesson', id);
      const { expectedVersion } = options;
      if (expectedVersion !== undefined && expectedVersion !== before.version)
        throw new StaleVersionError(before, expectedVersion);
      const lesson: Lesson = {
        ...before,
        ...structuredClone(patch),
        id,
        version: before.version + 1,
        createdAt: before.createdAt,
        updatedAt: now(),
      };
      return { entry: { op: 'lesson', lesson }, result: lesson };
    });
  }

  // ---- classes and students

  async listClasses() {
    return [...this.#memory.classes.values()];
  }
  async getClass(id: string) {
    return this.#memory.classes.get(id);
  }
  async getClassByCode(code: string) {
    return this.#memory.classByCode.get(code);
  }
  createClass(name: string, lessonIds: string[]): Promise<Classroom> {
    return this.#mutate(() => {
      const classroom: Classroom = {
        id: newId(),
        name,
        code: newJoinCode(new Set(this.#memory.classByCode.keys())),
        lessonIds: [...lessonIds],
        closed: false,
        createdAt: now(),
      };
      return { entry: { op: 'class', classroom }, result: classroom };
    });
  }
  updateClass(
    id: string,
    patch: Partial<Pick<Classroom, 'name' | 'lessonIds' | 'closed'>>,
  ): Promise<Classroom> {
    return this.#mutate(() => {
      const before = this.#memory.classes.get(id);
      if (!before) throw new NotFoundError('class', id);
      const classroom: Classroom = {
        ...before,
        name: patch.name ?? before.name,
        lessonIds: patch.lessonIds ? [...patch.lessonIds] : before.lessonIds,
        closed: patch.closed ?? before.closed,
      };
      return { entry: { op: 'class', classroom }, result: classroom };
    });
  }
  createStudent(classId: string, name: string): Promise<Student> {
    return this.#mutate(() => {
      if (!this.#memory.classes.has(classId)) throw new NotFoundError('class', classId);
      const student: Student = { id: newId(), classId, name, token: newSecret(), joinedAt: now() };
      return { entry: { op: 'student', student }, result: student };
    });
  }
  async getStudentByToken(token: string) {
    return this.#memory.studentByToken.get(token);
  }
  async listStudents(classId: string) {
    return [...(this.#memory.studentsByClass.get(classId) ?? [])];
  }

  // ---- answers

  async recordAnswer(input: NewAnswer): Promise<RecordAnswerResult> {
    for (;;) {
      const first = this.#memory.first(input);
      if (!first) break;
      // The first answer may still be on its way to disk: report it only once it is there.
      await this.#settled();
      if (this.#memory.first(input) === first) return { status: 'already-answered', answer: first };
    }
    return this.#mutate<RecordAnswerResult>(() => {
      const first = this.#memory.first(input);
      if (first) return { result: { status: 'already-answered' as const, answer: first } };
      const answer = answerRecord(input, now());
      return { entry: { op: 'answer', answer }, result: { status: 'recorded' as const, answer } };
    });
  }
  markAnswer(answerId: string, mark: Omit<AnswerMark, 'markedAt'> | null): Promise<Answer> {
    return this.#mutate(() => {
      const before = this.#memory.answerById.get(answerId);
      if (!before) throw new NotFoundError('answer', answerId);
      const { mark: _old, ...rest } = before;
      const answer: Answer = mark
        ? { ...rest, mark: { verdict: mark.verdict, comment: mark.comment, markedAt: now() } }
        : rest;
      return { entry: { op: 'answer', answer }, result: answer };
    });
  }
  async findAnswer(key: AnswerKey) {
    return this.#memory.first(key);
  }
  async listAnswers(filter: AnswerFilter) {
    return this.#memory.listAnswers(filter);
  }

  // ---- shutdown

  /** Refuses new changes, waits for pending ones, folds the journal into the file, and closes. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      clearTimeout(this.#idleTimer);
      await this.#folding;
      await this.#journal.idle();
      await this.#fold();
      const empty = this.#journal.size === 0 && this.#journal.seq === this.#snapshotSeq;
      await this.#journal.close();
      // The segment a start always opens stays behind only when it holds something.
      if (empty) await this.fs.unlink(this.files.segment(this.#journal.seq)).catch(() => undefined);
      this.onClose();
    })();
    return this.#closing;
  }
}
