import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** The lock file beside a data file: it names the process that has the file open. */
export function lockPath(data: string): string {
  return `${data}.lock`;
}

/** True while a process with this id runs (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lock: string): number | undefined {
  try {
    const pid = Number(/^(\d+)/.exec(readFileSync(lock, 'utf8'))?.[1]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims the data file for this process: a second Byline on the same file would overwrite the first one's
 * answers. The lock file holds the process id; a lock left by a process that no longer runs (a crash,
 * a power cut) is taken over. Throws one line naming the file and the process that holds it.
 * Returns the release function, to call when the store is closed.
 */
export function lockDataFile(data: string, dir: string): () => void {
  const lock = lockPath(data);
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        if (holder(lock) === process.pid) unlinkSync(lock);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`store: cannot create the lock file "${lock}": ${(err as Error).message}`);
      }
    }
    const pid = holder(lock);
    // Our own id: left by an open of this file that failed earlier in this process.
    if (pid !== undefined && pid !== process.pid && running(pid)) {
      throw new Error(
        `store: "${data}" is in use by another Byline (process ${pid}); stop that one first, or delete "${lock}" if no Byline is running`,
      );
    }
    try {
      unlinkSync(lock);
    } catch {
      // Another process took it over at the same moment: try again.
    }
  }
  throw new Error(`store: cannot claim "${data}": its lock file "${lock}" keeps changing`);
}
