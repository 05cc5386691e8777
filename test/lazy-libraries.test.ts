import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The CommonJS modules a fresh process has loaded after running `code` (an ES module body). */
function modulesAfter(code: string): Promise<string[]> {
  const script = `${code}
const { createRequire } = await import('node:module');
console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: ROOT, timeout: 60_000 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as string[])),
    ),
  );
}

describe('server start-up (libraries loaded on first use)', () => {
  it('loads neither the language model nor the HTML libraries until a lesson needs them', async () => {
    const loaded = await modulesAfter("await import('./server/app.ts');");
    assert.ok(
      loaded.some((m) => m.includes('wink-nlp')),
      'the check sees CommonJS modules',
    );
    for (const name of ['wink-eng-lite-web-model', 'linkedom', '@mozilla/readability'])
      assert.equal(loaded.filter((m) => m.includes(`/node_modules/${name}/`)).length, 0, name);
  });

  it('loads them once a page is extracted and a text analysed', async () => {
    const loaded = await modulesAfter(`
const { extractArticle } = await import('./server/lessons/extract.ts');
const { analyzeArticle } = await import('./server/analysis/index.ts');
extractArticle('<html><body><h1>A headline</h1><p>The council met on Tuesday and voted to close the pool for repairs.</p></body></html>');
analyzeArticle('A headline\\n\\nThe council met on Tuesday.');`);
    for (const name of ['wink-eng-lite-web-model', 'linkedom', '@mozilla/readability'])
      assert.ok(
        loaded.some((m) => m.includes(`/node_modules/${name}/`)),
        name,
      );
  });
});
