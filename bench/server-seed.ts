import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from '../server/app.ts';
import { nodeFs } from '../server/store/fs-layer.ts';
import { storeFiles } from '../server/store/files.ts';
import { saveSnapshot } from '../server/store/snapshot.ts';
import { newJoinCode } from '../server/store/ids.ts';
import type { Answer, Classroom, Database, Lesson, Student } from '../server/store/types.ts';

/** A question as the load generator sends it: the form fields of a valid answer. */
export interface BenchQuestion {
  n: number;
  form: { questionId: string; answer: string };
}

export interface BenchLesson {
  id: string;
  questions: BenchQuestion[];
}

export interface Seeded {
  file: string;
  /** The join code of the class the simulated students join. */
  code: string;
  lessons: BenchLesson[];
}

const LESSON_COPIES = 5;

/** A data file made by a real first start (bundled lesson analysed, demo class), as the template. */
export async function templateDatabase(dir: string): Promise<Database> {
  const dataFile = join(dir, 'template', 'byline.json');
  const { store } = await createApp({
    port: 0,
    host: '127.0.0.1',
    trustProxy: false,
    dataFile,
    teacherPassword: undefined,
    contentDir: resolve(import.meta.dirname, '..', 'content'),
    quiet: true,
  });
  await store.close();
  return JSON.parse(readFileSync(dataFile, 'utf8')) as Database;
}

function benchQuestions(lesson: Lesson): BenchQuestion[] {
  return lesson.questions.map((q, i) => ({
    n: i + 1,
    form: {
      questionId: q.id,
      answer: q.type === 'rewrite' ? 'A plain, neutral version.' : (q.choices[0]?.id ?? ''),
    },
  }));
}

/**
 * A data file for one run: the template's lesson in LESSON_COPIES copies (same question ids, as two
 * lessons from one article have), a "Bench" class with all of them, and `stored` answers already given
 * by a "History" class, so the file is as big as it is after months of use.
 */
export async function seedData(template: Database, dir: string, stored: number): Promise<Seeded> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'byline.json');
  const base = template.lessons[0]!;
  const at = new Date().toISOString();
  const lessons: Lesson[] = Array.from({ length: LESSON_COPIES }, (_, i) => ({
    ...base,
    id: `bench-lesson-${i}`,
    title: `${base.title} (copy ${i + 1})`,
    published: true,
    createdAt: at,
    updatedAt: at,
  }));
  const codes = new Set(template.classes.map((c) => c.code));
  const classOf = (id: string, name: string): Classroom => {
    const code = newJoinCode(codes);
    codes.add(code);
    return { id, name, code, lessonIds: lessons.map((l) => l.id), closed: false, createdAt: at };
  };
  const bench = classOf('bench-class', 'Bench');
  const history = classOf('history-class', 'History');
  const perStudent = lessons.length * base.questions.length;
  const students: Student[] = Array.from({ length: Math.ceil(stored / perStudent) }, (_, i) => ({
    id: `hs${i}`,
    classId: history.id,
    name: `History ${i}`,
    token: `history-token-${i}-${'x'.repeat(20)}`,
    joinedAt: at,
  }));
  const answers: Answer[] = [];
  for (let i = 0; i < stored; i++) {
    const student = students[Math.floor(i / perStudent)]!;
    const k = i % perStudent;
    const lesson = lessons[Math.floor(k / base.questions.length)]!;
    const q = base.questions[k % base.questions.length]!;
    answers.push({
      id: `ha${i.toString(36)}`,
      classId: history.id,
      studentId: student.id,
      lessonId: lesson.id,
      questionId: q.id,
      response: q.type === 'rewrite' ? ['A plain version of the sentence.'] : [q.choices[0]!.id],
      correct: q.type === 'rewrite' ? null : i % 3 !== 0,
      answeredAt: at,
    });
  }
  const db: Database & { journalSeq: number } = {
    ...template,
    lessons: [...template.lessons, ...lessons],
    classes: [...template.classes, bench, history],
    students: [...template.students, ...students],
    answers,
    journalSeq: 1,
  };
  await saveSnapshot(nodeFs, storeFiles(file), db);
  return {
    file,
    code: bench.code,
    lessons: lessons.map((l) => ({ id: l.id, questions: benchQuestions(l) })),
  };
}
