import pg from 'pg';

/**
 * The PostgreSQL database tests may use, from BYLINE_TEST_DATABASE_URL (.ci/run always sets it).
 * Without it, PostgreSQL test files register no tests at all.
 */
export const TEST_DATABASE_URL = process.env.BYLINE_TEST_DATABASE_URL || undefined;

const made: string[] = [];

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

async function run(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A URL whose connections use a new, empty schema of the test database: a fresh "database" per test. */
export async function freshDatabaseUrl(): Promise<string> {
  if (!TEST_DATABASE_URL) throw new Error('test: BYLINE_TEST_DATABASE_URL is not set');
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await run(`CREATE SCHEMA ${schema}`);
  made.push(schema);
  return withSearchPath(TEST_DATABASE_URL, schema);
}

/** Drops every schema freshDatabaseUrl made; call it once the stores using them are closed. */
export async function dropTestSchemas(): Promise<void> {
  const list = made.splice(0);
  if (list.length) await run(`DROP SCHEMA ${list.join(', ')} CASCADE`);
}
