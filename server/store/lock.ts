import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** The lock file beside a data file: it names the process that has the file open. */
export function lockPath(data: string): string {
  return `${data}.lock`;
}

/**
 * What tells one process apart from a later one given the same id: the boot it runs in and its start
 * time (clock ticks since boot). Linux only (/proc); elsewhere both are undefined and the id alone counts.
 */
export interface ProcessIdentity {
  boot: string | undefined;
  start: string | undefined;
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The identity of the running process `pid` (see ProcessIdentity). */
export function processIdentity(pid: number): ProcessIdentity {
  const boot = readOr('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
  // Field 22 of stat; the command name (field 2) may hold spaces, so count from its closing parenthesis.
  const stat = readOr(`/proc/${pid}/stat`);
  const start = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return { boot, start: start && /^\d+$/.test(start) ? start : undefined };
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

interface Holder extends ProcessIdentity {
  pid: number;
}

/** The lock file's content: "<pid> <boot id> <start time>", a dash for what this system cannot tell. */
function lockLine(pid: number): string {
  const { boot, start } = processIdentity(pid);
  return `${pid} ${boot ?? '-'} ${start ?? '-'}\n`;
}

/** Who the lock file names; a lock written by an older Byline holds the process id alone. */
function holder(lock: string): Holder | undefined {
  const [pidText, boot, start] = (readOr(lock) ?? '').trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const known = (s: string | undefined) => (s === undefined || s === '-' ? undefined : s);
  return { pid, boot: known(boot), start: known(start) };
}

/**
 * True when the process that wrote the lock still runs. An id alone is not enough: after a reboot or
 * once it has ended, its id may be given to another process, so the boot and start time must match too
 * where both the lock and this system record them.
 */
function stillHeld(h: Holder): boolean {
  if (!running(h.pid)) return false;
  const now = processIdentity(h.pid);
  if (h.boot !== undefined && now.boot !== undefined && h.boot !== now.boot) return false;
  if (h.start !== undefined && now.start !== undefined && h.start !== now.start) return false;
  return true;
}

/**
 * Claims the data file for this process: a second Byline on the same file would overwrite the first one's
 * answers. The lock file names the process; a lock left by a process that no longer runs (a crash, a power
 * cut, a reboot, even when its id now belongs to another process) is taken over. Throws one line naming
 * the file and the process that holds it. Returns the release function, to call when the store is closed.
 */
export function lockDataFile(data: string, dir: string): () => void {
  const lock = lockPath(data);
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, lockLine(process.pid), { flag: 'wx' });
      return () => {
        if (holder(lock)?.pid === process.pid) unlinkSync(lock);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`store: cannot create the lock file "${lock}": ${(err as Error).message}`);
      }
    }
    const h = holder(lock);
    // Our own id: left by an open of this file that failed earlier in this process.
    if (h !== undefined && h.pid !== process.pid && stillHeld(h)) {
      throw new Error(
        `store: "${data}" is in use by another Byline (process ${h.pid}); stop that one first, or delete "${lock}" if no Byline is running`,
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
