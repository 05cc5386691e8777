import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const labels = (text: string) => analyzeArticle(text).sentences.map((s) => s.label);

describe('attribution(interview turns)', () => {
  it("labels each turn of an interview, question and answer, as the speaker's words", () => {
    const text =
      'Candidate interviewed\n\nAna Ruiz is running for mayor.\n\nWikinews: Why did you decide to run?\n\nAna Ruiz: I grew up here. The town has given me a lot.\n\n((Wikinews)) What do you make of your opponent?\n\n((Ana Ruiz)) His plan is a disaster.';
    assert.deepEqual(labels(text), [
      'fact',
      'fact',
      'attributed',
      'attributed',
      'attributed',
      'attributed',
      'attributed',
    ]);
  });

  it('leaves section labels, a single labelled paragraph and a list of results alone', () => {
    assert.deepEqual(
      labels('Council meets\n\nUpdate: The council met again.\n\nNote: The vote was close.'),
      ['fact', 'fact', 'fact'],
    );
    assert.deepEqual(labels('Council meets\n\nAna Ruiz: The vote was close.'), ['fact', 'fact']);
    assert.deepEqual(labels('Election results\n\nLabour: 45 seats.\n\nGreens: 3 seats.'), [
      'fact',
      'fact',
      'fact',
    ]);
  });
});
