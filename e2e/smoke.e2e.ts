import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import {
  checkPage,
  DESKTOP,
  launchBrowser,
  newContext,
  PHONE,
  printRecords,
  signInTeacher,
  startApp,
  type RunningApp,
} from './harness/index.ts';

describe('the harness', () => {
  let app: RunningApp;
  let browser: Browser;
  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    printRecords();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows the join form and the teacher home at ${viewport.width}×${viewport.height}`, async () => {
      const page = await (await newContext(browser, viewport)).newPage();
      await page.goto(`${app.baseUrl}/`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Join your class');
      await checkPage(page, 'join', {
        firstScreen: viewport === PHONE ? ['button[type=submit]'] : [],
      });
      await signInTeacher(page, app);
      await checkPage(page, 'teacher-home');
      await page.context().close();
    });
  }
});
