import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { inWritersVoice } from '../server/analysis/calibration.ts';
import { SURE } from '../server/analysis/calibration.ts';

// A match sketch in the writer's own voice: most sentences judge, a few carry on the story between the judgements.
const SKETCH = [
  'Harbour Town produced a dazzling display to sink the league leaders.',
  'It was a truly magnificent night for the long-suffering home fans.',
  'The visitors were woeful from start to finish.',
  'Their defending was shambolic and their passing was even worse.',
  'Sam Reed scored twice before the break.',
  'The second half brought more of the same.',
  'Surely nobody can stop this remarkable side now?',
  'Coach Ana Ruiz said her players had been "outstanding".',
  'The league title is there for the taking.',
  'It was a shameful evening for the hapless visitors.',
];

function sketch() {
  return analyzeArticle(`Harbour Town sink the leaders\n\n${SKETCH.join(' ')}`).sentences;
}

describe("an article in the writer's own voice (inWritersVoice)", () => {
  it('calls an article written so when nearly half its sentences, and eight or more in all, are framing', () => {
    const framing = Array<'framing'>(5).fill('framing');
    assert.equal(inWritersVoice([...framing, 'fact', 'fact', 'fact', 'fact', 'attributed']), true);
    assert.equal(
      inWritersVoice([...framing.slice(1), 'fact', 'fact', 'fact', 'fact', 'fact', 'attributed']),
      false,
    );
    assert.equal(inWritersVoice(['framing', 'framing', 'fact']), false);
  });

  it('reads the plain sentences of such an article as framing, resting on no words of their own', () => {
    const s = sketch();
    const plain = s.find((x) => x.text.startsWith('Sam Reed scored twice'))!;
    assert.equal(plain.label, 'framing');
    assert.equal(plain.basis, 'framing:voice');
    assert.deepEqual(plain.evidence, []);
  });

  it('is less than sure of them', () => {
    const plain = sketch().find((x) => x.text.startsWith('The second half'))!;
    assert.equal(plain.label, 'framing');
    assert.ok(plain.confidence < SURE);
  });

  it("keeps a report of someone's words attributed", () => {
    const quoted = sketch().find((x) => x.text.startsWith('Coach Ana Ruiz said'))!;
    assert.equal(quoted.label, 'attributed');
  });

  it('leaves the facts of an article that reports with a judgement or two', () => {
    const report = [
      'The council met on Monday.',
      'It approved the budget for the new library.',
      'The vote was seven to two.',
      'Work starts in March, the mayor said.',
      'This reckless scheme is a disgrace.',
      'The library will open in 2027.',
      'It will hold 40,000 books.',
      'The old building will be sold.',
    ];
    const s = analyzeArticle(`Library budget approved\n\n${report.join(' ')}`).sentences;
    assert.equal(s.find((x) => x.text.startsWith('The vote was'))!.label, 'fact');
    assert.ok(s.every((x) => x.basis !== 'framing:voice'));
  });
});
