import assert from 'node:assert/strict';
import { labelOf, speakers } from './helpers/short-article.ts';

describe('a title between a place or court and its holder ("Federal judge Gregory Frost")', () => {
  it('reads the title as a noun, no verb of judging: "District judge Maria Lopez will hear the case" is fact', () => {
    assert.equal(labelOf('District judge Maria Lopez will hear the case in May.'), 'fact');
  });

  it('still gives the quotation of "Federal judge Gregory Frost said" to Gregory Frost', () => {
    assert.deepEqual(
      speakers('Federal judge Gregory Frost said the hearing would resume “as soon as possible.”'),
      ['Gregory Frost'],
    );
  });
});

describe('an unnamed speaker from a body whose name holds "and" ("A Department for Work and Pensions spokeswoman")', () => {
  it('is whom a later "she said" means', () => {
    assert.deepEqual(
      speakers(
        'A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. “No date was ever given,” she said.',
      ),
      ['A Department for Work and Pensions spokeswoman'],
    );
  });
});
