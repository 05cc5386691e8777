import assert from 'node:assert/strict';
import { bodySentences } from './helpers/short-article.ts';

const sentence = (text: string) => bodySentences(text)[0]!;

describe('a compound noun written with a hyphen (retagGluedCompounds)', () => {
  it('reads "England\'s fly-half said …" as a report by the fly-half', () => {
    const s = sentence("England's fly-half said last week he was hoping to recover.");
    assert.equal(s.label, 'attributed');
    assert.equal(s.basis, 'attributed:named-source');
  });

  it('leaves a verb with spaces around its dash a verb', () => {
    const s = sentence('The players fly - half of them for the first time - to Rome on Friday.');
    assert.equal(s.label, 'fact');
  });
});
