import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_USAGE, parseEvalArgs } from '../eval/options.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
}

function evalRun(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile('node', ['--import', 'tsx', 'eval/run.ts', ...args], { cwd: root }, (err, stdout) => {
      done({ code: typeof err?.code === 'number' ? err.code : 0, stdout });
    });
  });
}

// A made-up article, written for this test: a headline, a plain fact and a quotation with its tag.
const headline = 'Town library opens a second floor';
const fact = 'The library in Marrow Bay opened its new reading room on Monday.';
const quoted = '"We waited ten years for this room," said Ada Brennan, the head librarian.';
const text = `${headline}\n\n${fact} ${quoted}\n`;

function span(part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

const words = 'We waited ten years for this room,';
const gold = {
  article: 'made-up-library.txt',
  round: 9,
  sentences: [
    { ...span(headline), kind: 'headline', label: 'fact', quotes: [] },
    { ...span(fact), kind: 'body', label: 'fact', quotes: [] },
    {
      ...span(quoted),
      kind: 'body',
      label: 'attributed',
      quotes: [{ ...span(words), type: 'speech', speaker: 'Ada Brennan' }],
    },
  ],
};

describe('npm run eval -- --articles DIR', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'byline-eval-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', gold.article), text);
    writeFileSync(join(dir, 'gold', 'made-up-library.json'), JSON.stringify(gold));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scores a gold directory whose articles live in another directory', async function () {
    this.timeout(120_000);
    const run = await evalRun('--gold', join(dir, 'gold'), '--articles', join(dir, 'articles'));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /articles from .*articles/);
    assert.match(run.stdout, /Overall, 1 article\(s\)/);
    assert.match(run.stdout, /round 9: 1 article\(s\): made-up-library/);
    assert.doesNotMatch(run.stdout, /skipped/);
  });

  it('stops with one line when the articles directory is absent', async function () {
    this.timeout(120_000);
    const missing = join(dir, 'nowhere');
    const run = await evalRun('--gold', join(dir, 'gold'), '--articles', missing);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, `eval: --articles directory "${missing}" is absent\n`);
  });
});

describe('parseEvalArgs', () => {
  it('rejects a flag without its directory', () => {
    assert.deepEqual(parseEvalArgs(['--articles']), {
      error: 'eval: --articles needs a directory',
    });
    assert.deepEqual(parseEvalArgs(['--gold', '--train']), {
      error: 'eval: --gold needs a directory',
    });
  });

  it('rejects a round that is not a positive whole number', () => {
    assert.deepEqual(parseEvalArgs(['--record-round', '0']), {
      error: 'eval: --record-round needs a round number, got "0"',
    });
  });

  it('gives the usage for --help, and rejects an option it does not know with the usage', () => {
    assert.deepEqual(parseEvalArgs(['--help']), { usage: EVAL_USAGE });
    assert.deepEqual(parseEvalArgs(['--trian']), {
      error: `eval: unknown option "--trian"; ${EVAL_USAGE}`,
    });
  });

  it('reads the directories, the round and --train', () => {
    assert.deepEqual(parseEvalArgs(['--gold', root, '--articles', root, '--record-round', '3']), {
      train: false,
      gold: root,
      articles: root,
      record: 3,
    });
    assert.deepEqual(parseEvalArgs(['--train']), { train: true });
  });
});
