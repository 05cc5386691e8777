import { strict as assert } from 'node:assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Question } from '../server/quiz/types.ts';
import {
  checkPage,
  DESKTOP,
  launchBrowser,
  newContext,
  parseCsv,
  PHONE,
  printRecords,
  signInTeacher,
  startApp,
  tabTo,
  type RunningApp,
} from './harness/index.ts';

/** How a student answers: which choice they pick, how they move, what they do mid-lesson. */
interface Student {
  name: string;
  pick: 'first' | 'last';
  keyboard: boolean;
  reloadAt: number | null;
  /** Prefix of the screenshots; null: only the phone/desktop checks of the other students run. */
  shots: string | null;
}

const STUDENTS: Student[] = [
  { name: 'Kim (keyboard)', pick: 'first', keyboard: true, reloadAt: null, shots: 'student' },
  { name: 'Pat (phone)', pick: 'last', keyboard: false, reloadAt: null, shots: 'student' },
  { name: 'Ren (reloads)', pick: 'first', keyboard: false, reloadAt: 4, shots: null },
];

/** What a student submitted, per question id: the choice texts, or the open text. */
type Given = Map<string, string[]>;

describe('a class in the browser: teacher sets up, three students play, the results match', function () {
  this.timeout(300_000);
  let app: RunningApp;
  let browser: Browser;
  let teacher: Page;
  let teacherPhone: Page;
  let code = '';
  let classPath = '';
  let lessonId = '';
  const given = new Map<string, Given>();

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    teacher = await (await newContext(browser, DESKTOP)).newPage();
    teacherPhone = await (await newContext(browser, PHONE)).newPage();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    printRecords();
  });

  // Each teacher page is checked at both sizes: the phone context follows the desktop one.
  async function checkTeacherPage(name: string): Promise<void> {
    await checkPage(teacher, name);
    await teacherPhone.goto(teacher.url());
    await checkPage(teacherPhone, name);
  }

  it('lets the teacher sign in, create a class and set a 10-question lesson', async () => {
    await teacherPhone.goto(`${app.baseUrl}/teacher/login`);
    await checkPage(teacherPhone, 'teacher-login');
    await signInTeacher(teacherPhone, app);
    await signInTeacher(teacher, app);
    await checkTeacherPage('teacher-home');

    await teacher.getByLabel('Class name').fill('Year 9 media');
    await Promise.all([
      teacher.waitForURL(/\/teacher\/classes\//),
      teacher.getByRole('button', { name: 'Create class' }).click(),
    ]);
    classPath = new URL(teacher.url()).pathname;
    code = ((await teacher.locator('.join-code [aria-hidden]').textContent()) ?? '').trim();
    assert.match(code, /^[A-Z0-9]{6}$/);

    const lesson = (await app.store.listLessons())[0]!;
    lessonId = lesson.id;
    await teacher.goto(`${app.baseUrl}/teacher/lessons/${lessonId}`);
    await teacher.getByLabel(/How many questions/).fill('10');
    await Promise.all([
      teacher.waitForURL(/saved=1/),
      teacher.getByRole('button', { name: 'Use this length and these kinds' }).click(),
    ]);
    assert.match((await teacher.locator('#questions').textContent()) ?? '', /\(10\)/);
    assert.equal((await app.store.getLesson(lessonId))!.questions.length, 10);
    await checkTeacherPage('lesson-review');

    await teacher.goto(`${app.baseUrl}${classPath}`);
    await teacher.getByLabel('Assign a lesson').selectOption(lessonId);
    await Promise.all([
      teacher.waitForURL(new RegExp(`${classPath}$`)),
      teacher.getByRole('button', { name: 'Assign' }).click(),
    ]);
    await checkTeacherPage('teacher-class');
    await teacher.goto(`${app.baseUrl}${classPath}/close`);
    await checkTeacherPage('class-close-confirm');
    await teacher.goto(`${app.baseUrl}/teacher/lessons/new`);
    await checkTeacherPage('lesson-new');
  });

  it('turns a wrong class code into a form error on both screens', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/`);
      await page.getByLabel('Class code').fill('ZZZZZZ');
      await page.getByLabel(/Your name/).fill('Nobody');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/join')),
        page.getByRole('button', { name: 'Join' }).click(),
      ]);
      assert.equal(response.status(), 422);
      assert.match(
        (await page.locator('#form-errors').textContent()) ?? '',
        /No class uses the code/,
      );
      await checkPage(page, 'join-wrong-code');
      await page.goto(`${app.baseUrl}/no-such-page`);
      await checkPage(page, 'not-found');
      await context.close();
    }
  });

  for (const student of STUDENTS) {
    it(`lets ${student.name} join and finish the lesson`, async () => {
      const viewport = student.name.startsWith('Pat') ? PHONE : DESKTOP;
      // Ren plays with JavaScript off: every page must work without it.
      const context = await newContext(browser, viewport, { javaScriptEnabled: !student.reloadAt });
      const page = await context.newPage();
      given.set(student.name, await play(page, context, student));
      await context.close();
    });
  }

  async function play(page: Page, _context: BrowserContext, student: Student): Promise<Given> {
    const shot = (name: string, firstScreen: string[] = []) =>
      student.shots ? checkPage(page, `${student.shots}-${name}`, { firstScreen }) : null;
    const phone = page.viewportSize()!.width < 600;
    await page.goto(`${app.baseUrl}/`);
    await shot('join', phone ? ['button[type=submit]'] : []);
    if (student.keyboard) {
      await tabTo(page, '#code');
      await page.keyboard.type(code);
      await page.keyboard.press('Tab');
      await page.keyboard.type(student.name);
      await Promise.all([page.waitForURL(/\/class$/), page.keyboard.press('Enter')]);
    } else {
      await page.getByLabel('Class code').fill(code.toLowerCase());
      await page.getByLabel(/Your name/).fill(student.name);
      await Promise.all([
        page.waitForURL(/\/class$/),
        page.getByRole('button', { name: 'Join' }).click(),
      ]);
    }
    await shot('class');
    await follow(page, student, '.lesson-card a');
    await shot('lesson');
    await follow(page, student, '.panel a.button--primary');

    const answers: Given = new Map();
    // Every kind of question page (and of feedback, per verdict) is checked once per student, not every copy.
    const seen = new Set<string>();
    let n = 0;
    while (/\/q\/\d+$/.test(page.url())) {
      n++;
      const id = (await page.locator('input[name=questionId]').getAttribute('value'))!;
      const open = (await page.locator('textarea[name=answer]').count()) > 0;
      const kind = (await page.locator('.quiz__heading').first().textContent())!.trim();
      const fresh = !seen.has(kind);
      seen.add(kind);
      if (fresh)
        await shot(`q${n}`, phone ? [open ? 'textarea' : '.choice', 'button[type=submit]'] : []);
      if (open) {
        const text = `${student.name} writes it plainly.`;
        if (student.keyboard) {
          await tabTo(page, 'textarea');
          await page.keyboard.type(text);
        } else await page.locator('textarea').fill(text);
        answers.set(id, [text]);
      } else {
        const choices = page.locator('.choice');
        const k = student.pick === 'first' ? 0 : (await choices.count()) - 1;
        const choice = choices.nth(k);
        answers.set(id, [((await choice.textContent()) ?? '').trim()]);
        if (student.keyboard) {
          await tabTo(page, 'input[name=answer]');
          await page.keyboard.press('Space');
        } else await choice.locator('input').check();
      }
      if (student.reloadAt === n) {
        // A reload before sending stores nothing; the student answers again.
        const stored = (await app.store.listAnswers({ lessonId })).length;
        await page.reload();
        assert.equal((await app.store.listAnswers({ lessonId })).length, stored);
        if (open) await page.locator('textarea').fill(answers.get(id)![0]!);
        else await page.locator('.choice input').first().check();
      }
      await follow(page, student, 'button[type=submit]', /\/feedback$/);
      const verdict = (await page.locator('h1').textContent()) ?? '';
      assert.match(verdict, /Right|Not quite|Saved/);
      const verdictKind = `${kind} ${await page.locator('h1.verdict').getAttribute('class')}`;
      if (fresh || !seen.has(verdictKind))
        await shot(`q${n}-feedback`, phone ? ['.action-bar--top a'] : []);
      seen.add(verdictKind);
      if (student.reloadAt === n) {
        await page.reload();
        assert.match(page.url(), /\/feedback$/);
      }
      await follow(page, student, '.action-bar--top a');
    }
    assert.match(page.url(), /\/summary$/);
    assert.equal(n, 10);
    await shot('summary');
    return answers;
  }

  // Moves on by keyboard (Tab to it, Enter) or by a click, and waits for the next page.
  async function follow(
    page: Page,
    student: Student,
    selector: string,
    url?: RegExp,
  ): Promise<void> {
    const before = page.url();
    const moved = page.waitForURL(
      (u) => u.toString() !== before && (!url || url.test(u.toString())),
    );
    if (student.keyboard) {
      await tabTo(page, selector);
      await page.keyboard.press('Enter');
    } else await page.locator(selector).first().click();
    await moved;
  }

  it('shows the teacher exactly these answers, and the CSV matches', async () => {
    const lesson = (await app.store.getLesson(lessonId))!;
    await teacher.goto(`${app.baseUrl}${classPath}/lessons/${lessonId}`);
    await checkTeacherPage('results');
    const rows = await teacher.locator('#answers-by-student tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent!.trim(),
        cells: [...tr.querySelectorAll('td[data-cell]')].map((td) => td.getAttribute('data-cell')),
      })),
    );
    assert.deepEqual(rows.map((r) => r.name).sort(), STUDENTS.map((s) => s.name).sort());
    for (const row of rows) {
      const mine = given.get(row.name)!;
      assert.deepEqual(
        row.cells,
        lesson.questions.map((q) => expectedCell(q, mine.get(q.id))),
        row.name,
      );
    }

    const csv = await teacher.request.get(
      `${app.baseUrl}${classPath}/lessons/${lessonId}/export.csv`,
    );
    assert.equal(csv.status(), 200);
    const [header, ...lines] = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    // Later columns (the teacher's mark and comment) stay empty: nothing was marked.
    assert.deepEqual(header!.slice(0, 8), [
      'class',
      'student',
      'lesson',
      'question',
      'type',
      'answer',
      'correct',
      'time',
    ]);
    assert.equal(lines.length, 30);
    for (const [, student, , question, type, answer, correct] of lines) {
      const q = lesson.questions.find((x) => question === `${x.prompt} — ${x.excerpt}`)!;
      assert.ok(q, `CSV names a question of the lesson: ${question}`);
      assert.equal(type, q.type);
      assert.equal(answer, given.get(student!)!.get(q.id)!.join('; '));
      const cell = expectedCell(q, given.get(student!)!.get(q.id));
      assert.equal(correct, cell === 'correct' ? 'yes' : cell === 'wrong' ? 'no' : '');
    }
  });
});

function expectedCell(q: Question, texts: string[] | undefined): string {
  if (!texts) return 'none';
  if (q.type === 'rewrite') return 'open';
  const ids = texts.map((t) => q.choices.find((c) => c.text === t)!.id).sort();
  return JSON.stringify(ids) === JSON.stringify([...q.correct].sort()) ? 'correct' : 'wrong';
}
