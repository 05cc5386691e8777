import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../server/store/index.ts';
import type { Store } from '../server/store/types.ts';
import { createPool, redactUrl } from '../server/store/postgres/pool.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import {
  importSnapshot,
  type ImportCounts,
  type Snapshot,
} from '../server/store/postgres/import.ts';

const USAGE = `Usage: BYLINE_DATABASE_URL=postgres://… npm run migrate:json-to-postgres -- <data file> [--force]

Copies a school's Byline data file (and its journal) into the PostgreSQL database named by
BYLINE_DATABASE_URL, in one transaction. Stop Byline on the file first. Records already in the database
are skipped, so running it again changes nothing. A database that holds records of its own is refused
unless --force, which adds the file's records beside them.`;

async function readAll(store: Store): Promise<Snapshot> {
  const classes = await store.listClasses();
  const students = (await Promise.all(classes.map((c) => store.listStudents(c.id)))).flat();
  return {
    secret: store.secret(),
    teacher: await store.teacher(),
    lessons: await store.listLessons(),
    classes,
    students,
    answers: await store.listAnswers({}),
  };
}

const describe = (c: ImportCounts) =>
  `${c.lessons} lessons, ${c.classes} classes, ${c.students} students, ${c.answers} answers`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return void console.log(USAGE);
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  const bad = files.find((a) => a.startsWith('-'));
  if (bad !== undefined || files.length !== 1) {
    console.error(
      bad !== undefined
        ? `json-to-postgres: unknown option "${bad}" (see --help)`
        : `json-to-postgres: give exactly one data file, got ${files.length} (see --help)`,
    );
    process.exitCode = 2;
    return;
  }
  const url = process.env.BYLINE_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('json-to-postgres: set BYLINE_DATABASE_URL to postgres://user:password@host/db');
    process.exitCode = 2;
    return;
  }
  const file = resolve(files[0]!);
  // openStore would create a missing file: a typo must not import an empty school.
  if (!existsSync(file)) throw new Error(`json-to-postgres: no data file "${file}"`);
  const source = await openStore(file);
  const snapshot = await readAll(source).finally(() => source.close());

  await (await openPostgresStore(url)).close(); // creates or upgrades the schema
  const pool = createPool(url, 2);
  try {
    const result = await importSnapshot(pool, snapshot, force);
    if (result.status === 'refused') {
      console.error(
        `json-to-postgres: ${redactUrl(url)} already holds records that are not in ${file} (${describe(result.foreign)}); nothing copied. Use --force to add the file's records beside them.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`json-to-postgres: copied ${describe(result.added)} from ${file}`);
    console.log(`json-to-postgres: already there, skipped: ${describe(result.already)}`);
  } finally {
    await pool.end();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message.split('\n')[0] : String(err));
  process.exitCode = 1;
});
