import assert from 'node:assert/strict';
import { bodySentences } from './helpers/short-article.ts';

const texts = (body: string) => bodySentences(body).map((s) => s.text);

describe('a paragraph that stops on a comma before one that opens like a sentence', () => {
  it('keeps the two paragraphs apart ("… rebuild," then "The governor noted …")', () => {
    assert.deepEqual(
      texts(
        'He also said insurers will help owners rebuild,\n\nThe governor noted that he would cut other areas.',
      ),
      [
        'He also said insurers will help owners rebuild,',
        'The governor noted that he would cut other areas.',
      ],
    );
  });

  it('still joins a paragraph that goes on with a name after the comma', () => {
    assert.deepEqual(texts('“We are ready,” said Ann Lee,\n\nMayor of Riverton.'), [
      '“We are ready,” said Ann Lee, Mayor of Riverton.',
    ]);
  });
});

describe('a quotation closing on a full stop, then a reporting verb in lower case', () => {
  it('keeps the tag with its quotation (`… the budget." said former Treasurer David Rousseau.`)', () => {
    assert.deepEqual(
      texts('"We don’t know what it means to the budget." said former Treasurer David Rousseau.'),
      ['"We don’t know what it means to the budget." said former Treasurer David Rousseau.'],
    );
  });

  it('gives the quotation to the one named in the tag', () => {
    const [sentence] = bodySentences(
      '"We don’t know what it means to the budget." said former Treasurer David Rousseau.',
    );
    assert.equal(sentence?.quotes[0]?.speaker, 'David Rousseau');
  });

  it('still ends a sentence at a stop inside a lower-case post that goes on after it', () => {
    assert.equal(
      bodySentences('He wrote: "we lost the game. there is always next week"').length,
      2,
    );
  });
});

describe('a time of day with its zone in a word ("10 a.m. Eastern")', () => {
  it('goes on after "a.m." before the zone', () => {
    assert.equal(
      bodySentences('Nine percent of cell sites were down at 10 a.m. Eastern on Monday.').length,
      1,
    );
  });

  it('still ends a sentence at "a.m." before a name that opens one ("Central Bank officials")', () => {
    assert.equal(bodySentences('They met at 9 a.m. Central Bank officials came later.').length, 2);
  });
});
