import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function runMain(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts'],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30000 },
      (err, _stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
    );
  });
}

describe('npm start (bad environment)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'byline-main-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one line that the port is in use, without a stack trace', async () => {
    const blocker = createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, stderr } = await runMain({
        PORT: String(port),
        BYLINE_DATA: join(dir, 'byline.json'),
      });
      assert.equal(code, 1);
      assert.match(stderr, /cannot listen on port \d+: the port is already in use/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('reaches the analyzer only inside its error handler, so corrupt weights are refused in one line', () => {
    // the files server/main.ts loads before main() runs: its static, non-type imports, followed through
    const loadedFirst = new Set<string>();
    const visit = (file: string) => {
      if (loadedFirst.has(file)) return;
      loadedFirst.add(file);
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)(?! type)[^;]*?from\s*'(\.[^']+)'/gm))
        visit(posix.join(posix.dirname(file), m[1]!));
    };
    visit('server/main.ts');
    assert.ok(loadedFirst.has('server/config.ts'), 'the walk follows imports');
    const analyzer = [...loadedFirst].filter((f) => f.startsWith('server/analysis/'));
    assert.deepEqual(analyzer, []);
  });

  it('rejects a PORT that is not a number', async () => {
    const { code, stderr } = await runMain({ PORT: 'abc', BYLINE_DATA: join(dir, 'byline.json') });
    assert.equal(code, 1);
    assert.match(stderr, /PORT must be a port number, got "abc"/);
  });
});
