import type { Page } from 'playwright-core';

/** Presses Tab (at most `limit` times) until the focused element matches `selector`; throws if it never does. */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`e2e: ${limit} presses of Tab never reached ${selector} on ${page.url()}`);
}
