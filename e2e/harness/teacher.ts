import type { Page } from 'playwright-core';
import { E2E_PASSWORD, type RunningApp } from './server.ts';

/** Signs the page's context in as the teacher through the real form; ends on /teacher. */
export async function signInTeacher(page: Page, app: RunningApp): Promise<void> {
  await page.goto(`${app.baseUrl}/teacher/login`);
  await page.getByLabel('Teacher password').fill(E2E_PASSWORD);
  await Promise.all([
    page.waitForURL(/\/teacher\/?$/),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}
