import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../server/auth/password.ts';
import {
  newSessionId,
  SESSION_TTL_MS,
  signSession,
  verifySession,
} from '../server/auth/session.ts';

describe('hashPassword', () => {
  it('produces a salted scrypt hash that verifies only the same password', async () => {
    const hash = await hashPassword('correct horse');
    assert.match(hash, /^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    assert.equal(await verifyPassword('correct horse', hash), true);
    assert.equal(await verifyPassword('correct horsE', hash), false);
  });

  it('salts each hash differently', async () => {
    assert.notEqual(await hashPassword('same'), await hashPassword('same'));
  });
});

describe('verifyPassword(malformed hash)', () => {
  it('rejects rather than throws', async () => {
    for (const bad of ['', 'scrypt$zz$zz', 'bcrypt$00$00', 'scrypt$00$0011']) {
      assert.equal(await verifyPassword('x', bad), false);
    }
  });
});

describe('signSession', () => {
  const now = 1_800_000_000_000;

  const id = newSessionId();

  it('gives back the session id with the same secret until it expires', () => {
    const value = signSession('s3cret', id, now);
    assert.equal(verifySession('s3cret', value, now + 1000), id);
    assert.equal(verifySession('s3cret', value, now + SESSION_TTL_MS), null);
  });

  it('makes a new random id for every session', () => {
    assert.notEqual(newSessionId(), newSessionId());
    assert.match(newSessionId(), /^[A-Za-z0-9_-]{43}$/);
  });

  it('rejects another secret, a tampered expiry, a swapped id and junk', () => {
    const value = signSession('s3cret', id, now);
    assert.equal(verifySession('other', value, now), null);
    const forged = value.replace(
      /^(teacher\.[^.]+)\.(\d+)\.(\d+)/,
      (_m, head, i) => `${head}.${i}.${now * 2}`,
    );
    assert.notEqual(forged, value);
    assert.equal(verifySession('s3cret', forged, now), null);
    const swapped = value.replace(id, newSessionId());
    assert.equal(verifySession('s3cret', swapped, now), null);
    for (const junk of [undefined, '', 'teacher', 42, 'x'.repeat(500)]) {
      assert.equal(verifySession('s3cret', junk, now), null);
    }
  });
});
