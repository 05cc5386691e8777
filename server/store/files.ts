import { basename, dirname, extname, join } from 'node:path';

/** The names the store keeps beside its data file, all derived from that file's name. */
export interface StoreFiles {
  /** The JSON snapshot: the file of record, a school can copy and read it. */
  data: string;
  dir: string;
  /** Where the next snapshot is written before it is renamed over `data`. */
  temp: string;
  /** Journal segment `seq`: JSON Lines appended after the snapshot was taken. */
  segment(seq: number): string;
  /** The segment number of a name in `dir`, or undefined when it is not one of this file's segments. */
  segmentSeq(name: string): number | undefined;
  /** The backup taken at `at`, named so that names sort by time. */
  backup(at: Date): string;
  /** True for the name of one of this file's backups. */
  isBackup(name: string): boolean;
}

/** Time as 20261201T184500Z: sorts as text, safe in file names on every system. */
export function fileStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The files of the store whose snapshot is `data` (an absolute path). */
export function storeFiles(data: string): StoreFiles {
  const dir = dirname(data);
  const name = basename(data);
  const ext = extname(name);
  const stem = ext === '' ? name : name.slice(0, -ext.length);
  const segmentPrefix = `${name}.journal-`;
  const backupPrefix = `${stem}.backup-`;
  return {
    data,
    dir,
    temp: join(dir, `.${name}.tmp`),
    segment: (seq) => join(dir, `${segmentPrefix}${seq}.jsonl`),
    segmentSeq(entry) {
      if (!entry.startsWith(segmentPrefix) || !entry.endsWith('.jsonl')) return undefined;
      const digits = entry.slice(segmentPrefix.length, -'.jsonl'.length);
      return /^[1-9]\d{0,14}$/.test(digits) ? Number(digits) : undefined;
    },
    backup: (at) => join(dir, `${backupPrefix}${fileStamp(at)}${ext}`),
    isBackup: (entry) => entry.startsWith(backupPrefix) && entry.endsWith(ext),
  };
}

/** The time in a backup's name (see fileStamp), in ms; 0 when the name holds none. */
export function backupTime(path: string): number {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z[^/\\]*$/.exec(path);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 0;
}
