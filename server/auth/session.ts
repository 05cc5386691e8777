import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a teacher stays signed in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

/** A fresh random session id: a new one at every sign-in, so a cookie seen before sign-in is worthless. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a session id: its SHA-256, so the data file alone signs no one in. */
export function sessionIdHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** A cookie value "teacher.<id>.<issuedMs>.<expiresMs>.<hmacHex>" signed with the session key. */
export function signSession(secret: string, id: string, now: number = Date.now()): string {
  const payload = `teacher.${id}.${now}.${now + SESSION_TTL_MS}`;
  return `${payload}.${sign(secret, payload)}`;
}

/**
 * The session id of a value signed with this secret, issued in the past and not expired; otherwise null.
 * Whether the session was ended since is the store's to say (see cookie.ts).
 */
export function verifySession(
  secret: string,
  value: unknown,
  now: number = Date.now(),
): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  const match = /^(teacher\.([A-Za-z0-9_-]{43})\.(\d{1,15})\.(\d{1,15}))\.([0-9a-f]{64})$/.exec(
    value,
  );
  if (!match) return null;
  const [, payload = '', id = '', issued = '', expires = '', mac = ''] = match;
  const expected = Buffer.from(sign(secret, payload), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac, 'hex'))) return null;
  // A small allowance for clock skew between signing and checking.
  return Number(issued) <= now + 60_000 && now < Number(expires) ? id : null;
}
