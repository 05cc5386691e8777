import assert from 'node:assert/strict';
import { BY_LEMMA, BY_WORD, InList, listsOf } from '../server/analysis/lexicon/word-lists.ts';
import { retagged } from '../server/analysis/grammar/token.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';

// A token's InList bits stand in for look-ups in the lists they mirror (lexicon/word-lists.ts): each bit must be set
// for exactly the words of its list, and a token must carry the bits of its own word and lemma however it was made.

const words = [...BY_WORD, ...BY_LEMMA].flatMap(([, list]) => [...list]);
const others = ['the', 'mayor', 'bridge', 'said', 'ran', 'quickly', ''];

describe('word-list bits (lexicon/word-lists.ts)', () => {
  it('gives each list a bit of its own', () => {
    const bits = [...BY_WORD, ...BY_LEMMA].map(([bit]) => bit);
    assert.equal(new Set(bits).size, bits.length);
    assert.deepEqual(new Set(bits), new Set(Object.values(InList)));
    for (const bit of bits) assert.ok(bit > 0 && bit < 2 ** 30 && (bit & (bit - 1)) === 0);
    // (a word's bits and a lemma's share one map, the word bits below 1 << 18 and the lemma bits above)
    for (const [bit] of BY_WORD) assert.ok(bit < 2 ** 18);
    for (const [bit] of BY_LEMMA) assert.ok(bit >= 2 ** 18);
  });

  it('sets a word bit exactly for the words of its list, whatever the lemma', () => {
    for (const [bit, list] of BY_WORD) {
      const listed = new Set(list);
      for (const w of [...words, ...others])
        assert.equal((listsOf(w, '\u0000') & bit) !== 0, listed.has(w), `${bit} ${w}`);
    }
  });

  it('sets a lemma bit exactly for the lemmas of its list, whatever the word', () => {
    for (const [bit, list] of BY_LEMMA) {
      const listed = new Set(list);
      for (const w of [...words, ...others])
        assert.equal((listsOf('\u0000', w) & bit) !== 0, listed.has(w), `${bit} ${w}`);
    }
  });

  it('keeps every token of a parse and of its repairs in step with its word and lemma', () => {
    const tokens = textTokens(
      'The acting mayor reportedly said that, whilst the bridge would perhaps open, officials hoped otherwise.',
    );
    for (const t of tokens) assert.equal(t.lists, listsOf(t.lower, t.lemma), t.lower);
    const said = tokens.find((t) => t.lower === 'said')!;
    assert.ok((said.lists & InList.REPORTING_VERB_LEMMA) !== 0);
    const built = retagged(said, said.pos, 'build', 'built');
    assert.equal(built.lists, listsOf('built', 'build'));
    assert.equal(retagged(said, 'NOUN').lists, said.lists);
  });
});
