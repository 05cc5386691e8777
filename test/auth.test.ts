import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../server/auth/password.ts';
import { SESSION_TTL_MS, signSession, verifySession } from '../server/auth/session.ts';

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

  it('verifies with the same secret until it expires', () => {
    const value = signSession('s3cret', now);
    assert.equal(verifySession('s3cret', value, now + 1000), true);
    assert.equal(verifySession('s3cret', value, now + SESSION_TTL_MS), false);
  });

  it('rejects another secret, a tampered expiry and junk', () => {
    const value = signSession('s3cret', now);
    assert.equal(verifySession('other', value, now), false);
    const forged = value.replace(/^teacher\.(\d+)\.(\d+)/, (_m, i) => `teacher.${i}.${now * 2}`);
    assert.equal(verifySession('s3cret', forged, now), false);
    for (const junk of [undefined, '', 'teacher', 42, 'x'.repeat(500)]) {
      assert.equal(verifySession('s3cret', junk, now), false);
    }
  });
});
