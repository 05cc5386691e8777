import type pg from 'pg';
import type {
  Answer,
  AnswerFilter,
  AnswerMark,
  AnswerKey,
  Classroom,
  Lesson,
  LessonPatch,
  NewAnswer,
  NewLesson,
  RecordAnswerResult,
  Store,
  Student,
  Teacher,
  TeacherSession,
  UpdateLessonOptions,
} from '../types.ts';
import { newId, newJoinCode, newSecret } from '../ids.ts';
import { answerRecord } from '../answer-record.ts';
import { NotFoundError, StaleVersionError, WriteFailedError } from '../errors.ts';
import { FOREIGN_KEY_VIOLATION, sqlState } from './pool.ts';
import type { AttemptStore } from '../../auth/attempt-store.ts';
import type { RateLimitStores } from '../../http/limiters.ts';
import { PostgresAttemptStore } from './attempt-store.ts';
import { PostgresRateLimitStore } from './rate-limit-store.ts';
import { BoundedCache } from './cache.ts';
import { Batcher, BATCHING } from './batcher.ts';
import { deepFreeze } from '../memory.ts';
import {
  ANSWER_COLUMNS,
  answerRow,
  CLASS_COLUMNS,
  LESSON_COLUMNS,
  lessonBody,
  STUDENT_COLUMNS,
  toAnswer,
  toClass,
  toLesson,
  toStudent,
} from './rows.ts';

const now = () => new Date().toISOString();

/**
 * The PostgreSQL implementation of Store, for several Byline processes sharing one database. Every rule
 * that must hold across processes is a constraint (see migrations/): the store only reacts to it. Each
 * change is one autocommitted statement, so a method resolves only after PostgreSQL committed it.
 * Obtain it through openPostgresStore(), which migrates the schema first.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #secret: string;
  #closing: Promise<void> | null = null;
  readonly #lessons = new BoundedCache<string, Lesson>(200);
  readonly #students = new BoundedCache<string, Student>(20_000);
  readonly #loadingLessons = new Map<string, Promise<Lesson | undefined>>();
  /** Statements sent and not yet answered: close() lets them finish. */
  readonly #pending = new Set<Promise<unknown>>();
  // The statements every answer needs go out in batches: concurrent requests share one round trip.
  readonly #classBatch = new Batcher((ids: string[]) => this.#classesById(ids), BATCHING);
  readonly #versionBatch = new Batcher((ids: string[]) => this.#lessonVersions(ids), BATCHING);
  readonly #answerBatch = new Batcher(
    (answers: NewAnswer[]) => this.#insertAnswers(answers),
    BATCHING,
  );

  constructor(pool: pg.Pool, secret: string) {
    this.#pool = pool;
    this.#secret = secret;
  }

  /** One statement; hot ones are named so each connection parses and plans them once. */
  async #rows(
    text: string,
    values: unknown[] = [],
    name?: string,
  ): Promise<Record<string, unknown>[]> {
    const query = this.#pool.query(name ? { name, text, values } : { text, values });
    this.#pending.add(query);
    try {
      return (await query).rows as Record<string, unknown>[];
    } finally {
      this.#pending.delete(query);
    }
  }

  /**
   * A change. Constraint violations are for the caller to interpret; anything else (connection lost,
   * disk full on the server) means the statement did not commit: WriteFailedError, a 503.
   */
  async #write(text: string, values: unknown[] = [], name?: string) {
    try {
      return await this.#rows(text, values, name);
    } catch (err) {
      if (sqlState(err)?.startsWith('23')) throw err;
      throw new WriteFailedError((err as Error).message, { cause: err });
    }
  }

  /** Sign-in and request-limit counters in this database, so every process counts together. */
  sharedCounters(forgetMs: number): { attempts: AttemptStore; rateLimits: RateLimitStores } {
    return {
      attempts: new PostgresAttemptStore(this.#pool, forgetMs),
      rateLimits: (name) => new PostgresRateLimitStore(this.#pool, name),
    };
  }

  secret(): string {
    return this.#secret;
  }
  async teacher(): Promise<Teacher> {
    const [row] = await this.#rows(
      `SELECT teacher_password_hash AS hash, COALESCE((SELECT json_agg(json_build_object(
         'idHash', id_hash, 'expiresAt', expires_at) ORDER BY seq) FROM teacher_sessions), '[]') AS sessions
       FROM settings`,
      [],
      'teacher',
    );
    return {
      passwordHash: (row?.hash as string | null) ?? null,
      sessions: (row?.sessions as TeacherSession[] | undefined) ?? [],
    };
  }
  async setTeacherPasswordHash(hash: string): Promise<void> {
    // One transaction: no instance may accept an old session under the new password.
    await this.#write(
      `WITH ended AS (DELETE FROM teacher_sessions)
       UPDATE settings SET teacher_password_hash = $1`,
      [hash],
    );
  }
  async addTeacherSession(session: TeacherSession): Promise<void> {
    await this.#write(
      `WITH expired AS (DELETE FROM teacher_sessions WHERE expires_at <= $3)
       INSERT INTO teacher_sessions (id_hash, expires_at) VALUES ($1, $2)
       ON CONFLICT (id_hash) DO UPDATE SET expires_at = excluded.expires_at`,
      [session.idHash, session.expiresAt, now()],
    );
  }
  async endTeacherSessions(which: { idHash: string } | 'all'): Promise<void> {
    if (which === 'all') await this.#write('DELETE FROM teacher_sessions');
    else await this.#write('DELETE FROM teacher_sessions WHERE id_hash = $1', [which.idHash]);
  }

  async listLessons(): Promise<Lesson[]> {
    return (await this.#rows(`SELECT ${LESSON_COLUMNS} FROM lessons ORDER BY seq`)).map(toLesson);
  }
  async getLesson(id: string): Promise<Lesson | undefined> {
    // A lesson is tens of KB of JSON: when this process has the version the database has, use it.
    const version = await this.#versionBatch.add(id);
    if (version === undefined) return void this.#lessons.delete(id);
    const cached = this.#lessons.get(id);
    if (cached && cached.version >= version) return cached;
    // Requests that find the copy out of date at once (a class starting a lesson) share one fetch,
    // unless that fetch brought an older version than this request was told is stored.
    let loading = this.#loadingLessons.get(id);
    if (!loading) {
      loading = this.#fetchLesson(id).finally(() => this.#loadingLessons.delete(id));
      this.#loadingLessons.set(id, loading);
    }
    const shared = await loading;
    return shared && shared.version >= version ? shared : this.#fetchLesson(id);
  }
  async #fetchLesson(id: string): Promise<Lesson | undefined> {
    const [row] = await this.#rows(
      `SELECT ${LESSON_COLUMNS} FROM lessons WHERE id = $1`,
      [id],
      'lesson',
    );
    return row && this.#keepLesson(toLesson(row));
  }
  /** Records are read-only for callers (see Store), so one frozen copy can serve every request. */
  #keepLesson(lesson: Lesson): Lesson {
    return this.#lessons.set(lesson.id, deepFreeze(lesson));
  }
  async createLesson(input: NewLesson): Promise<Lesson> {
    const at = now();
    const [row] = await this.#write(
      `INSERT INTO lessons (id, title, published, created_at, updated_at, body)
       VALUES ($1, $2, $3, $4, $4, $5) RETURNING ${LESSON_COLUMNS}`,
      [newId(), input.title, input.published, at, lessonBody(input)],
    );
    return this.#keepLesson(toLesson(row!));
  }
  async updateLesson(
    id: string,
    patch: LessonPatch,
    options: UpdateLessonOptions = {},
  ): Promise<Lesson> {
    // The version check is part of the UPDATE itself, so of two saves from one version only one matches.
    // `body || patch` replaces the top-level fields the patch names and keeps the others.
    const [row] = await this.#write(
      `UPDATE lessons SET version = version + 1, updated_at = $3, title = COALESCE($4, title),
         published = COALESCE($5, published), body = body || $6::jsonb
       WHERE id = $1 AND ($2::integer IS NULL OR version = $2) RETURNING ${LESSON_COLUMNS}`,
      [
        id,
        options.expectedVersion ?? null,
        now(),
        patch.title ?? null,
        patch.published ?? null,
        lessonBody(patch),
      ],
    );
    if (row) return this.#keepLesson(toLesson(row));
    const current = await this.getLesson(id);
    if (!current) throw new NotFoundError('lesson', id);
    throw new StaleVersionError(current, options.expectedVersion!);
  }

  async listClasses(): Promise<Classroom[]> {
    return (await this.#rows(`SELECT ${CLASS_COLUMNS} FROM classes ORDER BY seq`)).map(toClass);
  }
  getClass(id: string): Promise<Classroom | undefined> {
    return this.#classBatch.add(id);
  }
  /** One statement for every class asked for meanwhile (each student request asks for its class). */
  async #classesById(ids: string[]): Promise<(Classroom | undefined)[]> {
    const rows = await this.#rows(
      `SELECT ${CLASS_COLUMNS} FROM classes WHERE id = ANY($1)`,
      [[...new Set(ids)]],
      'classes-by-id',
    );
    const found = new Map(rows.map((r) => [r.id as string, r]));
    // Each caller gets a record of its own, as from a statement of its own.
    return ids.map((id) => {
      const row = found.get(id);
      return row && toClass(row);
    });
  }
  /** The stored version of each lesson asked for meanwhile: a cached lesson is used only at that version. */
  async #lessonVersions(ids: string[]): Promise<(number | undefined)[]> {
    const rows = await this.#rows(
      'SELECT id, version FROM lessons WHERE id = ANY($1)',
      [[...new Set(ids)]],
      'lesson-versions',
    );
    const found = new Map(rows.map((r) => [r.id as string, r.version as number]));
    return ids.map((id) => found.get(id));
  }
  async getClassByCode(code: string): Promise<Classroom | undefined> {
    const [row] = await this.#rows(
      `SELECT ${CLASS_COLUMNS} FROM classes WHERE code = $1`,
      [code],
      'class-by-code',
    );
    return row && toClass(row);
  }
  async createClass(name: string, lessonIds: string[]): Promise<Classroom> {
    // The unique constraint decides: a code another process took meanwhile just means drawing again.
    for (;;) {
      const [row] = await this.#write(
        `INSERT INTO classes (id, name, code, lesson_ids, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO NOTHING RETURNING ${CLASS_COLUMNS}`,
        [newId(), name, newJoinCode(new Set()), [...lessonIds], now()],
      );
      if (row) return toClass(row);
    }
  }
  async updateClass(
    id: string,
    patch: Partial<Pick<Classroom, 'name' | 'lessonIds' | 'closed'>>,
  ): Promise<Classroom> {
    const [row] = await this.#write(
      `UPDATE classes SET name = COALESCE($2, name), lesson_ids = COALESCE($3, lesson_ids),
         closed = COALESCE($4, closed) WHERE id = $1 RETURNING ${CLASS_COLUMNS}`,
      [id, patch.name ?? null, patch.lessonIds ? [...patch.lessonIds] : null, patch.closed ?? null],
    );
    if (!row) throw new NotFoundError('class', id);
    return toClass(row);
  }

  async createStudent(classId: string, name: string): Promise<Student> {
    try {
      const [row] = await this.#write(
        `INSERT INTO students (id, class_id, name, token, joined_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${STUDENT_COLUMNS}`,
        [newId(), classId, name, newSecret(), now()],
        'student-insert',
      );
      return toStudent(row!);
    } catch (err) {
      if (sqlState(err) === FOREIGN_KEY_VIOLATION) throw new NotFoundError('class', classId);
      throw err;
    }
  }
  async getStudentByToken(token: string): Promise<Student | undefined> {
    // Students never change once created (the Store has no way to), so a found one may be kept.
    const cached = this.#students.get(token);
    if (cached) return cached;
    const [row] = await this.#rows(
      `SELECT ${STUDENT_COLUMNS} FROM students WHERE token = $1`,
      [token],
      'student-by-token',
    );
    return row && this.#students.set(token, deepFreeze(toStudent(row)));
  }
  async listStudents(classId: string): Promise<Student[]> {
    const rows = await this.#rows(
      `SELECT ${STUDENT_COLUMNS} FROM students WHERE class_id = $1 ORDER BY seq`,
      [classId],
      'students-of-class',
    );
    return rows.map(toStudent);
  }

  async recordAnswer(input: NewAnswer): Promise<RecordAnswerResult> {
    const stored = await this.#answerBatch.add(input);
    if (stored) return { status: 'recorded', answer: stored };
    // A separate statement after the batch committed: its fresh snapshot sees the winner, even one
    // committed a moment ago by another process or sent in the same batch.
    const first = await this.findAnswer(input);
    if (first) return { status: 'already-answered', answer: first };
    const [student] = await this.#rows('SELECT 1 FROM students WHERE id = $1', [input.studentId]);
    if (!student) throw new NotFoundError('student', input.studentId);
    throw new Error(`store: answer of "${input.studentId}" neither stored nor found`);
  }
  /**
   * Inserts every answer sent meanwhile in one statement, so one commit acknowledges them all. The
   * unique constraint still decides which answer is first: a row it refuses (or one for an unknown
   * student) is simply not inserted, and gets undefined here. Any other failure fails the whole batch
   * with WriteFailedError: nothing in it is acknowledged, and nothing in it was committed.
   */
  async #insertAnswers(inputs: NewAnswer[]): Promise<(Answer | undefined)[]> {
    const at = now();
    const answers = inputs.map((input) => answerRecord(input, at));
    // Of two answers to one question in this batch, the earlier is sent and the later left to the
    // constraint's verdict on it; rows go in key order, so two processes' batches wait for each other's
    // uncommitted rows in the same order and cannot deadlock.
    const keyOf = (a: Answer) => `${a.studentId}\u0000${a.lessonId}\u0000${a.questionId}`;
    const firsts = new Map<string, Answer>();
    for (const a of answers) if (!firsts.has(keyOf(a))) firsts.set(keyOf(a), a);
    const rows = [...firsts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, a]) => answerRow(a));
    let inserted: Record<string, unknown>[];
    try {
      inserted = await this.#rows(
        `INSERT INTO answers (id, class_id, student_id, lesson_id, question_id, response, correct, answered_at)
         SELECT v.id, v.class_id, v.student_id, v.lesson_id, v.question_id, v.response, v.correct, v.answered_at
         FROM jsonb_to_recordset($1::jsonb) AS v(id text, class_id text, student_id text, lesson_id text,
           question_id text, response text[], correct boolean, answered_at text)
         WHERE EXISTS (SELECT 1 FROM students s WHERE s.id = v.student_id)
         ON CONFLICT ON CONSTRAINT first_answer_wins DO NOTHING RETURNING id`,
        [JSON.stringify(rows)],
        'answers-insert',
      );
    } catch (err) {
      throw new WriteFailedError((err as Error).message, { cause: err });
    }
    const ids = new Set(inserted.map((r) => r.id as string));
    return answers.map((a) => (ids.has(a.id) ? a : undefined));
  }
  async markAnswer(answerId: string, mark: Omit<AnswerMark, 'markedAt'> | null): Promise<Answer> {
    const value = mark && { verdict: mark.verdict, comment: mark.comment, markedAt: now() };
    const [row] = await this.#write(
      `UPDATE answers SET mark = $2 WHERE id = $1 RETURNING ${ANSWER_COLUMNS}`,
      [answerId, value && JSON.stringify(value)],
    );
    if (!row) throw new NotFoundError('answer', answerId);
    return toAnswer(row);
  }
  async findAnswer(key: AnswerKey) {
    const [row] = await this.#rows(
      `SELECT ${ANSWER_COLUMNS} FROM answers WHERE student_id = $1 AND lesson_id = $2 AND question_id = $3`,
      [key.studentId, key.lessonId, key.questionId],
      'answer-find',
    );
    return row && toAnswer(row);
  }
  async listAnswers(filter: AnswerFilter) {
    const where: string[] = [];
    const values: string[] = [];
    for (const [column, value] of [
      ['class_id', filter.classId],
      ['lesson_id', filter.lessonId],
      ['student_id', filter.studentId],
    ] as const) {
      if (value === undefined) continue;
      values.push(value);
      where.push(`${column} = $${values.length}`);
    }
    const text = `SELECT ${ANSWER_COLUMNS} FROM answers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    // One statement name per filter shape, so each shape is planned once per connection.
    return (await this.#rows(text, values, `answers:${where.join('&')}`)).map(toAnswer);
  }

  /** Lets statements already sent finish, then closes the pool (once). */
  close(): Promise<void> {
    this.#closing ??= Promise.all(
      [this.#answerBatch, this.#classBatch, this.#versionBatch].map((b) => b.drained()),
    )
      .then(() => Promise.allSettled([...this.#pending]))
      .then(() => this.#pool.end());
    return this.#closing;
  }
}
