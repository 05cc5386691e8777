import { basename, join } from 'node:path';
import type { StoreFs } from './fs-layer.ts';
import type { StoreFiles } from './files.ts';

/** How many backups are kept beside the data file. */
export const BACKUPS_KEPT = 10;

/** This store's backups, oldest first (their names sort by time). */
export async function listBackups(fs: StoreFs, files: StoreFiles): Promise<string[]> {
  return (await fs.readdir(files.dir))
    .filter((name) => files.isBackup(name))
    .sort()
    .map((name) => join(files.dir, name));
}

/**
 * Keeps the snapshot now in place as a backup named by `at`: a hard link, so it costs no copying (the
 * new snapshot is renamed over the name, the old bytes stay under the backup's name). Where links are
 * not supported, a copy. Then deletes all but the newest BACKUPS_KEPT.
 */
export async function keepBackup(fs: StoreFs, files: StoreFiles, at: Date): Promise<string> {
  const target = files.backup(at);
  try {
    await fs.link(files.data, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return target;
    await fs.copyFile(files.data, target);
  }
  await fs.syncDir(files.dir);
  const all = await listBackups(fs, files);
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) {
    await fs.unlink(old).catch(() => undefined);
  }
  return basename(target);
}
