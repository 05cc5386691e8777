import { basename } from 'node:path';
import { nodeFs, type StoreFile, type StoreFs } from '../../server/store/fs-layer.ts';

/**
 * The real file system, logging each call as "call name" (file names only), so a test can check the
 * order in which the store writes, syncs and renames. Tests push their own marks into `log` too.
 */
export function recordingFs(): { fs: StoreFs; log: string[] } {
  const log: string[] = [];
  const note = (call: string, path: string) => log.push(`${call} ${basename(path)}`);
  const after =
    <A extends unknown[]>(call: string, path: string, run: (...args: A) => Promise<unknown>) =>
    async (...args: A): Promise<void> => {
      await run(...args);
      note(call, path);
    };
  const wrap = (path: string, file: StoreFile): StoreFile => ({
    write: after('write', path, (data: Buffer) => file.write(data)),
    datasync: after('datasync', path, () => file.datasync()),
    sync: after('sync', path, () => file.sync()),
    truncate: after('truncate', path, (length: number) => file.truncate(length)),
    close: after('close', path, () => file.close()),
  });
  const fs: StoreFs = {
    ...nodeFs,
    openAppend: async (path) => wrap(path, await nodeFs.openAppend(path)),
    openWrite: async (path) => wrap(path, await nodeFs.openWrite(path)),
    async rename(from, to) {
      await nodeFs.rename(from, to);
      log.push(`rename ${basename(from)} ${basename(to)}`);
    },
    async link(existing, alias) {
      await nodeFs.link(existing, alias);
      note('link', alias);
    },
    async unlink(path) {
      await nodeFs.unlink(path);
      note('unlink', path);
    },
    async syncDir(dir) {
      await nodeFs.syncDir(dir);
      log.push('syncDir');
    },
  };
  return { fs, log };
}
