import type { StoreFs } from './fs-layer.ts';
import type { StoreFiles } from './files.ts';
import type { Database } from './types.ts';

const CHUNK_BYTES = 1 << 20;

function list(name: string, records: readonly unknown[], last: boolean): string {
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `  ${JSON.stringify(name)}: [${records.length ? `\n${body}\n  ` : ''}]${last ? '' : ','}\n`;
}

/**
 * Writes `db` to the snapshot's temp file and fsyncs it; the caller renames it into place. The layout is
 * plain JSON with one record per line, so the file stays readable and greppable at 500,000 answers.
 * Answers are written in 1 MB chunks, each write yielding to the event loop, so pages keep being served.
 */
export async function writeSnapshotTemp(
  fs: StoreFs,
  files: StoreFiles,
  db: Database & { journalSeq: number },
): Promise<number> {
  const head =
    '{\n' +
    `  "schemaVersion": ${JSON.stringify(db.schemaVersion)},\n` +
    `  "secret": ${JSON.stringify(db.secret)},\n` +
    `  "journalSeq": ${JSON.stringify(db.journalSeq)},\n` +
    `  "teacher": ${JSON.stringify(db.teacher)},\n` +
    list('lessons', db.lessons, false) +
    list('classes', db.classes, false) +
    list('students', db.students, false) +
    `  "answers": [`;
  const file = await fs.openWrite(files.temp);
  let bytes = 0;
  const write = async (text: string) => {
    const data = Buffer.from(text, 'utf8');
    bytes += data.length;
    await file.write(data);
  };
  try {
    let chunk = head;
    const { answers } = db;
    for (let i = 0; i < answers.length; i++) {
      chunk += `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(answers[i])}`;
      if (chunk.length >= CHUNK_BYTES) {
        await write(chunk);
        chunk = '';
      }
    }
    chunk += `${answers.length ? '\n  ' : ''}]\n}\n`;
    await write(chunk);
    await file.sync();
  } finally {
    await file.close();
  }
  return bytes;
}

/** Renames the fsynced temp file over the snapshot, then fsyncs the folder so the new name survives. */
export async function installSnapshot(fs: StoreFs, files: StoreFiles): Promise<void> {
  await fs.rename(files.temp, files.data);
  await fs.syncDir(files.dir);
}

/** Writes and installs `db` as the snapshot (first start, migration, close). */
export async function saveSnapshot(
  fs: StoreFs,
  files: StoreFiles,
  db: Database & { journalSeq: number },
): Promise<void> {
  await writeSnapshotTemp(fs, files, db);
  await installSnapshot(fs, files);
}
