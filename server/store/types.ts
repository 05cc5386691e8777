import type { ArticleAnalysis, Label, QuoteType } from '../analysis/index.ts';
import type { LessonSelection } from '../quiz/selection.ts';
import type { Question } from '../quiz/types.ts';

/** Version 2 added `Lesson.version`. */
export const SCHEMA_VERSION = 2;

/** A teacher's correction of the analyzer, applied on top of the analysis. */
export interface SentenceOverride {
  sentenceIndex: number;
  label?: Label;
  /**
   * Per quote index within the sentence. `confirmed`: the teacher says the speaker is right, so the quiz may
   * ask who said it even where Byline is unsure (without vouching for the sentence's label).
   */
  quotes?: { quoteIndex: number; type?: QuoteType; speaker?: string | null; confirmed?: boolean }[];
  /** A teacher confirmed the label: keep it in the quiz even at low confidence. */
  confirmed?: boolean;
  /** The deciding words the teacher marked (each found in the sentence); they replace the analyzer's. */
  words?: string[];
}

export interface Lesson {
  id: string;
  title: string;
  /** The article text as the teacher gave it (after HTML extraction). */
  text: string;
  /** The analyzer's output, untouched. */
  analysis: ArticleAnalysis;
  overrides: SentenceOverride[];
  /** Generated from the analysis with overrides applied, then picked by `selection`. */
  questions: Question[];
  /** The teacher's choice of length and kinds; absent on lessons made before it existed (all questions). */
  selection?: LessonSelection;
  published: boolean;
  /** Kept with its answers but listed apart from the lessons in use; absent means false. */
  archived?: boolean;
  /** Bundled lessons come from content/. */
  bundled: boolean;
  /**
   * 1 when created, +1 on every update. A teacher form carries the version it was made from, so a save
   * made from an older version is refused (StaleVersionError) instead of silently overwriting.
   */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Classroom {
  id: string;
  name: string;
  /** 6 characters from an unambiguous alphabet. */
  code: string;
  lessonIds: string[];
  closed: boolean;
  createdAt: string;
}

export interface Student {
  id: string;
  classId: string;
  name: string;
  /** Secret kept in the student's cookie. */
  token: string;
  joinedAt: string;
}

/** A teacher's mark on an open (rewrite) answer. */
export interface AnswerMark {
  verdict: 'good' | 'needs-work';
  /** Optional short comment the student sees; '' when none. */
  comment: string;
  markedAt: string;
}

export interface Answer {
  id: string;
  classId: string;
  studentId: string;
  lessonId: string;
  questionId: string;
  /** Choice ids, or the open text for a rewrite question. */
  response: string[];
  /** null for open answers, which the teacher reads. */
  correct: boolean | null;
  answeredAt: string;
  /** The teacher's mark, open answers only; absent until marked. */
  mark?: AnswerMark;
}

/** A teacher sign-in kept server-side, so signing out ends it even where the cookie was copied. */
export interface TeacherSession {
  /** SHA-256 (hex) of the random session id in the cookie; the id itself is never stored. */
  idHash: string;
  /** ISO time after which the session is no longer accepted. */
  expiresAt: string;
}

export interface Teacher {
  /** scrypt hash, "scrypt$salt$hash" (hex); null until the first visit sets one. */
  passwordHash: string | null;
  /** Sessions signed in and not yet ended; absent in files written before sessions were kept. */
  sessions?: TeacherSession[];
}

export interface Database {
  schemaVersion: number;
  /** Random secret for signing cookies; created on first start. */
  secret: string;
  teacher: Teacher;
  lessons: Lesson[];
  classes: Classroom[];
  students: Student[];
  answers: Answer[];
  /** JSON store only: the first journal segment not yet folded into this file. */
  journalSeq?: number;
}

/** What createLesson takes: the store sets `id`, `version`, `createdAt` and `updatedAt`. */
export type NewLesson = Omit<Lesson, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** What updateLesson may change; the store sets `version` and `updatedAt`. */
export type LessonPatch = Partial<Omit<Lesson, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/** What updateLesson checks before changing anything. */
export interface UpdateLessonOptions {
  /**
   * The `version` the caller's form was made from. When the stored lesson has another version, nothing
   * is changed and the promise rejects with StaleVersionError (status 409) carrying the stored lesson.
   * Omitted: no check (e.g. publishing, which does not depend on what the teacher saw).
   */
  expectedVersion?: number;
}

/** What recordAnswer takes: the store sets `id` and `answeredAt`. */
export type NewAnswer = Omit<Answer, 'id' | 'answeredAt'>;

/** The key of the first-answer rule: one stored answer per student, lesson and question. */
export interface AnswerKey {
  studentId: string;
  lessonId: string;
  questionId: string;
}

/** Every field given must match; an empty filter lists every answer. */
export interface AnswerFilter {
  classId?: string;
  lessonId?: string;
  studentId?: string;
}

export type RecordAnswerResult =
  | { status: 'recorded'; answer: Answer }
  /** The first answer for this (student, lesson, question) stands; the new one is not stored. */
  | { status: 'already-answered'; answer: Answer };

/**
 * Everything Byline keeps. The JSON file store implements it; a PostgreSQL store implements it too,
 * and both pass the same contract tests (test/helpers/store-contract.ts). Rules every implementation keeps:
 *
 * - Durable before resolved: a method that changes data resolves only after the change survives a crash
 *   (fsynced journal, committed transaction). When it cannot be made durable, the method rejects with
 *   WriteFailedError and the change is not visible to any later read (no phantom answer).
 * - Records returned are read-only: callers must never change them (the JSON store hands out frozen
 *   shared objects instead of copying a whole lesson per request). Arrays returned are the caller's own.
 * - Lists keep creation order (lessons, classes, students, answers).
 * - First answer wins per (student, lesson, question): see recordAnswer.
 * - Unknown ids in updates reject with NotFoundError (status 404); a stale lesson save rejects with
 *   StaleVersionError (status 409). Both live in server/store/errors.ts.
 */
export interface Store {
  /** The random secret for signing cookies and form tokens, created on first start; never changes. */
  secret(): string;
  teacher(): Promise<Teacher>;
  /** Sets the teacher password hash and ends every teacher session. */
  setTeacherPasswordHash(hash: string): Promise<void>;
  /** Remembers a new teacher session; sessions already expired are dropped at the same time. */
  addTeacherSession(session: TeacherSession): Promise<void>;
  /** Ends the session with this id hash (sign-out), or every teacher session (`'all'`). */
  endTeacherSessions(which: { idHash: string } | 'all'): Promise<void>;

  listLessons(): Promise<Lesson[]>;
  getLesson(id: string): Promise<Lesson | undefined>;
  /** Stores a new lesson with version 1. */
  createLesson(lesson: NewLesson): Promise<Lesson>;
  /**
   * Applies `patch`, bumps `version` by one and sets `updatedAt`; resolves with the stored lesson.
   * Rejects with StaleVersionError when `options.expectedVersion` is given and differs from the stored one.
   */
  updateLesson(id: string, patch: LessonPatch, options?: UpdateLessonOptions): Promise<Lesson>;

  listClasses(): Promise<Classroom[]>;
  getClass(id: string): Promise<Classroom | undefined>;
  getClassByCode(code: string): Promise<Classroom | undefined>;
  /** A new open class with a join code no other class has. */
  createClass(name: string, lessonIds: string[]): Promise<Classroom>;
  updateClass(
    id: string,
    patch: Partial<Pick<Classroom, 'name' | 'lessonIds' | 'closed'>>,
  ): Promise<Classroom>;

  /** Rejects with NotFoundError for an unknown class. */
  createStudent(classId: string, name: string): Promise<Student>;
  getStudentByToken(token: string): Promise<Student | undefined>;
  listStudents(classId: string): Promise<Student[]>;

  /**
   * Stores the answer unless one for the same (studentId, lessonId, questionId) is already stored, in
   * which case that first answer is returned with status 'already-answered' and nothing is written.
   * Two lessons built from one article share question ids; their answers are separate.
   */
  recordAnswer(answer: NewAnswer): Promise<RecordAnswerResult>;
  /** The stored (first) answer for this student, lesson and question, if any. */
  findAnswer(key: AnswerKey): Promise<Answer | undefined>;
  /** Sets (or with null, removes) the teacher's mark on an answer; throws NotFoundError for an unknown id. */
  markAnswer(answerId: string, mark: Omit<AnswerMark, 'markedAt'> | null): Promise<Answer>;
  /** Answers matching the filter, oldest first; served from indexes, never a scan of every answer. */
  listAnswers(filter: AnswerFilter): Promise<Answer[]>;

  /**
   * Waits for every pending write, makes everything durable (the JSON store folds its journal into the
   * file), and releases the store; the next open reads from disk again.
   */
  close(): Promise<void>;
}
