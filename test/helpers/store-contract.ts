import assert from 'node:assert/strict';
import { JOIN_CODE_ALPHABET } from '../../server/store/ids.ts';
import { NotFoundError, StaleVersionError } from '../../server/store/errors.ts';
import type { NewAnswer, NewLesson, Store } from '../../server/store/types.ts';

/** How the contract suite drives one Store implementation, without knowing how it keeps its data. */
export interface StoreHarness {
  /** A store on fresh, empty data. */
  open(): Promise<Store>;
  /** Closes `store` and opens the same data again, as a restart would. */
  reopen(store: Store): Promise<Store>;
  /** Removes the data (the store is already closed). */
  destroy(): Promise<void>;
}

/** A small lesson with no analysis; the store does not look inside. */
export function lessonInput(title = 'A test lesson'): NewLesson {
  return {
    title,
    text: 'The council met on Monday.',
    analysis: { title, sentences: [] },
    overrides: [],
    questions: [],
    published: true,
    bundled: false,
  };
}

/**
 * The behaviour every Store must have (server/store/types.ts), as one mocha suite. Each implementation
 * runs it with its own harness: `storeContract('JSON file store', makeJsonHarness)`.
 */
export function storeContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      harness = await makeHarness();
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.destroy();
    });

    async function classWithStudent(studentName = 'Ada') {
      const classroom = await store.createClass('7B', []);
      const student = await store.createStudent(classroom.id, studentName);
      return { classroom, student };
    }

    function answerOf(
      c: { id: string },
      s: { id: string },
      lessonId: string,
      questionId: string,
    ): NewAnswer {
      return {
        classId: c.id,
        studentId: s.id,
        lessonId,
        questionId,
        response: ['a'],
        correct: true,
      };
    }

    describe('secret and teacher', () => {
      it('keeps the same secret across a restart', async () => {
        const secret = store.secret();
        assert.ok(secret.length >= 32);
        store = await harness.reopen(store);
        assert.equal(store.secret(), secret);
      });

      it('stores the teacher password hash durably', async () => {
        assert.equal((await store.teacher()).passwordHash, null);
        await store.setTeacherPasswordHash('scrypt$aa$bb');
        assert.equal((await store.teacher()).passwordHash, 'scrypt$aa$bb');
        store = await harness.reopen(store);
        assert.equal((await store.teacher()).passwordHash, 'scrypt$aa$bb');
      });

      it('keeps teacher sessions across a restart until one, all, or a new password ends them', async () => {
        const later = new Date(Date.now() + 60_000).toISOString();
        await store.addTeacherSession({ idHash: 'a'.repeat(64), expiresAt: later });
        await store.addTeacherSession({ idHash: 'b'.repeat(64), expiresAt: later });
        await store.addTeacherSession({ idHash: 'c'.repeat(64), expiresAt: later });
        store = await harness.reopen(store);
        const hashes = async () => ((await store.teacher()).sessions ?? []).map((s) => s.idHash[0]);
        assert.deepEqual(await hashes(), ['a', 'b', 'c']);
        await store.endTeacherSessions({ idHash: 'b'.repeat(64) });
        assert.deepEqual(await hashes(), ['a', 'c']);
        await store.endTeacherSessions('all');
        assert.deepEqual(await hashes(), []);
        await store.addTeacherSession({ idHash: 'd'.repeat(64), expiresAt: later });
        await store.setTeacherPasswordHash('scrypt$aa$bb');
        assert.deepEqual(await hashes(), []);
      });

      it('drops expired teacher sessions when a new one is added', async () => {
        const past = new Date(Date.now() - 1000).toISOString();
        const later = new Date(Date.now() + 60_000).toISOString();
        await store.addTeacherSession({ idHash: 'a'.repeat(64), expiresAt: past });
        await store.addTeacherSession({ idHash: 'b'.repeat(64), expiresAt: later });
        assert.deepEqual(
          ((await store.teacher()).sessions ?? []).map((s) => s.idHash[0]),
          ['b'],
        );
      });
    });

    describe('lessons', () => {
      it('creates a lesson at version 1 and lists lessons in creation order', async () => {
        const a = await store.createLesson(lessonInput('A'));
        const b = await store.createLesson(lessonInput('B'));
        assert.equal(a.version, 1);
        assert.equal(a.createdAt, a.updatedAt);
        assert.deepEqual(
          (await store.listLessons()).map((l) => l.title),
          ['A', 'B'],
        );
        assert.equal((await store.getLesson(b.id))?.title, 'B');
        assert.equal(await store.getLesson('missing'), undefined);
      });

      it('bumps the version on each update and keeps id and creation time', async () => {
        const lesson = await store.createLesson(lessonInput());
        const one = await store.updateLesson(lesson.id, { title: 'Renamed' });
        const two = await store.updateLesson(lesson.id, { published: false });
        assert.equal(one.version, 2);
        assert.equal(two.version, 3);
        assert.equal(two.id, lesson.id);
        assert.equal(two.createdAt, lesson.createdAt);
        assert.equal(two.title, 'Renamed');
        store = await harness.reopen(store);
        const stored = await store.getLesson(lesson.id);
        assert.equal(stored?.version, 3);
        assert.equal(stored?.published, false);
      });

      it('saves with the current version and refuses a stale one with a 409 naming the stored lesson', async () => {
        const lesson = await store.createLesson(lessonInput());
        await store.updateLesson(lesson.id, { title: 'First tab' }, { expectedVersion: 1 });
        await assert.rejects(
          store.updateLesson(lesson.id, { title: 'Second tab' }, { expectedVersion: 1 }),
          (err: unknown) => {
            assert.ok(err instanceof StaleVersionError);
            assert.equal(err.status, 409);
            assert.equal(err.current.version, 2);
            assert.equal(err.current.title, 'First tab');
            return true;
          },
        );
        assert.equal((await store.getLesson(lesson.id))?.title, 'First tab');
        assert.equal((await store.getLesson(lesson.id))?.version, 2);
      });

      it('lets only one of two concurrent saves from the same version through', async () => {
        const lesson = await store.createLesson(lessonInput());
        const results = await Promise.allSettled([
          store.updateLesson(lesson.id, { title: 'Tab A' }, { expectedVersion: 1 }),
          store.updateLesson(lesson.id, { title: 'Tab B' }, { expectedVersion: 1 }),
        ]);
        assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      });

      it('rejects an update of an unknown lesson with a 404 naming it', async () => {
        await assert.rejects(store.updateLesson('nope', { title: 'x' }), (err: unknown) => {
          assert.ok(err instanceof NotFoundError);
          assert.equal(err.status, 404);
          assert.match(err.message, /unknown lesson "nope"/);
          return true;
        });
      });
    });

    describe('classes and students', () => {
      it('gives classes unique 6-character join codes from the unambiguous alphabet', async () => {
        const made = await Promise.all(
          Array.from({ length: 30 }, (_, i) => store.createClass(`c${i}`, [])),
        );
        const codes = new Set(made.map((c) => c.code));
        assert.equal(codes.size, 30);
        for (const code of codes) assert.match(code, new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      });

      it('finds a class by id and code, updates it, and keeps it across a restart', async () => {
        const lesson = await store.createLesson(lessonInput());
        const c = await store.createClass('7B', [lesson.id]);
        assert.equal(c.closed, false);
        assert.deepEqual((await store.getClassByCode(c.code))?.id, c.id);
        const updated = await store.updateClass(c.id, { name: '7C', closed: true, lessonIds: [] });
        assert.equal(updated.name, '7C');
        store = await harness.reopen(store);
        const stored = await store.getClass(c.id);
        assert.equal(stored?.name, '7C');
        assert.equal(stored?.closed, true);
        assert.deepEqual(stored?.lessonIds, []);
        assert.equal(await store.getClassByCode('ZZZZZZ'), undefined);
      });

      it('rejects updating an unknown class and joining one with a 404', async () => {
        await assert.rejects(store.updateClass('nope', { closed: true }), {
          status: 404,
          message: 'store: unknown class "nope"',
        });
        await assert.rejects(store.createStudent('nope', 'Ada'), /unknown class "nope"/);
      });

      it("finds a student by token and lists a class's students in joining order", async () => {
        const { classroom, student } = await classWithStudent('Ada');
        await store.createStudent(classroom.id, 'Bo');
        const other = await store.createClass('8A', []);
        await store.createStudent(other.id, 'Cy');
        assert.equal((await store.getStudentByToken(student.token))?.id, student.id);
        assert.equal(await store.getStudentByToken('wrong'), undefined);
        assert.deepEqual(
          (await store.listStudents(classroom.id)).map((s) => s.name),
          ['Ada', 'Bo'],
        );
      });
    });

    describe('answers', () => {
      it('keeps the first of two concurrent answers to one question and stores one', async () => {
        const { classroom, student } = await classWithStudent();
        const base = answerOf(classroom, student, 'l1', 'q1');
        const [first, second] = await Promise.all([
          store.recordAnswer({ ...base, response: ['a'] }),
          store.recordAnswer({ ...base, response: ['b'], correct: false }),
        ]);
        assert.equal(first.status, 'recorded');
        assert.equal(second.status, 'already-answered');
        assert.deepEqual(second.answer.response, ['a']);
        assert.equal(second.answer.id, first.answer.id);
        assert.equal((await store.listAnswers({ studentId: student.id })).length, 1);
      });

      it('keeps answers to the same question id in two lessons apart', async () => {
        const { classroom, student } = await classWithStudent();
        const a = await store.recordAnswer(answerOf(classroom, student, 'lessonA', 'q1'));
        const b = await store.recordAnswer(answerOf(classroom, student, 'lessonB', 'q1'));
        assert.equal(a.status, 'recorded');
        assert.equal(b.status, 'recorded');
        const key = { studentId: student.id, questionId: 'q1' };
        assert.equal((await store.findAnswer({ ...key, lessonId: 'lessonA' }))?.id, a.answer.id);
        assert.equal((await store.findAnswer({ ...key, lessonId: 'lessonB' }))?.id, b.answer.id);
        assert.equal(await store.findAnswer({ ...key, lessonId: 'lessonC' }), undefined);
      });

      it('filters answers by class, lesson and student, oldest first', async () => {
        const { classroom, student: ada } = await classWithStudent('Ada');
        const bo = await store.createStudent(classroom.id, 'Bo');
        const other = await store.createClass('8A', []);
        const cy = await store.createStudent(other.id, 'Cy');
        await store.recordAnswer(answerOf(classroom, ada, 'l1', 'q1'));
        await store.recordAnswer(answerOf(classroom, ada, 'l2', 'q2'));
        await store.recordAnswer(answerOf(classroom, bo, 'l1', 'q1'));
        await store.recordAnswer(answerOf(other, cy, 'l1', 'q1'));
        const ids = (filter: Parameters<Store['listAnswers']>[0]) =>
          store.listAnswers(filter).then((list) => list.map((a) => `${a.studentId}/${a.lessonId}`));
        assert.deepEqual(await ids({ lessonId: 'l1' }), [
          `${ada.id}/l1`,
          `${bo.id}/l1`,
          `${cy.id}/l1`,
        ]);
        assert.deepEqual(await ids({ studentId: ada.id }), [`${ada.id}/l1`, `${ada.id}/l2`]);
        assert.deepEqual(await ids({ classId: classroom.id, lessonId: 'l1' }), [
          `${ada.id}/l1`,
          `${bo.id}/l1`,
        ]);
        assert.deepEqual(await ids({ studentId: bo.id, lessonId: 'l2' }), []);
        assert.deepEqual(await ids({ classId: other.id }), [`${cy.id}/l1`]);
        assert.equal((await store.listAnswers({})).length, 4);
      });

      it("gives each caller its own list, so changing one does not change the store's", async () => {
        const { classroom, student } = await classWithStudent();
        await store.recordAnswer(answerOf(classroom, student, 'l1', 'q1'));
        const list = await store.listAnswers({ studentId: student.id });
        list.pop();
        assert.equal((await store.listAnswers({ studentId: student.id })).length, 1);
        await store.createLesson(lessonInput());
        const lessons = await store.listLessons();
        lessons.pop();
        assert.equal((await store.listLessons()).length, 1);
      });

      it('keeps every acknowledged answer exactly once across a restart', async () => {
        const classroom = await store.createClass('7B', []);
        const students = await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.createStudent(classroom.id, `S${i}`)),
        );
        const results = await Promise.all(
          students.flatMap((s) =>
            ['q1', 'q2', 'q3'].map((q) => store.recordAnswer(answerOf(classroom, s, 'l1', q))),
          ),
        );
        assert.ok(results.every((r) => r.status === 'recorded'));
        store = await harness.reopen(store);
        const stored = await store.listAnswers({ classId: classroom.id });
        assert.equal(stored.length, 60);
        assert.equal(new Set(stored.map((a) => a.id)).size, 60);
        const again = await store.recordAnswer(answerOf(classroom, students[0]!, 'l1', 'q1'));
        assert.equal(again.status, 'already-answered');
      });
    });

    it('finishes changes still pending when close is called', async () => {
      const pending = store.createClass('late', []);
      store = await harness.reopen(store);
      const made = await pending;
      assert.equal((await store.getClass(made.id))?.name, 'late');
    });
  });
}
