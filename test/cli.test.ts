import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatText } from '../cli/format-text.ts';
import type { ArticleAnalysis } from '../server/analysis/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = join(root, 'content', '000_01eb33c84de12762.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function analyze(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    const env = { ...process.env, NO_COLOR: '' };
    execFile(
      'node',
      ['--import', 'tsx', 'cli/analyze.ts', ...args],
      { cwd: root, env, maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        done({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
      },
    );
  });
}

describe('analyze CLI', () => {
  let dir: string;
  const runs = new Map<string, Run>();

  before(async function () {
    // Fifteen processes at once: about 10 s on a quiet two-core machine, but minutes when the machine is shared
    // with other load, so the limit only catches a hang.
    this.timeout(300_000);
    dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
    const file = (name: string, content: string | Buffer) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const short = file(
      'short.txt',
      'A short headline\n\nThe council met on Tuesday. "It went well," the mayor said.\n',
    );
    const lines = file(
      'lines.txt',
      'The sky is blue.\n\n  Critics say the plan is a disaster.  \r\nIt rained.\n',
    );
    const cases: [string, string[]][] = [
      ['seed', [seed]],
      ['multi', [seed, short, seed]],
      ['lines', ['--lines', lines]],
      ['text', ['--format', 'text', short]],
      ['help', ['--help']],
      ['a missing file', [join(dir, 'nope.txt')]],
      ['a directory', [dir]],
      ['an empty file', [file('empty.txt', '')]],
      ['a whitespace-only file', [file('blank.txt', '  \n\n \t')]],
      ['a file with NUL bytes', [file('nul.txt', Buffer.from('abc\0def'))]],
      [
        'a file of invalid UTF-8',
        [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))],
      ],
      ['a file over 2 MB', [file('big.txt', 'The sky is blue. '.repeat(130_000))]],
      ['an unknown option', ['--colour', short]],
      ['a call with no file', []],
      ['a good file followed by a missing one', [short, join(dir, 'gone.txt')]],
    ];
    // Spawned together: each start costs about half a second.
    const results = await Promise.all(cases.map(([, args]) => analyze(...args)));
    cases.forEach(([name], i) => runs.set(name, results[i]!));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object with the contract fields for one article', () => {
    const run = runs.get('seed')!;
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(typeof out.title, 'string');
    assert.equal(out.sentences[0].kind, 'headline');
    for (const [i, s] of out.sentences.entries()) {
      assert.deepEqual(Object.keys(s), [
        'index',
        'paragraph',
        'kind',
        'text',
        'label',
        'confidence',
        'evidence',
        'quotes',
        'sources',
      ]);
      assert.equal(s.index, i);
      assert.equal(s.text, s.text.replace(/\s+/g, ' ').trim());
      for (const e of s.evidence) assert.equal(s.text.slice(e.start, e.end), e.text);
      for (const q of s.quotes) assert.deepEqual(Object.keys(q), ['text', 'type', 'speaker']);
    }
  });

  it('prints one JSON line per file, in the order given', () => {
    const run = runs.get('multi')!;
    assert.equal(run.code, 0, run.stderr);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0], rows[2]);
    assert.equal(rows[1].title, 'A short headline');
  });

  it('treats each non-empty line as one sentence with --lines', () => {
    const out = JSON.parse(runs.get('lines')!.stdout);
    assert.deepEqual(
      out.sentences.map((s: { text: string }) => s.text),
      ['The sky is blue.', 'Critics say the plan is a disaster.', 'It rained.'],
    );
  });

  it('prints a readable view without colour codes when not on a terminal', () => {
    const run = runs.get('text')!;
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\[(FACT|ATTRIBUTED|FRAMING)\]/);
    assert.match(run.stdout, /The council met on Tuesday\./);
    assert.doesNotMatch(run.stdout, /\x1b\[/);
  });

  it('explains its usage with --help', () => {
    const run = runs.get('help')!;
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--lines/);
  });

  const bad: [string, RegExp][] = [
    ['a missing file', /nope\.txt: no such file/],
    ['a directory', /directory/],
    ['an empty file', /empty\.txt: file is empty/],
    ['a whitespace-only file', /blank\.txt: .*whitespace/],
    ['a file with NUL bytes', /nul\.txt: binary/],
    ['a file of invalid UTF-8', /latin1\.txt: not valid UTF-8/],
    ['a file over 2 MB', /big\.txt: file too large/],
    ['an unknown option', /unknown option --colour/],
    ['a call with no file', /no input file/],
    ['a good file followed by a missing one', /gone\.txt: no such file/],
  ];
  for (const [name, message] of bad) {
    it(`rejects ${name} with exit 2 and one line on stderr`, () => {
      const run = runs.get(name)!;
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^analyze: [^\n]+\n$/);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, / {4}at /);
    });
  }
});

describe('formatText', () => {
  const text = 'Critics said the plan was a “disaster”, a sweeping change.';
  const analysis: ArticleAnalysis = {
    title: '',
    sentences: [
      {
        ...{
          index: 0,
          paragraph: 0,
          kind: 'body',
          text,
          start: 0,
          end: text.length,
          label: 'attributed',
          confidence: 0.9,
        },
        evidence: [
          { text: 'Critics', start: 0, end: 7, cue: 'anonymous-source' },
          { text: 'Critics said', start: 0, end: 12, cue: 'reporting-verb' },
        ],
        quotes: [{ text: 'disaster', start: 28, end: 36, type: 'speech', speaker: null }],
        sources: [{ text: 'Critics', start: 0, end: 7, named: false }],
      },
    ],
  };

  it('marks evidence with guillemets, merging overlapping spans, and names label, speaker and source', () => {
    const out = formatText(analysis, 'a.txt', false);
    assert.match(out, /\[ATTRIBUTED\] 0\.90/);
    assert.match(out, /«Critics said» the plan/);
    assert.match(out, /quote \(speech, speaker: unknown\): “disaster”/);
    assert.match(out, /sources: Critics \(anonymous\)/);
  });

  it('keeps the guillemets when it adds colour, so colour is never the only marker', () => {
    const out = formatText(analysis, 'a.txt', true);
    assert.match(out, /\x1b\[/);
    assert.match(out, /«Critics said»/);
  });
});
