import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** An open file as the store uses it: whole writes, fsync, truncation. */
export interface StoreFile {
  /** Writes all of `data` at the file's end (append mode) or current position. */
  write(data: Buffer): Promise<void>;
  /** fdatasync: the data and the size are on disk when it resolves. */
  datasync(): Promise<void>;
  /** fsync: data and every metadata field. */
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file-system call the store makes, so a test can inject failures or record the order of
 * calls (an answer acknowledged only after its journal fsync; a snapshot renamed only after its fsync).
 */
export interface StoreFs {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Buffer | undefined>;
  /** Opens for appending, creating the file when missing. */
  openAppend(path: string): Promise<StoreFile>;
  /** Creates or empties a file for writing from the start. */
  openWrite(path: string): Promise<StoreFile>;
  rename(from: string, to: string): Promise<void>;
  /** Hard link; used to keep the replaced snapshot as a backup without copying it. */
  link(existing: string, alias: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Names in the folder. */
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  /** fsync of a folder, so a created, renamed or removed name survives a power cut. */
  syncDir(dir: string): Promise<void>;
}

async function wrap(path: string, flags: string): Promise<StoreFile> {
  const handle = await fsp.open(path, flags, 0o600);
  return {
    async write(data) {
      let offset = 0;
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
      }
    },
    datasync: () => handle.datasync(),
    sync: () => handle.sync(),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  };
}

/** The real file system (node:fs/promises). */
export const nodeFs: StoreFs = {
  async readFile(path) {
    try {
      return await fsp.readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  },
  openAppend: (path) => wrap(path, 'a'),
  openWrite: (path) => wrap(path, 'w'),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, alias) => fsp.link(existing, alias),
  copyFile: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  unlink: (path) => fsp.unlink(path),
  readdir: (dir) => fsp.readdir(dir),
  mkdir: async (dir) => void (await fsp.mkdir(dir, { recursive: true })),
  async syncDir(dir) {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
