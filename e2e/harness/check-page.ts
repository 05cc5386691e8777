import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots land here (git-ignored); look at them after a run. */
export const OUTPUT_DIR = resolve(import.meta.dirname, '..', '..', 'test-output');

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** One row of the per-page record the e2e run prints at the end. */
export interface PageRecord {
  name: string;
  viewport: string;
  url: string;
  serious: number;
  moderate: number;
  /** The ids of the minor and moderate violations, for the record. */
  otherIds: string[];
  scrollWidth: number;
  width: number;
  phoneFirstScreen: string;
  /** How long the checks took, screenshots included. */
  ms: number;
}

const MAX_SHOT_HEIGHT = 8000;

function viewportWidth(page: Page): number {
  return page.viewportSize()?.width ?? 1280;
}

/** Every page checked in this process, in order; `printRecords` lists them. */
export const records: PageRecord[] = [];

/**
 * axe-core's violations on the current page. The script is evaluated through the DevTools protocol,
 * so the app's strict CSP (no inline script) does not need loosening for tests.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<any> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)),
    }));
  });
}

/** How wide the page is against the viewport: scrollWidth > width means sideways scrolling. */
export async function pageWidths(page: Page): Promise<{ scrollWidth: number; width: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
}

/** The bottom edge (CSS px from the top of the page) of the first element matching `selector`, or null. */
export async function bottomOf(page: Page, selector: string): Promise<number | null> {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.y + box.height : null;
}

/**
 * The checks every page gets: axe (0 serious or critical), no sideways scroll, a full-page screenshot
 * saved as test-output/<viewport>/<name>.png (and the first screen as <name>.screen.png). `firstScreen` selectors must end inside the first screen
 * (used on the phone for the first choice and the submit button). Throws with the details on failure.
 */
export async function checkPage(
  page: Page,
  name: string,
  options: { firstScreen?: string[] } = {},
): Promise<PageRecord> {
  const started = Date.now();
  await page.waitForLoadState('load');
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const label = `${viewport.width}x${viewport.height}`;
  const dir = join(OUTPUT_DIR, label);
  mkdirSync(dir, { recursive: true });
  // A very tall page (the review form of a long article) is captured to 8,000 px: the rest costs
  // seconds per page and shows nothing new.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const fullWidth = viewportWidth(page);
  await page.screenshot({
    path: join(dir, `${name}.png`),
    fullPage: true,
    clip:
      height > MAX_SHOT_HEIGHT
        ? { x: 0, y: 0, width: fullWidth, height: MAX_SHOT_HEIGHT }
        : undefined,
    timeout: 60_000,
  });
  // On a phone, the first screen alone: what a student sees before scrolling.
  if (viewport.width < 600)
    await page.screenshot({ path: join(dir, `${name}.screen.png`), timeout: 60_000 });

  const problems: string[] = [];
  const violations = await axeViolations(page);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad)
    problems.push(`axe ${v.impact} ${v.id}: ${v.help} at ${v.targets.join(' | ')}`);
  const { scrollWidth, width } = await pageWidths(page);
  if (scrollWidth > width)
    problems.push(`page scrolls sideways: ${scrollWidth}px wide in ${width}px`);
  const screen: string[] = [];
  for (const selector of options.firstScreen ?? []) {
    const bottom = await bottomOf(page, selector);
    if (bottom === null) problems.push(`no element matches ${selector}`);
    else if (bottom > viewport.height)
      problems.push(
        `${selector} ends at ${Math.round(bottom)}px, below the first screen (${viewport.height}px)`,
      );
    else screen.push(`${selector} ≤${Math.round(bottom)}px`);
  }
  const record: PageRecord = {
    name,
    viewport: label,
    url: new URL(page.url()).pathname,
    serious: bad.length,
    moderate: violations.length - bad.length,
    otherIds: violations.filter((v) => !bad.includes(v)).map((v) => `${v.id} (${v.impact})`),
    scrollWidth,
    width,
    phoneFirstScreen: screen.join(', '),
    ms: Date.now() - started,
  };
  records.push(record);
  if (problems.length > 0)
    throw new Error(`e2e: page "${name}" at ${label} (${page.url()}):\n  ${problems.join('\n  ')}`);
  return record;
}

/** Prints one line per page checked since the last call (each scenario file prints its own pages). */
export function printRecords(): void {
  for (const r of records) {
    console.log(
      `  ${r.viewport.padEnd(8)} ${r.name.padEnd(28)} axe serious/critical ${r.serious}, other ${r.moderate}${r.otherIds.length ? ' [' + r.otherIds.join(', ') + ']' : ''}; width ${r.scrollWidth}/${r.width}${r.phoneFirstScreen ? '; ' + r.phoneFirstScreen : ''} (${r.ms} ms)`,
    );
  }
  records.length = 0;
}
