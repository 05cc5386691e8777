import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { lockPath, processIdentity } from '../server/store/lock.ts';
import { restoreBackup } from '../server/store/restore.ts';

const ROOT = join(import.meta.dirname, '..');

/** Another process that opens the store on `file` and keeps it open until killed. */
async function holdInAnotherProcess(file: string): Promise<ChildProcess> {
  const script = `const { openStore } = await import('./server/store/index.ts');
await openStore(${JSON.stringify(file)});
console.log('open');
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
    child.on('exit', (code) => reject(new Error(`test: the holder exited (${code})`)));
  });
  return child;
}

/** A process that runs until killed, standing in for whatever was later given a Byline's old id. */
async function otherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

/** The id of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['-e', '0'], () => resolve(child.pid!));
  });
}

describe('JSON store: one process per data file', () => {
  let dir: string;
  let file: string;
  let holder: ChildProcess | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'byline-lock-'));
    file = join(dir, 'byline.json');
  });
  afterEach(async () => {
    if (holder && holder.exitCode === null && holder.signalCode === null) {
      const exited = new Promise((r) => holder!.once('exit', r));
      holder.kill('SIGKILL');
      await exited;
    }
    holder = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second process on the same file with one line naming the file and the process', async () => {
    holder = await holdInAnotherProcess(file);
    await assert.rejects(openStore(file), (err: Error) => {
      assert.match(
        err.message,
        new RegExp(`byline\\.json" is in use by another Byline \\(process ${holder!.pid}\\)`),
      );
      assert.equal(err.message.split('\n').length, 1);
      return true;
    });
    await assert.rejects(restoreBackup(file, file), /in use by another Byline/);
  });

  it('makes a second `npm start` on the same file exit with one line', async () => {
    holder = await holdInAnotherProcess(file);
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'server/main.ts'],
        { cwd: ROOT, env: { ...process.env, PORT: '0', BYLINE_DATA: file }, timeout: 30_000 },
        (err, _out, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
      ),
    );
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^byline: cannot start: store: ".*byline\.json" is in use by another Byline/,
    );
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  it('takes over a lock left by a process that no longer runs, and removes it on close', async () => {
    writeFileSync(lockPath(file), `${await deadPid()}\n`);
    const store = await openStore(file);
    const { boot, start } = processIdentity(process.pid);
    assert.equal(readFileSync(lockPath(file), 'utf8'), `${process.pid} ${boot} ${start}\n`);
    await store.close();
    assert.equal(existsSync(lockPath(file)), false);
  });

  it('takes over a lock whose process id now belongs to a process started later (an id reused)', async () => {
    holder = await otherProcess();
    const { boot, start } = processIdentity(holder.pid!);
    writeFileSync(lockPath(file), `${holder.pid} ${boot} ${Number(start) - 1}\n`);
    const store = await openStore(file);
    await store.close();
  });

  it('takes over a lock written before the machine restarted, even when its id runs again', async () => {
    holder = await otherProcess();
    const { start } = processIdentity(holder.pid!);
    writeFileSync(lockPath(file), `${holder.pid} 00000000-0000-0000-0000-000000000000 ${start}\n`);
    const store = await openStore(file);
    await store.close();
  });

  it('still refuses a running process named by its id alone, as an older Byline wrote the lock', async () => {
    holder = await otherProcess();
    writeFileSync(lockPath(file), `${holder.pid}\n`);
    await assert.rejects(
      openStore(file),
      new RegExp(`is in use by another Byline \\(process ${holder.pid}\\); stop that one first`),
    );
  });

  it('starts on the file once the other process has crashed', async () => {
    holder = await holdInAnotherProcess(file);
    const exited = new Promise((r) => holder!.once('exit', r));
    holder.kill('SIGKILL');
    await exited;
    const store = await openStore(file);
    await store.close();
  });

  it('gives the lock back when the file cannot be loaded', async () => {
    writeFileSync(file, '{ not json');
    await assert.rejects(openStore(file), /not valid JSON/);
    assert.equal(existsSync(lockPath(file)), false);
  });
});
