import assert from 'node:assert/strict';
import { countWords } from '../server/analysis/grammar/word-count.ts';

// countWords must give what the pattern it replaced gives: the number of runs of letters and digits. Texts written
// for the test.
const byPattern = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts runs of letters and digits as the pattern does, in ASCII and beyond', () => {
    const texts = [
      'The harbour board met on 3 May, at 10:30.',
      '“Não sei,” disse a ministra — e saiu.',
      'Łukasz Brudziński’s co-author (aged 41) won 2nd prize!',
      'Kiểm tra ١٢٣ مرحبا 東京 𝐀𝐁𝐂 x',
      'a\u0301b, lone \ud835 and \udc00 halves',
      '',
      '  ... --- ',
    ];
    for (const t of texts) assert.equal(countWords(t), byPattern(t), t);
  });

  it('counts only between start and end, like a slice', () => {
    const t = 'Mayor Ana Ruiz said 𝐀𝐁 was fine.';
    for (let a = 0; a <= t.length; a++)
      for (let b = a; b <= t.length; b++)
        assert.equal(countWords(t, a, b), byPattern(t.slice(a, b)));
  });
});
