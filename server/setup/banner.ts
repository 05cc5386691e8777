import type { Store } from '../store/types.ts';
import { DEMO_CLASS_NAME } from './first-start.ts';
import { lanAddresses } from './lan-addresses.ts';

/** The lines printed on start: where students go, where the teacher goes, and the demo code. */
export async function startupBanner(store: Store, port: number): Promise<string> {
  const hosts = ['localhost', ...lanAddresses()];
  const demo = (await store.listClasses()).find((c) => c.name === DEMO_CLASS_NAME && !c.closed);
  const { passwordHash } = await store.teacher();
  const lines = [
    'Byline is running.',
    ...hosts.map((h) => `  Students open:  http://${h}:${port}/`),
    `  Teacher page:   http://localhost:${port}/teacher`,
  ];
  if (demo) lines.push(`  Demo join code: ${demo.code}`);
  lines.push(
    passwordHash === null
      ? '  No teacher password yet: the first visit to /teacher asks for one (or set BYLINE_TEACHER_PASSWORD).'
      : '  Teacher password is set.',
  );
  return lines.join('\n');
}
