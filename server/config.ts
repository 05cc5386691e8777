import { resolve } from 'node:path';
import type { JsonStoreOptions } from './store/json-store.ts';
import { isIP } from 'node:net';
import { isTimeZone, systemTimeZone } from './http/clock.ts';

export interface Config {
  port: number;
  /** The address to listen on; undefined listens on every interface so a classroom can reach it. */
  host: string | undefined;
  /**
   * Express's `trust proxy` setting: false when Byline is reached directly; a hop count or a list of
   * proxy addresses when an HTTPS reverse proxy forwards to it (cookies then carry `Secure`).
   */
  trustProxy: false | number | string[];
  /** The JSON data file (its journal and backups sit beside it). */
  dataFile: string;
  /** BYLINE_DATABASE_URL: when set, a PostgreSQL database replaces the JSON file. */
  databaseUrl?: string | undefined;
  /** When set, becomes the teacher password on start. */
  teacherPassword: string | undefined;
  /** Folder of bundled lessons loaded on first start. */
  contentDir: string;
  /** Set in tests to keep the console quiet. */
  quiet: boolean;
  /** BYLINE_ALLOW_PRIVATE_URLS=1: lessons may be imported from this machine and the local network. */
  allowPrivateUrls?: boolean;
  /** BYLINE_TIME_ZONE: the zone teacher pages show times in (an IANA name); the system's when unset. */
  timeZone?: string;
  /** Tests only: the JSON store's file-system layer and fold settings. */
  storeOptions?: JsonStoreOptions;
}

const PROXY_WORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntryOk(entry: string): boolean {
  if (PROXY_WORDS.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  return bits === undefined || /^\d{1,3}$/.test(bits);
}

/** BYLINE_TRUST_PROXY: unset/false, true (one proxy in front), a hop count, or proxy addresses/subnets. */
export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0' || value === 'no') return false;
  if (value === 'true' || value === 'yes') return 1;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !proxyEntryOk(e));
  if (bad !== undefined) {
    throw new Error(
      `config: BYLINE_TRUST_PROXY must be true, a number of proxies, or proxy addresses such as "127.0.0.1" or "10.0.0.0/8"; got "${bad}"`,
    );
  }
  return entries;
}

function parseHost(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  if (value !== 'localhost' && isIP(value) === 0) {
    throw new Error(
      `config: BYLINE_HOST must be an IP address of this machine (or localhost), got "${raw}"`,
    );
  }
  return value;
}

function parseTimeZone(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return systemTimeZone();
  if (!isTimeZone(value)) {
    throw new Error(
      `config: BYLINE_TIME_ZONE must be a time zone name such as "Europe/London" or "UTC", got "${raw}"`,
    );
  }
  return value;
}

/** Reads the configuration from the environment; every value has a working default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`config: PORT must be a port number, got "${env.PORT}"`);
  }
  const databaseUrl = env.BYLINE_DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(
      `config: BYLINE_DATABASE_URL must start with postgres://, got "${databaseUrl.slice(0, 40)}"`,
    );
  }
  return {
    port,
    host: parseHost(env.BYLINE_HOST),
    trustProxy: parseTrustProxy(env.BYLINE_TRUST_PROXY),
    dataFile: resolve(env.BYLINE_DATA || 'data/byline.json'),
    databaseUrl,
    teacherPassword: env.BYLINE_TEACHER_PASSWORD || undefined,
    contentDir: resolve(import.meta.dirname, '..', 'content'),
    quiet: false,
    allowPrivateUrls: env.BYLINE_ALLOW_PRIVATE_URLS === '1',
    timeZone: parseTimeZone(env.BYLINE_TIME_ZONE),
  };
}
