import { resolve } from 'node:path';

export interface Config {
  port: number;
  /** The lowdb JSON file. */
  dataFile: string;
  /** When set, becomes the teacher password on start. */
  teacherPassword: string | undefined;
  /** Folder of bundled lessons loaded on first start. */
  contentDir: string;
  /** Set in tests to keep the console quiet. */
  quiet: boolean;
}

/** Reads the configuration from the environment; every value has a working default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`config: PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    dataFile: resolve(env.BYLINE_DATA || 'data/byline.json'),
    teacherPassword: env.BYLINE_TEACHER_PASSWORD || undefined,
    contentDir: resolve(import.meta.dirname, '..', 'content'),
    quiet: false,
  };
}
