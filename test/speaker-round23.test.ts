import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers, labelsOfEach as labels } from './helpers/short-article.ts';

const headline = (title: string) =>
  analyzeArticle(`${title}\n\nThe council met on Monday.`).sentences[0]!.label;

describe('speakers(a pronoun after a sentence naming two men)', () => {
  it('points "he" at the subject, not at a possessor in the clause reported', () => {
    assert.deepEqual(
      speakers(
        'Peter Lynch said the firm would recover. Yet Evan Mann, an analyst, said Mr Lynch\'s job would not be easy. "It will be hard," he said.',
      ),
      ['Evan Mann'],
    );
  });

  it('points "he" at the subject, not at the man he branded', () => {
    assert.deepEqual(
      speakers(
        'Party president Simon Hughes branded Mr Howard "arrogant and wrong" for claiming the Tories were the natural party. "The evidence does not support it," he said.',
      ),
      ['Simon Hughes', 'Simon Hughes'],
    );
  });
});

describe('speakers(descriptions and verdicts)', () => {
  it('gives "the Tory leader" to the man the article named', () => {
    assert.deepEqual(
      speakers(
        'Michael Howard will speak today. But the Tory leader will argue against it, saying it is "outdated and unjust".',
      ),
      ['Michael Howard'],
    );
  });

  it('gives a verdict in quotation marks to the court after "by"', () => {
    assert.deepEqual(speakers('The drama was recently ruled "too American" by a Paris court.'), [
      'a Paris court',
    ]);
  });
});

describe('labels(subjects the tagger misread)', () => {
  it('keeps "new" inside the subject phrase, tagged an adverb or not', () => {
    assert.deepEqual(
      labels(
        'The new chief executive Peter Lynch said the firm would recover.',
        "The company's new chief executive Peter Lynch said the firm would recover.",
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a verdict after "Last November" as a court\'s', () => {
    assert.deepEqual(labels('Last November a court judged the film was too American to compete.'), [
      'attributed',
    ]);
  });

  it('reads "is concerned" with a clause whose subject has an "of" phrase as a stance', () => {
    assert.deepEqual(
      labels('The Green Party is concerned thousands of residents may not be able to vote.'),
      ['attributed'],
    );
  });
});

describe('labels(award categories)', () => {
  it('reads "best" naming a category as no praise', () => {
    assert.deepEqual(
      labels(
        'The film received best actress, picture and director nominations.',
        'They won best pop act at the awards.',
        'It is the best film of the year.',
      ),
      ['fact', 'fact', 'framing'],
    );
  });
});

describe('labels(a headline opening with a warning or a fear)', () => {
  it('reads "Warning over …" and "Green fear for …" as reported', () => {
    assert.deepEqual(
      [
        'Warning over pensions deficit',
        'Green fear for transport ballot',
        'Fire destroys warehouse',
      ].map(headline),
      ['attributed', 'attributed', 'fact'],
    );
  });
});
