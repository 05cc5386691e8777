import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a teacher stays signed in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/** A cookie value "teacher.<issuedMs>.<expiresMs>.<hmacHex>" signed with the store's secret. */
export function signSession(secret: string, now: number = Date.now()): string {
  const payload = `teacher.${now}.${now + SESSION_TTL_MS}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** True when the value was signed with this secret, was issued in the past and has not expired. */
export function verifySession(secret: string, value: unknown, now: number = Date.now()): boolean {
  if (typeof value !== 'string' || value.length > 200) return false;
  const match = /^(teacher\.(\d{1,15})\.(\d{1,15}))\.([0-9a-f]{64})$/.exec(value);
  if (!match) return false;
  const [, payload = '', issued = '', expires = '', mac = ''] = match;
  const expected = Buffer.from(sign(secret, payload), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac, 'hex'))) return false;
  // A small allowance for clock skew between signing and checking.
  return Number(issued) <= now + 60_000 && now < Number(expires);
}
