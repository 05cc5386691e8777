import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Classroom, Lesson, Student } from '../server/store/types.ts';
import { answerAll } from '../test/helpers/answer-all.ts';
import {
  checkPage,
  DESKTOP,
  launchBrowser,
  newContext,
  OUTPUT_DIR,
  printRecords,
  signInTeacher,
  startApp,
  type RunningApp,
} from './harness/index.ts';

const PDF_DIR = join(OUTPUT_DIR, 'pdf');
const SIZES = ['A4', 'Letter'] as const;

/** Pages in a PDF made by chromium (its page objects are never compressed into object streams). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Prints the page to a PDF of that paper size, saves it under test-output/pdf/ and returns its page count. */
async function printPdf(page: Page, name: string, format: (typeof SIZES)[number]): Promise<number> {
  const pdf = await page.pdf({ format, printBackground: true });
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(join(PDF_DIR, `${name}-${format}.pdf`), pdf);
  return pageCount(pdf);
}

const PRINT_FORBIDDEN = [
  'nav',
  'form',
  'button',
  'input',
  '.button',
  'a[href="/class"]',
  '.site-header',
  '.skip-link',
];

/** What prints that should not: navigation, forms, buttons and links back into the app, by selector. */
async function printedControls(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  // A string, so the bundler's helpers never end up inside code run in the page.
  const visible = await page.evaluate<string[]>(`(() => {
    const selectors = ${JSON.stringify(PRINT_FORBIDDEN)};
    return selectors.flatMap((s) => [...document.querySelectorAll(s)]
      .filter((el) => { const r = el.getBoundingClientRect(); return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0; })
      .map(() => s));
  })()`);
  await page.emulateMedia({ media: null });
  return visible;
}

/** Joins the demo class through the form as `name`, in a fresh context. */
async function joinAs(
  browser: Browser,
  app: RunningApp,
  classroom: Classroom,
  name: string,
): Promise<Page> {
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`${app.baseUrl}/`);
  await page.getByLabel('Class code').fill(classroom.code);
  await page.getByLabel(/Your name/).fill(name);
  await Promise.all([
    page.waitForURL(/\/class$/),
    page.locator('form button[type=submit]').first().click(),
  ]);
  return page;
}

describe('teacher tools in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let classroom: Classroom;
  let lesson: Lesson;
  let teacher: Page;
  const figures: string[] = [];

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const [c] = await app.store.listClasses();
    assert.ok(c, 'first start made a demo class');
    classroom = c;
    const l = await app.store.getLesson(classroom.lessonIds[0] ?? '');
    assert.ok(l, 'the demo class has a lesson');
    lesson = l;
    teacher = await (await newContext(browser, DESKTOP)).newPage();
    await signInTeacher(teacher, app);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    printRecords();
    for (const f of figures) console.log(`  ${f}`);
  });

  async function student(name: string): Promise<{ page: Page; record: Student }> {
    const page = await joinAs(browser, app, classroom, name);
    const record = (await app.store.listStudents(classroom.id)).find((s) => s.name === name);
    assert.ok(record);
    return { page, record };
  }

  it('updates the live view by itself when a student answers', async () => {
    const { page } = await student('Lin Live');
    await teacher.goto(`${app.baseUrl}/teacher/classes/${classroom.id}/lessons/${lesson.id}/live`);
    await checkPage(teacher, 'live-view');
    const row = teacher.locator('tr', {
      has: teacher.getByRole('rowheader', { name: 'Lin Live' }),
    });
    assert.match((await row.textContent()) ?? '', /0 of \d+/);
    // The student answers question 1 in their own browser; the teacher's page is not reloaded.
    await page.goto(`${app.baseUrl}/play/${lesson.id}/q/1`);
    const q = lesson.questions[0];
    assert.ok(q);
    if (q.type === 'rewrite')
      await page.locator('textarea[name=answer]').fill('A neutral sentence.');
    else await page.locator('input[name=answer]').first().check();
    await Promise.all([
      page.waitForURL(/feedback/),
      page.locator('form button[type=submit]').first().click(),
    ]);
    await teacher.getByText('Lin Live answered question 1').waitFor({ timeout: 20_000 });
    assert.match((await row.textContent()) ?? '', /1 of \d+/);
    await page.context().close();
  });

  it('marks a rewrite answer, and the student sees the mark and comment on their summary', async () => {
    const rewrite = lesson.questions.findIndex((q) => q.type === 'rewrite');
    assert.ok(rewrite >= 0, 'the bundled lesson has a rewrite question');
    const { page, record } = await student('Mo Marked');
    await answerAll(
      app.store,
      { classroom, lesson, student: record },
      'Officials discussed sending troops.',
    );
    await teacher.goto(
      `${app.baseUrl}/teacher/classes/${classroom.id}/lessons/${lesson.id}/marking`,
    );
    await checkPage(teacher, 'marking');
    const form = teacher.locator('form.marking-form', { hasText: 'Mo Marked' }).first();
    await form.getByLabel('Good').check();
    await form.getByLabel(/Comment for the student/).fill('Neutral and complete.');
    await Promise.all([
      teacher.waitForURL(/saved=/),
      form.getByRole('button', { name: 'Save mark' }).click(),
    ]);
    assert.match((await teacher.locator('.notice').textContent()) ?? '', /Mark saved/);

    await page.goto(`${app.baseUrl}/play/${lesson.id}/summary`);
    await checkPage(page, 'summary-marked');
    const mark = page.locator('.teacher-mark').first();
    assert.match((await mark.textContent()) ?? '', /your teacher marked it good/);
    assert.equal(
      await page.locator('.teacher-comment').first().textContent(),
      'Neutral and complete.',
    );
    const total = lesson.questions.length;
    const open = lesson.questions.filter((q) => q.type === 'rewrite').length;
    assert.match(
      (await page.locator('.score').textContent()) ?? '',
      new RegExp(`${total - open + 1} of ${total - open + 1} right`),
    );

    // The same summary on paper: name, class, date and score on it, no navigation or buttons.
    assert.deepEqual(await printedControls(page), []);
    for (const size of SIZES) {
      const pages = await printPdf(page, 'student-summary', size);
      figures.push(`student summary (annotated article included): ${pages} ${size} pages`);
      assert.ok(pages >= 1 && pages <= 4, `the summary takes ${pages} ${size} pages`);
    }
    await page.context().close();
  });

  it("prints the annotated article and the teacher's answer key on few pages, without navigation", async () => {
    for (const [name, path, most] of [
      ['annotated-article', 'print', 3],
      ['answer-key', 'key', 4],
    ] as const) {
      await teacher.goto(`${app.baseUrl}/teacher/lessons/${lesson.id}/${path}`);
      await checkPage(teacher, name);
      assert.deepEqual(await printedControls(teacher), [], `${name} prints controls`);
      for (const size of SIZES) {
        const pages = await printPdf(teacher, name, size);
        figures.push(`${name}: ${pages} ${size} pages`);
        assert.ok(
          pages >= 1 && pages <= most,
          `${name} takes ${pages} ${size} pages (at most ${most})`,
        );
      }
    }
  });
});
