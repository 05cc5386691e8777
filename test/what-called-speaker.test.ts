import assert from 'node:assert/strict';
import { quotes, speakers } from './helpers/short-article.ts';

describe('"in what X has called “…”" (namesQuotation)', () => {
  it('gives the quoted words to the one who called them so', () => {
    assert.deepEqual(
      speakers(
        'The council lifted its ban on street stalls, in what the city\'s trade commissioner has called "a new dawn for the market".',
      ),
      ["the city's trade commissioner"],
    );
  });

  it('leaves what people at large call a thing a term', () => {
    assert.deepEqual(
      quotes('The firm uses what engineers call "exfiltration".').map((q) => q.type),
      ['term'],
    );
  });
});
