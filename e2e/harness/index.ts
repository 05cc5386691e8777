/*
 * The browser test harness (npm run test:e2e). A scenario is a mocha file e2e/<name>.e2e.ts:
 *
 *   const app = await startApp();                 // real server, loopback, port 0, temp data file,
 *                                                 // teacher password E2E_PASSWORD
 *   const browser = await launchBrowser();        // Debian's chromium, fresh profile, offline flags
 *   const page = await (await newContext(browser, PHONE)).newPage();
 *   await page.goto(app.baseUrl + '/');
 *   await checkPage(page, 'join');                // axe 0 serious/critical, no sideways scroll, screenshot
 *   await checkPage(page, 'q1', { firstScreen: ['.choice', 'button[type=submit]'] });
 *   ...  await browser.close(); await app.stop();
 *
 * signInTeacher(page, app) signs in through the form; tabTo(page, selector) moves focus by keyboard only;
 * parseCsv reads an export. Screenshots go to test-output/<WxH>/<name>.png
 * (git-ignored); printRecords() lists every page checked. Keep each scenario's own pages and names.
 */
export { E2E_PASSWORD, startApp, type RunningApp } from './server.ts';
export { CHROMIUM, DESKTOP, launchBrowser, newContext, PHONE } from './browser.ts';
export {
  axeViolations,
  bottomOf,
  checkPage,
  OUTPUT_DIR,
  pageWidths,
  printRecords,
  records,
  type PageRecord,
} from './check-page.ts';
export { signInTeacher } from './teacher.ts';
export { parseCsv } from './csv.ts';
export { tabTo } from './keyboard.ts';
