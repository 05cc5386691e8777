import type { ArticleAnalysis, Label, QuoteType } from '../analysis/types.ts';
import type { Question } from '../quiz/types.ts';

export const SCHEMA_VERSION = 1;

/** A teacher's correction of the analyzer, applied on top of the analysis. */
export interface SentenceOverride {
  sentenceIndex: number;
  label?: Label;
  /** Per quote index within the sentence. */
  quotes?: { quoteIndex: number; type?: QuoteType; speaker?: string | null }[];
  /** A teacher confirmed the label: keep it in the quiz even at low confidence. */
  confirmed?: boolean;
}

export interface Lesson {
  id: string;
  title: string;
  /** The article text as the teacher gave it (after HTML extraction). */
  text: string;
  /** The analyzer's output, untouched. */
  analysis: ArticleAnalysis;
  overrides: SentenceOverride[];
  /** Generated from the analysis with overrides applied. */
  questions: Question[];
  published: boolean;
  /** Bundled lessons come from content/. */
  bundled: boolean;
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
}

export type NewLesson = Omit<Lesson, 'id' | 'createdAt' | 'updatedAt'>;

export type RecordAnswerResult =
  | { status: 'recorded'; answer: Answer }
  /** The first answer stands; a second one is not stored. */
  | { status: 'already-answered'; answer: Answer };

/**
 * Everything Byline keeps. The lowdb store implements it now; a PostgreSQL store can implement it later.
 * Every method that changes data resolves only after the change is durably written.
 */
export interface Store {
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
  createLesson(lesson: NewLesson): Promise<Lesson>;
  updateLesson(id: string, patch: Partial<Omit<Lesson, 'id' | 'createdAt'>>): Promise<Lesson>;

  listClasses(): Promise<Classroom[]>;
  getClass(id: string): Promise<Classroom | undefined>;
  getClassByCode(code: string): Promise<Classroom | undefined>;
  createClass(name: string, lessonIds: string[]): Promise<Classroom>;
  updateClass(
    id: string,
    patch: Partial<Pick<Classroom, 'name' | 'lessonIds' | 'closed'>>,
  ): Promise<Classroom>;

  createStudent(classId: string, name: string): Promise<Student>;
  getStudentByToken(token: string): Promise<Student | undefined>;
  listStudents(classId: string): Promise<Student[]>;

  recordAnswer(answer: Omit<Answer, 'id' | 'answeredAt'>): Promise<RecordAnswerResult>;
  listAnswers(filter: {
    classId?: string;
    lessonId?: string;
    studentId?: string;
  }): Promise<Answer[]>;

  close(): Promise<void>;
}
