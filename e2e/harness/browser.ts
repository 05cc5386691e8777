import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); BYLINE_CHROMIUM points elsewhere. No browser is downloaded. */
export const CHROMIUM = process.env.BYLINE_CHROMIUM || '/usr/bin/chromium';

// Quiet and offline: no sync, updates or background calls, so a test never waits on the network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches chromium. playwright-core's launch() gives every browser a fresh temporary profile
 * (its own --user-data-dir), deleted on close.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: no chromium at "${CHROMIUM}": install it (apt-get install chromium) or set BYLINE_CHROMIUM`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 740 } as const;

/** A new, cookie-less browser context (one per student or teacher) at a viewport. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  context.setDefaultTimeout(15_000);
  return context;
}
