import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

describe('speakers(after round 28)', () => {
  it('drops an adjective opening the sentence from the name after it, and keeps a first name that is none', () => {
    assert.deepEqual(
      speakers(
        'Defiant Matt Williams says he will not quit. "I have never quit anything," he told BBC Sport. Jo Anne Van Tilburg said: "The seeps were known."',
      ),
      ['Matt Williams', 'Jo Anne Van Tilburg'],
    );
  });

  it('reads a run with a capitalised "Without" as a title, not a person a later "he" could be', () => {
    assert.deepEqual(
      speakers(
        'Westlife\'s Flying Without Wings was the first number one. A spokesman for the industry said the chart was due soon. "Work is going on," he said.',
      ),
      ['A spokesman for the industry'],
    );
  });

  it('reads "Industry" as closing a body\'s name, so the spokesman for it speaks', () => {
    assert.deepEqual(
      speakers(
        'A spokesman for the British Phonographic Industry said the chart was due "within the first half of this year".',
      ),
      ['A spokesman for the British Phonographic Industry'],
    );
  });

  it('gives the words to a name closing the sentence when the copy lost the verb', () => {
    assert.deepEqual(
      speakers('Roger Bootle spoke. "It will mark the start of a difficult period," Mr Bootle.'),
      ['Roger Bootle'],
    );
  });

  it('gives "said the report" to the author of the report named before', () => {
    assert.deepEqual(
      speakers(
        'The divide is narrowing, according to a World Bank report. "People are getting more access," said the report.',
      ),
      ['World Bank'],
    );
  });
});

describe('speakers(after round 29)', () => {
  it('points "he" at the one named saying, before the names in what he said', () => {
    assert.deepEqual(
      speakers(
        'Others targeted include Oliver Letwin, David Davis and Theresa May, elections chief Lord Rennard said. He said it was "nothing personal".',
      ),
      ['Lord Rennard'],
    );
  });

  it('keeps a participle joined by a hyphen out of a name ("Houston-based Continental")', () => {
    const article = analyzeArticle(
      'Carrier in trouble\n\nHouston-based Continental now has debts. Continental also said it expects to lose "hundreds of millions of dollars" in 2005.',
    );
    assert.deepEqual(
      article.sentences.flatMap((s) => s.quotes.map((q) => q.speaker)),
      ['Continental'],
    );
  });
});

describe('speakers("it" after its own sentence\'s named subject)', () => {
  it('gives "Continental said it expects …" to Continental, not to a word of the headline', () => {
    const article = analyzeArticle(
      'Airline warns\n\nContinental now has debts. Continental also said it expects to lose "hundreds of millions of dollars" in 2005.',
    );
    assert.deepEqual(
      article.sentences.flatMap((s) => s.quotes.map((q) => q.speaker)),
      ['Continental'],
    );
  });
});
