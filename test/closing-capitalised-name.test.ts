import assert from 'node:assert/strict';
import { bodySentences } from './helpers/short-article.ts';

const sentence = (text: string) => bodySentences(text)[0]!;

describe('a closing tag whose subject is a name that is also a word ("…, Next said.")', () => {
  it('reads the capitalised word before "said" as the source', () => {
    const s = sentence(
      'Overall sales across both its retail and mail order divisions were up 12.4%, Next said.',
    );
    assert.equal(s.label, 'attributed');
    assert.deepEqual(
      s.sources.map((x) => x.text),
      ['Next'],
    );
  });

  it('leaves "next" in lower case an adverb of time', () => {
    const s = sentence('Sales were up 12.4% and the shops will open next.');
    assert.equal(s.label, 'fact');
  });
});
