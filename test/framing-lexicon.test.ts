import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsFiles } from './helpers/imports.ts';
import { wordLists } from './analysis-layout.test.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FRAMING = 'server/analysis/framing/';

describe('framing word lists (read from every file under framing/)', () => {
  it('finds the framing files', () => {
    assert.ok(tsFiles(ROOT, 'server').filter((f) => f.startsWith(FRAMING)).length > 10);
  });

  it('no file under framing/ declares a word list: they live in lexicon/ with their provenance', () => {
    const bad: string[] = [];
    for (const f of tsFiles(ROOT, 'server').filter((x) => x.startsWith(FRAMING)))
      for (const list of wordLists(readFileSync(`${ROOT}/${f}`, 'utf8'))) bad.push(`${f}: ${list}`);
    assert.deepEqual(bad, []);
  });
});
