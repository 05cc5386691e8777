import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ItsFunction } from 'wink-nlp';
import { its, tagger } from '../server/analysis/grammar/nlp.ts';
import { tokensOf } from '../server/analysis/grammar/token.ts';

// tokensOf keeps the lemmas wink-nlp gave by tag and word (grammar/token.ts), asking wink-nlp again only for a word
// not met with that tag and for a contraction's parts: its lemmas must stay wink-nlp's own, read fresh or kept.

function winkLemmas(text: string): string[] {
  const tokens = tagger.readDoc(text).tokens();
  const values = tokens.out();
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  return values.map((v, i) => lemmas[i] ?? v.toLowerCase());
}

describe("tokensOf's lemmas", () => {
  it("are wink-nlp's, the first time a word is met and after", () => {
    const text =
      readFileSync(new URL('../content/000_01eb33c84de12762.txt', import.meta.url), 'utf8') +
      "\n\nShe can't say; they'd gone, he's left and it's said the ships weren't sailing. The running man runs. " +
      'Running is good; the runs were long. He left the left lane.';
    for (let round = 0; round < 2; round++) {
      const mine = tokensOf(text, tagger.readDoc(text)).map((t) => t.lemma);
      assert.deepEqual(mine, winkLemmas(text));
    }
  });
});
