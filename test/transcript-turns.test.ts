import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const labels = (text: string) => analyzeArticle(text).sentences.map((s) => s.label);

describe('attribution(interview turns)', () => {
  const text =
    'Candidate interviewed\n\nAna Ruiz is running for mayor.\n\nWikinews: Why did you decide to run?\n\nAna Ruiz: I grew up here. The town has given me a lot.\n\n((WN)) What do you make of your opponent? Thank you very much for your time.\n\n((Ana Ruiz)) His plan is a disaster.';

  it("labels each answer of an interview as the speaker's words", () => {
    assert.deepEqual(labels(text).slice(3, 5).concat(labels(text)[7]!), [
      'attributed',
      'attributed',
      'attributed',
    ]);
  });

  it("reads the interviewer's questions as the writer's own, put to the one interviewed", () => {
    // (the interviewer asks in most of its turns, labelled two ways; its "you" is not the reader)
    assert.deepEqual([labels(text)[2], labels(text)[5], labels(text)[6]], ['fact', 'fact', 'fact']);
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
