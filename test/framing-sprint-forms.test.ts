import { strict as assert } from 'node:assert';
import { findFramingCues } from '../server/analysis/framing/index.ts';

const cues = (s: string) => findFramingCues(s, []).map((e) => `${e.cue}:${e.text}`);

describe('framing: capitals after a numeral and bare verbs after a modal', () => {
  it('reads capitals glued to or after a number as a designation or an era, not emphasis', () => {
    assert.deepEqual(cues('The survey found that 2031QX has a dark, dusty surface.'), []);
    assert.deepEqual(cues('The fort was built around 250 BC by the first king.'), []);
  });

  it('still reads capitals on an ordinary word as the writer raising their voice', () => {
    assert.ok(cues('This plan is NOT a solution for the town.').includes('loaded:NOT'));
  });

  it('weighs a word after "will" or "did" as the verb they govern, not a judging adjective', () => {
    assert.deepEqual(cues('The governor will welcome them at the harbour on Friday.'), []);
    assert.deepEqual(cues('The minister did welcome the offer of help from abroad.'), []);
  });

  it('keeps the adjective once "be" stands between ("will be welcome")', () => {
    assert.ok(cues('Any change to the schedule will be welcome news.').length > 0);
  });
});
