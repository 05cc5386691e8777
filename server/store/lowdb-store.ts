import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type {
  Answer,
  AnswerFilter,
  AnswerKey,
  AnswerMark,
  Classroom,
  Database,
  Lesson,
  LessonPatch,
  NewAnswer,
  NewLesson,
  RecordAnswerResult,
  Store,
  Student,
  TeacherSession,
  UpdateLessonOptions,
} from './types.ts';
import { loadDatabase } from './load.ts';
import { newId, newJoinCode, newSecret } from './ids.ts';
import { NotFoundError, StaleVersionError } from './errors.ts';

const copy = <T>(value: T): T => structuredClone(value);
const now = () => new Date().toISOString();

/**
 * The lowdb implementation of Store. Each change is applied synchronously to the in-memory data, so a
 * read-check-write such as recordAnswer can never interleave, and resolves only after a `db.write()`
 * that contains it resolved. Changes made while a write is running share the next write (group commit),
 * so a classroom answering at once costs a couple of file writes, not one per answer.
 * Obtain it through openStore(), which keeps one instance per file.
 */
export class LowdbStore implements Store {
  #db: Low<Database>;
  /** The write in progress (never rejects). */
  #writing: Promise<void> = Promise.resolve();
  /** The write that will hold changes made now, not started yet. */
  #next: Promise<void> | null = null;
  #onClose: () => void;

  private constructor(db: Low<Database>, onClose: () => void) {
    this.#db = db;
    this.#onClose = onClose;
  }

  /** Loads (or creates) the file; throws on a corrupt or newer file without touching it. */
  static async load(file: string, onClose: () => void): Promise<LowdbStore> {
    const { db: data, needsWrite } = await loadDatabase(file);
    const low = new Low<Database>(new JSONFile<Database>(file), data);
    if (needsWrite) {
      await mkdir(dirname(file), { recursive: true });
      await low.write();
    }
    return new LowdbStore(low, onClose);
  }

  get #data(): Database {
    return this.#db.data;
  }

  async #mutate<T>(change: (db: Database) => T): Promise<T> {
    const result = change(this.#data);
    await this.#flush();
    return result;
  }

  #flush(): Promise<void> {
    if (!this.#next) {
      const next = this.#writing.then(() => {
        // From here on, new changes wait for the write after this one.
        this.#next = null;
        return this.#db.write();
      });
      this.#next = next;
      // A failed write must not block later ones; its callers still see the rejection.
      this.#writing = next.catch(() => undefined);
    }
    return this.#next;
  }

  secret(): string {
    return this.#data.secret;
  }
  async teacher() {
    return copy(this.#data.teacher);
  }
  setTeacherPasswordHash(hash: string): Promise<void> {
    return this.#mutate((db) => {
      db.teacher.passwordHash = hash;
      db.teacher.sessions = [];
    });
  }
  addTeacherSession(session: TeacherSession): Promise<void> {
    return this.#mutate((db) => {
      const at = now();
      const live = (db.teacher.sessions ?? []).filter((s) => s.expiresAt > at);
      db.teacher.sessions = [...live, copy(session)];
    });
  }
  endTeacherSessions(which: { idHash: string } | 'all'): Promise<void> {
    return this.#mutate((db) => {
      db.teacher.sessions =
        which === 'all' ? [] : (db.teacher.sessions ?? []).filter((s) => s.idHash !== which.idHash);
    });
  }

  async listLessons() {
    return copy(this.#data.lessons);
  }
  async getLesson(id: string) {
    const lesson = this.#data.lessons.find((l) => l.id === id);
    return lesson && copy(lesson);
  }
  createLesson(input: NewLesson): Promise<Lesson> {
    return this.#mutate((db) => {
      const at = now();
      const lesson: Lesson = {
        ...copy(input),
        id: newId(),
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      db.lessons.push(lesson);
      return copy(lesson);
    });
  }
  updateLesson(id: string, patch: LessonPatch, options: UpdateLessonOptions = {}): Promise<Lesson> {
    return this.#mutate((db) => {
      const lesson = db.lessons.find((l) => l.id === id);
      if (!lesson) throw new NotFoundError('lesson', id);
      const { expectedVersion } = options;
      if (expectedVersion !== undefined && expectedVersion !== lesson.version)
        throw new StaleVersionError(copy(lesson), expectedVersion);
      Object.assign(lesson, copy(patch), {
        id,
        version: lesson.version + 1,
        createdAt: lesson.createdAt,
        updatedAt: now(),
      });
      return copy(lesson);
    });
  }

  async listClasses() {
    return copy(this.#data.classes);
  }
  async getClass(id: string) {
    const found = this.#data.classes.find((c) => c.id === id);
    return found && copy(found);
  }
  async getClassByCode(code: string) {
    const found = this.#data.classes.find((c) => c.code === code);
    return found && copy(found);
  }
  createClass(name: string, lessonIds: string[]): Promise<Classroom> {
    return this.#mutate((db) => {
      const code = newJoinCode(new Set(db.classes.map((c) => c.code)));
      const created: Classroom = {
        id: newId(),
        name,
        code,
        lessonIds: [...lessonIds],
        closed: false,
        createdAt: now(),
      };
      db.classes.push(created);
      return copy(created);
    });
  }
  updateClass(
    id: string,
    patch: Partial<Pick<Classroom, 'name' | 'lessonIds' | 'closed'>>,
  ): Promise<Classroom> {
    return this.#mutate((db) => {
      const found = db.classes.find((c) => c.id === id);
      if (!found) throw new NotFoundError('class', id);
      if (patch.name !== undefined) found.name = patch.name;
      if (patch.lessonIds !== undefined) found.lessonIds = [...patch.lessonIds];
      if (patch.closed !== undefined) found.closed = patch.closed;
      return copy(found);
    });
  }

  createStudent(classId: string, name: string): Promise<Student> {
    return this.#mutate((db) => {
      if (!db.classes.some((c) => c.id === classId)) throw new NotFoundError('class', classId);
      const student: Student = { id: newId(), classId, name, token: newSecret(), joinedAt: now() };
      db.students.push(student);
      return copy(student);
    });
  }
  async getStudentByToken(token: string) {
    const found = this.#data.students.find((s) => s.token === token);
    return found && copy(found);
  }
  async listStudents(classId: string) {
    return copy(this.#data.students.filter((s) => s.classId === classId));
  }

  recordAnswer(input: NewAnswer): Promise<RecordAnswerResult> {
    return this.#mutate((db): RecordAnswerResult => {
      const first = this.#first(db, input);
      if (first) return { status: 'already-answered', answer: copy(first) };
      const answer: Answer = { ...copy(input), id: newId(), answeredAt: now() };
      db.answers.push(answer);
      return { status: 'recorded', answer: copy(answer) };
    });
  }
  markAnswer(answerId: string, mark: Omit<AnswerMark, 'markedAt'> | null): Promise<Answer> {
    return this.#mutate((db) => {
      const found = db.answers.find((a) => a.id === answerId);
      if (!found) throw new NotFoundError('answer', answerId);
      if (mark) found.mark = { verdict: mark.verdict, comment: mark.comment, markedAt: now() };
      else delete found.mark;
      return copy(found);
    });
  }
  #first(db: Database, key: AnswerKey): Answer | undefined {
    return db.answers.find(
      (a) =>
        a.studentId === key.studentId &&
        a.lessonId === key.lessonId &&
        a.questionId === key.questionId,
    );
  }
  async findAnswer(key: AnswerKey) {
    const found = this.#first(this.#data, key);
    return found && copy(found);
  }
  async listAnswers(filter: AnswerFilter) {
    return copy(
      this.#data.answers.filter(
        (a) =>
          (filter.classId === undefined || a.classId === filter.classId) &&
          (filter.lessonId === undefined || a.lessonId === filter.lessonId) &&
          (filter.studentId === undefined || a.studentId === filter.studentId),
      ),
    );
  }

  /** Waits for every pending write, then forgets this instance so the next openStore reads the file again. */
  async close(): Promise<void> {
    await this.#writing;
    this.#onClose();
  }
}
