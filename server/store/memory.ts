import type {
  Answer,
  AnswerFilter,
  AnswerKey,
  Classroom,
  Database,
  Lesson,
  Student,
  Teacher,
} from './types.ts';
import type { Entry } from './entries.ts';
import { Interner } from './intern.ts';

/** Puts back what one applied entry changed. */
export type Undo = () => void;

/** Freezes a record and everything in it, so the shared object handed to every reader cannot change. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function removeLast<V>(list: V[] | undefined, value: V): void {
  const i = list ? list.lastIndexOf(value) : -1;
  if (i !== -1) list!.splice(i, 1);
}

/**
 * The whole database in memory, with the indexes every page needs: no request scans all answers.
 * Records are frozen and replaced, never changed in place, so readers get them without copying.
 * Every change comes from an Entry and returns its Undo, used when the entry's journal write fails.
 */
export class Memory {
  teacher: Teacher;
  readonly lessons = new Map<string, Lesson>();
  readonly classes = new Map<string, Classroom>();
  readonly classByCode = new Map<string, Classroom>();
  readonly students = new Map<string, Student>();
  readonly studentByToken = new Map<string, Student>();
  readonly studentsByClass = new Map<string, Student[]>();
  /** Every answer, oldest first; appended to, or an answer replaced in place when a teacher marks it. */
  readonly answers: Answer[] = [];
  readonly answerById = new Map<string, Answer>();
  readonly answersByStudent = new Map<string, Answer[]>();
  readonly answersByClass = new Map<string, Answer[]>();
  readonly answersByLesson = new Map<string, Answer[]>();
  /** classId → lessonId → answers. */
  readonly answersByClassLesson = new Map<string, Map<string, Answer[]>>();
  /** studentId → lessonId → questionId → the first answer: the first-answer rule in one place. */
  readonly firstAnswer = new Map<string, Map<string, Map<string, Answer>>>();
  readonly #interner = new Interner();

  constructor(
    readonly secret: string,
    teacher: Teacher,
  ) {
    this.teacher = deepFreeze(teacher);
  }

  /** The memory of a loaded (already validated) database. */
  static from(db: Database): Memory {
    const memory = new Memory(db.secret, db.teacher);
    for (const lesson of db.lessons) memory.apply({ op: 'lesson', lesson });
    for (const classroom of db.classes) memory.apply({ op: 'class', classroom });
    for (const student of db.students) memory.apply({ op: 'student', student });
    // Loading needs no undo: answers go straight in, without a closure each (500,000 at a time).
    for (const answer of db.answers) memory.#loadAnswer(answer);
    return memory;
  }

  /** Puts the entry's record in place; the returned Undo takes it out again. */
  apply(entry: Entry): Undo {
    switch (entry.op) {
      case 'teacher': {
        const before = this.teacher;
        this.teacher = deepFreeze(entry.teacher);
        return () => void (this.teacher = before);
      }
      case 'lesson':
        return this.#put(this.lessons, deepFreeze(entry.lesson));
      case 'class':
        return this.#putClass(deepFreeze(entry.classroom));
      case 'student':
        return this.#putStudent(deepFreeze(entry.student));
      case 'answer':
        return this.#addAnswer(this.#frozen(this.#shared(entry.answer)));
    }
  }

  /** The answer with its ids and short response shared with equal ones (a copy if it is frozen already). */
  #shared(answer: Answer): Answer {
    const intern = this.#interner;
    const target = Object.isFrozen(answer) ? { ...answer } : answer;
    target.classId = intern.string(answer.classId);
    target.studentId = intern.string(answer.studentId);
    target.lessonId = intern.string(answer.lessonId);
    target.questionId = intern.string(answer.questionId);
    target.response = intern.list(answer.response) as string[];
    return target;
  }

  #put<V extends { id: string }>(map: Map<string, V>, record: V): Undo {
    const before = map.get(record.id);
    map.set(record.id, record);
    return () => (before ? map.set(record.id, before) : map.delete(record.id));
  }

  #putClass(classroom: Classroom): Undo {
    const before = this.classes.get(classroom.id);
    const undoPut = this.#put(this.classes, classroom);
    if (before) this.classByCode.delete(before.code);
    this.classByCode.set(classroom.code, classroom);
    return () => {
      undoPut();
      this.classByCode.delete(classroom.code);
      if (before) this.classByCode.set(before.code, before);
    };
  }

  #putStudent(student: Student): Undo {
    const before = this.students.get(student.id);
    const undoPut = this.#put(this.students, student);
    if (before) this.studentByToken.delete(before.token);
    this.studentByToken.set(student.token, student);
    const list = listIn(this.studentsByClass, student.classId);
    const at = before ? list.indexOf(before) : -1;
    if (at === -1) list.push(student);
    else list[at] = student;
    return () => {
      undoPut();
      this.studentByToken.delete(student.token);
      if (before) this.studentByToken.set(before.token, before);
      if (at === -1) removeLast(list, student);
      else list[at] = before!;
    };
  }

  #loadAnswer(answer: Answer): void {
    const shared = this.#frozen(this.#shared(answer));
    const before = this.answerById.get(shared.id);
    if (before) this.#replaceAnswer(before, shared);
    else if (!this.first(shared)) this.#index(shared);
  }

  #addAnswer(answer: Answer): Undo {
    const before = this.answerById.get(answer.id);
    if (before) return this.#replaceAnswer(before, answer);
    if (this.first(answer)) return () => undefined;
    this.#index(answer);
    return () => {
      for (const list of this.#listsOf(answer)) removeLast(list, answer);
      this.firstAnswer.get(answer.studentId)?.get(answer.lessonId)?.delete(answer.questionId);
      this.answerById.delete(answer.id);
    };
  }

  /** Puts a new answer in every index. */
  #index(answer: Answer): void {
    this.answers.push(answer);
    this.answerById.set(answer.id, answer);
    listIn(this.answersByStudent, answer.studentId).push(answer);
    listIn(this.answersByClass, answer.classId).push(answer);
    listIn(this.answersByLesson, answer.lessonId).push(answer);
    let lessons = this.answersByClassLesson.get(answer.classId);
    if (!lessons) this.answersByClassLesson.set(answer.classId, (lessons = new Map()));
    listIn(lessons, answer.lessonId).push(answer);
    let perLesson = this.firstAnswer.get(answer.studentId);
    if (!perLesson) this.firstAnswer.set(answer.studentId, (perLesson = new Map()));
    let perQuestion = perLesson.get(answer.lessonId);
    if (!perQuestion) perLesson.set(answer.lessonId, (perQuestion = new Map()));
    perQuestion.set(answer.questionId, answer);
  }

  /** The lists an answer is in. */
  #listsOf(answer: Answer): (Answer[] | undefined)[] {
    return [
      this.answers,
      this.answersByStudent.get(answer.studentId),
      this.answersByClass.get(answer.classId),
      this.answersByLesson.get(answer.lessonId),
      this.answersByClassLesson.get(answer.classId)?.get(answer.lessonId),
    ];
  }

  /** An answer frozen with everything in it, without deepFreeze's list of values per answer. */
  #frozen(answer: Answer): Answer {
    for (const key in answer) {
      const value = answer[key as keyof Answer];
      if (typeof value === 'object' && value !== null) deepFreeze(value);
    }
    return Object.freeze(answer);
  }

  /** The same answer with a new mark: swapped in every index (rare, a teacher's action). */
  #replaceAnswer(before: Answer, after: Answer): Undo {
    const lists = this.#listsOf(before);
    const swap = (from: Answer, to: Answer) => {
      for (const list of lists) {
        const i = list ? list.lastIndexOf(from) : -1;
        if (i !== -1) list![i] = to;
      }
      this.answerById.set(to.id, to);
      this.firstAnswer.get(to.studentId)?.get(to.lessonId)?.set(to.questionId, to);
    };
    swap(before, after);
    return () => swap(after, before);
  }

  /** The stored answer for this (student, lesson, question). */
  first(key: AnswerKey): Answer | undefined {
    return this.firstAnswer.get(key.studentId)?.get(key.lessonId)?.get(key.questionId);
  }

  /** Answers matching every given field, oldest first, read from the narrowest index. */
  listAnswers(filter: AnswerFilter): Answer[] {
    const { classId, lessonId, studentId } = filter;
    if (studentId !== undefined) {
      // A question map keeps insertion order, which is answering order.
      const list =
        lessonId !== undefined
          ? [...(this.firstAnswer.get(studentId)?.get(lessonId)?.values() ?? [])]
          : (this.answersByStudent.get(studentId) ?? []);
      return classId === undefined ? [...list] : list.filter((a) => a.classId === classId);
    }
    if (classId !== undefined && lessonId !== undefined)
      return [...(this.answersByClassLesson.get(classId)?.get(lessonId) ?? [])];
    if (classId !== undefined) return [...(this.answersByClass.get(classId) ?? [])];
    if (lessonId !== undefined) return [...(this.answersByLesson.get(lessonId) ?? [])];
    return [...this.answers];
  }

  /** The database as plain data, for the snapshot (records shared, lists copied). */
  toDatabase(schemaVersion: number): Database {
    return {
      schemaVersion,
      secret: this.secret,
      teacher: this.teacher,
      lessons: [...this.lessons.values()],
      classes: [...this.classes.values()],
      students: [...this.students.values()],
      answers: [...this.answers],
    };
  }
}
