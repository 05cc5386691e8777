import type { Store } from '../store/types.ts';
import { DEMO_CLASS_NAME } from './first-start.ts';
import { lanAddresses } from './lan-addresses.ts';
import { setupCode } from './setup-code.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

function hostsFor(host: string | undefined): string[] {
  if (host === undefined || host === '0.0.0.0' || host === '::') {
    return ['localhost', ...lanAddresses()];
  }
  if (LOOPBACK.has(host)) return ['localhost'];
  return [host.includes(':') ? `[${host}]` : host];
}

/**
 * The lines printed on start: where students go, where the teacher goes, the demo code, and — until a
 * teacher password exists — the one-time setup code, which only someone who can read this console sees.
 */
export async function startupBanner(store: Store, port: number, host?: string): Promise<string> {
  const hosts = hostsFor(host);
  const demo = (await store.listClasses()).find((c) => c.name === DEMO_CLASS_NAME && !c.closed);
  const { passwordHash } = await store.teacher();
  const lines = [
    'Byline is running.',
    ...hosts.map((h) => `  Students open:  http://${h}:${port}/`),
    `  Teacher page:   http://${hosts[0]}:${port}/teacher`,
  ];
  if (demo) lines.push(`  Demo join code: ${demo.code}`);
  if (passwordHash === null) {
    lines.push(
      `  Setup code:     ${setupCode(store.secret())}`,
      '  No teacher password yet: open the teacher page, type this setup code and choose a password',
      '  (or set BYLINE_TEACHER_PASSWORD). Keep the code to yourself; it stops working once used.',
    );
  } else {
    lines.push('  Teacher password is set.');
  }
  return lines.join('\n');
}
