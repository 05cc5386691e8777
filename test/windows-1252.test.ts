import assert from 'node:assert/strict';
import { runBuildJob } from '../server/lessons/build-job.ts';
import { textFromUpload } from '../server/lessons/extract-upload.ts';
import { repairWindows1252 } from '../server/lessons/windows-1252.ts';

const ansi = (...parts: (string | number)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from([p]))),
  );

describe('repairWindows1252(text read with the wrong encoding)', () => {
  it('reads the control codes of curly quotes and dashes as those characters, one for one', () => {
    const broken = '\u0093We will win,\u0094 said Ann Lee \u0096 the mayor\u0092s rival.';
    const fixed = repairWindows1252(broken);
    assert.equal(fixed, '“We will win,” said Ann Lee – the mayor’s rival.');
    assert.equal(fixed.length, broken.length);
  });

  it('leaves text without such codes as it was', () => {
    const text = 'Plain “text” — with dashes and ’quotes’ already right.';
    assert.equal(repairWindows1252(text), text);
  });
});

describe('textFromUpload(a .txt file saved as Windows-1252)', () => {
  it('reads its curly quotes instead of refusing it as binary', () => {
    const got = textFromUpload(
      'story.txt',
      ansi('Harbour reopens\n\n', 0x93, 'We are open again,', 0x94, ' the harbour master said.\n'),
    );
    assert.deepEqual(got, {
      ok: true,
      text: 'Harbour reopens\n\n“We are open again,” the harbour master said.\n',
      title: null,
    });
  });

  it('still refuses bytes that hold control codes in no encoding', () => {
    assert.deepEqual(textFromUpload('story.txt', ansi('Words ', 0x81, 0x02, ' more words')), {
      ok: false,
      reason: 'binary',
    });
  });
});

describe('runBuildJob(pasted text whose quotation marks are control codes)', () => {
  it('finds the quotation and its speaker', () => {
    const out = runBuildJob({
      kind: 'text',
      text: 'Harbour reopens\n\n\u0093We are open again,\u0094 said harbour master Ann Lee on Monday.\n',
    });
    assert.ok(out.ok);
    const quotes = out.built.analysis.sentences.flatMap((s) => s.quotes);
    assert.deepEqual(
      quotes.map((q) => [q.type, q.speaker]),
      [['speech', 'Ann Lee']],
    );
    assert.match(out.text, /“We are open again,”/);
  });
});
