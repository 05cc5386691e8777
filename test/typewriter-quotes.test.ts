import assert from 'node:assert/strict';
import { runBuildJob } from '../server/lessons/build-job.ts';
import { curlTypewriterQuotes } from '../server/lessons/typewriter-quotes.ts';

describe('curlTypewriterQuotes(quotation marks typed as two single marks)', () => {
  it("makes ``…'' and ''…'' curly double marks", () => {
    assert.equal(curlTypewriterQuotes("``We will win,'' said Lee."), '“We will win,” said Lee.');
    assert.equal(
      curlTypewriterQuotes("''This is a breakthrough,'' said Herring of the ''fastest rate''."),
      '“This is a breakthrough,” said Herring of the “fastest rate”.',
    );
    assert.equal(
      curlTypewriterQuotes('\u2018\u2018Yes,\u2019\u2019 she said.'),
      '“Yes,” she said.',
    );
  });

  it('leaves apostrophes and single quotation marks alone', () => {
    const text = "Rock 'n' roll, the players' union and 'a step' forward.";
    assert.equal(curlTypewriterQuotes(text), text);
  });
});

describe("runBuildJob(an article quoting with ``…'')", () => {
  it('finds the quotation, its speaker and the sentence it closes', () => {
    const out = runBuildJob({
      kind: 'text',
      text: "Harbour reopens\n\n``We are open again,'' said harbour master Ann Lee on Monday. Boats sailed at noon.\n",
    });
    assert.ok(out.ok);
    const body = out.built.analysis.sentences.filter((s) => s.kind === 'body');
    assert.deepEqual(
      body.map((s) => s.quotes.map((q) => [q.type, q.speaker])),
      [[['speech', 'Ann Lee']], []],
    );
  });
});
