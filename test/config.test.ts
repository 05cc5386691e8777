import assert from 'node:assert/strict';
import { loadConfig, parseTrustProxy } from '../server/config.ts';

describe('loadConfig(deployment settings)', () => {
  it('listens on every interface and trusts no proxy by default', () => {
    const config = loadConfig({});
    assert.equal(config.host, undefined);
    assert.equal(config.trustProxy, false);
  });

  it('reads BYLINE_HOST as a bind address', () => {
    assert.equal(loadConfig({ BYLINE_HOST: '127.0.0.1' }).host, '127.0.0.1');
    assert.equal(loadConfig({ BYLINE_HOST: '::1' }).host, '::1');
  });

  it('rejects a BYLINE_HOST that is no address, naming the value', () => {
    assert.throws(() => loadConfig({ BYLINE_HOST: 'http://x' }), /BYLINE_HOST .*"http:\/\/x"/);
  });

  it('reads BYLINE_TRUST_PROXY as off, one proxy, a hop count or proxy addresses', () => {
    assert.equal(parseTrustProxy('false'), false);
    assert.equal(parseTrustProxy('true'), 1);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy('loopback, 10.0.0.0/8'), ['loopback', '10.0.0.0/8']);
  });

  it('rejects a BYLINE_TRUST_PROXY it cannot read, naming the bad part', () => {
    assert.throws(
      () => parseTrustProxy('10.0.0.1, proxy.local'),
      /BYLINE_TRUST_PROXY.*"proxy\.local"/,
    );
  });
});

describe('loadConfig(time zone)', () => {
  it('shows times in the system’s zone by default, or in BYLINE_TIME_ZONE', () => {
    assert.equal(loadConfig({}).timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(loadConfig({ BYLINE_TIME_ZONE: ' ' }).timeZone, loadConfig({}).timeZone);
    assert.equal(loadConfig({ BYLINE_TIME_ZONE: 'America/New_York' }).timeZone, 'America/New_York');
    assert.equal(loadConfig({ BYLINE_TIME_ZONE: 'UTC' }).timeZone, 'UTC');
  });

  it('rejects a BYLINE_TIME_ZONE that is no time zone, naming the value', () => {
    assert.throws(
      () => loadConfig({ BYLINE_TIME_ZONE: 'Mars/Olympus' }),
      /BYLINE_TIME_ZONE must be a time zone name .*"Mars\/Olympus"/,
    );
  });
});

describe('loadConfig(database)', () => {
  it('uses the JSON file when BYLINE_DATABASE_URL is not set or empty', () => {
    assert.equal(loadConfig({}).databaseUrl, undefined);
    assert.equal(loadConfig({ BYLINE_DATABASE_URL: '' }).databaseUrl, undefined);
  });

  it('selects PostgreSQL with a postgres:// or postgresql:// URL', () => {
    const url = 'postgres://byline@db.example/byline';
    assert.equal(loadConfig({ BYLINE_DATABASE_URL: url }).databaseUrl, url);
    assert.equal(
      loadConfig({ BYLINE_DATABASE_URL: 'postgresql://db/byline' }).databaseUrl,
      'postgresql://db/byline',
    );
  });

  it('rejects a BYLINE_DATABASE_URL of another kind, naming it', () => {
    assert.throws(
      () => loadConfig({ BYLINE_DATABASE_URL: 'mysql://db/byline' }),
      /^Error: config: BYLINE_DATABASE_URL must start with postgres:\/\/, got "mysql:\/\/db\/byline"$/,
    );
  });
});
