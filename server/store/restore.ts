import { basename, join } from 'node:path';
import { nodeFs, type StoreFs } from './fs-layer.ts';
import { fileStamp, storeFiles, type StoreFiles } from './files.ts';
import { lockDataFile } from './lock.ts';
import { readSnapshot } from './load.ts';

/** What a restore did, for the one line the command prints. */
export interface Restored {
  answers: number;
  /** Names the replaced data file and journal were kept under. */
  keptAside: string[];
}

/**
 * Puts `backup` in place of the data file `data` (Byline must be stopped). The backup is checked first;
 * the replaced file and its journal segments are renamed aside, never deleted; the copy is written to a
 * temp file, fsynced and renamed in, and the folder fsynced.
 */
export async function restoreBackup(
  backup: string,
  data: string,
  fs: StoreFs = nodeFs,
  at: Date = new Date(),
): Promise<Restored> {
  const checked = await readSnapshot(fs, backup);
  if (!checked) throw new Error(`restore: no backup file "${backup}"`);
  const files = storeFiles(data);
  // Refuses while Byline runs on the file, and keeps it from starting until the copy is in place.
  const unlock = lockDataFile(data, files.dir);
  try {
    return await putInPlace(fs, backup, files, at, checked.db.answers.length);
  } finally {
    unlock();
  }
}

async function putInPlace(
  fs: StoreFs,
  backup: string,
  files: StoreFiles,
  at: Date,
  answers: number,
): Promise<Restored> {
  const data = files.data;
  const stamp = fileStamp(at);
  const keptAside: string[] = [];
  const aside = async (from: string, name: string) => {
    const to = join(files.dir, name);
    await fs.rename(from, to);
    keptAside.push(name);
  };
  const bytes = (await fs.readFile(backup))!;
  const name = basename(data);
  if ((await fs.readFile(data)) !== undefined) await aside(data, `${name}.replaced-${stamp}`);
  for (const entry of await fs.readdir(files.dir)) {
    const seq = files.segmentSeq(entry);
    if (seq !== undefined)
      await aside(join(files.dir, entry), `${name}.replaced-${stamp}.journal-${seq}`);
  }
  const temp = await fs.openWrite(files.temp);
  try {
    await temp.write(bytes);
    await temp.sync();
  } finally {
    await temp.close();
  }
  await fs.rename(files.temp, data);
  await fs.syncDir(files.dir);
  return { answers, keptAside };
}
