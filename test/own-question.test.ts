import assert from 'node:assert/strict';
import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { OWN_QUESTION } from '../server/analysis/calibration.ts';

// A plain report that closes on the writer asking the reader, and one question asked by a named person.
const REPORT = [
  'The club sold 4,000 season tickets on Monday.',
  'The stadium holds 12,000 fans.',
  'Ticket prices rose by 5% this year.',
  'Manager Jo Park said the squad was ready.',
  '"Why would anyone doubt us?" she asked.',
  'The season opens on 6 August against Rovers.',
  'Can the club fill its ground again this winter?',
];

function report() {
  return analyzeArticle(`Club sells 4,000 season tickets\n\n${REPORT.join(' ')}`).sentences;
}

describe('a question in the writer’s own voice (ownQuestion)', () => {
  it('reads the writer’s question as framing', () => {
    const asked = report().find((s) => s.text.startsWith('Can the club'))!;
    assert.equal(asked.label, 'framing');
    assert.equal(asked.basis, OWN_QUESTION);
  });

  it('points at the question’s last word and its mark', () => {
    const asked = report().find((s) => s.text.startsWith('Can the club'))!;
    assert.deepEqual(
      asked.evidence.map((e) => asked.text.slice(e.start, e.end)),
      ['winter?'],
    );
  });

  it('leaves a question inside a quotation to its speaker', () => {
    const quoted = report().find((s) => s.text.includes('Why would anyone'))!;
    assert.equal(quoted.label, 'attributed');
  });

  it('leaves the plain facts around it facts', () => {
    const plain = report().find((s) => s.text.startsWith('The stadium holds'))!;
    assert.equal(plain.label, 'fact');
  });

  it('does not decide a sentence analyzed on its own line, whose quote marks may stand elsewhere', () => {
    const [line] = analyzeLines('Can the club fill its ground again this winter?').sentences;
    assert.notEqual(line!.basis, OWN_QUESTION);
  });
});
