import type { StoreFs } from './fs-layer.ts';
import type { StoreFiles } from './files.ts';
import { SCHEMA_VERSION, type Database } from './types.ts';
import { emptyDatabase, migrate, migrateEntry } from './migrations.ts';
import { checkDatabase, firstIssue } from './schema.ts';
import { entrySchema, UNMARKED_LINE_SCHEMA, type Entry } from './entries.ts';
import { parseSnapshotLayout } from './snapshot-read.ts';

/** What start-up found on disk. */
export interface Loaded {
  db: Database;
  /** The first segment not folded into the snapshot. */
  journalSeq: number;
  /** Segments to replay, oldest first, with their entries. */
  segments: { seq: number; entries: Entry[] }[];
  /** Segments already folded into the snapshot (left over from a crash): safe to delete. */
  folded: number[];
  /** The snapshot must be written before anything else: a new file, or one migrated from an older schema. */
  needsWrite: boolean;
  /** The data file was there (false on a first start). */
  existed: boolean;
}

/** Reads and checks a snapshot; every problem is one line naming the file (which is never changed). */
export async function readSnapshot(
  fs: StoreFs,
  file: string,
): Promise<{ db: Database; needsWrite: boolean } | undefined> {
  let bytes: Buffer | undefined;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new Error(`store: cannot read "${file}": ${(err as Error).message}`);
  }
  if (bytes === undefined) return undefined;
  // Byline's own layout is read a megabyte of answers at a time; anything else is parsed whole.
  let parsed: unknown = parseSnapshotLayout(bytes);
  if (parsed === undefined) {
    const text = bytes.toString('utf8');
    // The bytes are not needed once decoded: at 500,000 answers that is 100 MB less at the peak of start-up.
    bytes = undefined;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new Error(
        `store: "${file}" is not valid JSON (${(err as Error).message}); fix it or restore a backup — Byline will not overwrite it`,
      );
    }
  }
  bytes = undefined;
  const { db, changed } = migrate(parsed, file);
  const problem = checkDatabase(db);
  if (problem !== undefined) {
    throw new Error(
      `store: "${file}" has a bad field at ${problem}; fix it or restore a backup — Byline will not overwrite it`,
    );
  }
  return { db, needsWrite: changed };
}

/**
 * The entries of one segment, each migrated from the schema it was written in (its `v`). Only the last
 * line may be incomplete (a write cut off by a crash, never acknowledged): it is ignored. A complete line
 * is never dropped: one that cannot be read or migrated stops start-up with the file and line number.
 */
export function parseSegment(text: string, file: string): Entry[] {
  const lines = text.split('\n');
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      // Cut anywhere, a line of one JSON object is no longer JSON: only a torn tail fails to parse.
      if (i === lines.length - 1) break;
      throw new Error(
        `store: journal "${file}" line ${i + 1} is not valid JSON; the journal is damaged`,
      );
    }
    const where = `journal "${file}" line ${i + 1}`;
    const entry = upToDate(parsed, where);
    const checked = entrySchema.safeParse(entry);
    if (!checked.success) {
      throw new Error(
        `store: ${where} has a bad field at ${firstIssue(checked.error)}; fix it or restore a backup — Byline will not change it`,
      );
    }
    entries.push(entry as Entry);
  }
  return entries;
}

/** A parsed journal line brought to this Byline's schema; throws for a line from a newer Byline. */
function upToDate(parsed: unknown, where: string): unknown {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
  const { v = UNMARKED_LINE_SCHEMA, ...line } = parsed as Record<string, unknown>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new Error(`store: ${where} has an invalid schema version v=${JSON.stringify(v)}`);
  }
  if (v > SCHEMA_VERSION) {
    throw new Error(
      `store: ${where} was written by a newer Byline (schema ${v}, this one knows ${SCHEMA_VERSION}); upgrade Byline`,
    );
  }
  return migrateEntry(line, v);
}

/** The snapshot and the journal segments after it, checked; a fresh database when neither exists. */
export async function loadFiles(fs: StoreFs, files: StoreFiles): Promise<Loaded> {
  await fs.mkdir(files.dir);
  const snapshot = await readSnapshot(fs, files.data);
  const seqs = (await fs.readdir(files.dir))
    .map((name) => files.segmentSeq(name))
    .filter((seq): seq is number => seq !== undefined)
    .sort((a, b) => a - b);
  if (!snapshot) {
    if (seqs.length > 0) {
      throw new Error(
        `store: found journal "${files.segment(seqs[0]!)}" but no data file "${files.data}"; put the data file back or restore a backup (npm run restore -- <backup>)`,
      );
    }
    return {
      db: emptyDatabase(),
      journalSeq: 1,
      segments: [],
      folded: [],
      needsWrite: true,
      existed: false,
    };
  }
  const journalSeq = snapshot.db.journalSeq ?? 1;
  const segments: Loaded['segments'] = [];
  for (const seq of seqs.filter((s) => s >= journalSeq)) {
    const file = files.segment(seq);
    const bytes = await fs.readFile(file);
    segments.push({ seq, entries: parseSegment(bytes?.toString('utf8') ?? '', file) });
  }
  return {
    db: snapshot.db,
    journalSeq,
    segments,
    folded: seqs.filter((s) => s < journalSeq),
    needsWrite: snapshot.needsWrite,
    existed: true,
  };
}
