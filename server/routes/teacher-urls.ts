import type { Request } from 'express';
import { lanAddresses } from '../setup/lan-addresses.ts';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * The addresses students open to join, with the code filled in: what the teacher writes on the board.
 * A teacher who opened Byline as "localhost" gets the machine's network addresses instead, since
 * "localhost" on a student's device is that device.
 */
export function joinUrls(req: Request, code: string): string[] {
  const host = req.get('host') ?? 'localhost';
  const query = `/?code=${encodeURIComponent(code)}`;
  if (!LOOPBACK.test(host)) return [`${req.protocol}://${host}${query}`];
  const port = /:(\d+)$/.exec(host)?.[1];
  const lan = lanAddresses().map(
    (ip) => `${req.protocol}://${ip}${port ? `:${port}` : ''}${query}`,
  );
  return lan.length > 0 ? lan : [`${req.protocol}://${host}${query}`];
}
