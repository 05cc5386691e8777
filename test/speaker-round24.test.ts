import assert from 'node:assert/strict';
import { speakers, labelsOfEach as labels } from './helpers/short-article.ts';

describe('speakers(who a later "he" is)', () => {
  it('passes over the agent of a participle describing a noun ("the cuts proposed by …")', () => {
    assert.deepEqual(
      speakers(
        'Gordon Brown spoke in Leeds. He said the cuts proposed by shadow chancellor Oliver Letwin were too deep, he told activists. "Never again," he said.',
      ),
      ['Gordon Brown'],
    );
  });

  it('reads a subject pronoun right before the verb as its subject after a participle phrase', () => {
    assert.deepEqual(
      speakers('Gordon Brown spoke in Leeds. Laying into the Tory record he said: "Never again."'),
      ['Gordon Brown'],
    );
  });

  it('passes over an object pronoun in the sentence before', () => {
    assert.deepEqual(
      speakers(
        'Prince Harry apologised on Thursday. Michael Howard accepted the apology and said the family would have much to say to him. But he told the radio: "He should say more."',
      ),
      ['Michael Howard'],
    );
  });

  it('does not give "the chancellor" to a shadow chancellor', () => {
    const [speaker] = speakers(
      'The plan was drawn up by shadow chancellor Oliver Letwin. "We will win," the chancellor said.',
    );
    assert.notEqual(speaker, 'Oliver Letwin');
  });
});

describe('labels(after round 24)', () => {
  it('leaves a pronoun inside a relative clause out of the main claim', () => {
    assert.deepEqual(
      labels(
        'Neither US nor British officials delivered a list of the 38 countries they said were involved.',
      ),
      ['fact'],
    );
  });

  it('reads grades of markets and "the festive season" as no praise', () => {
    assert.deepEqual(
      labels(
        'Sales were up 2% with strong growth in soft drinks, offset by weaker sales in Europe.',
        'Posters are helping commuters during the festive season.',
      ),
      ['fact', 'fact'],
    );
  });

  it('reads a perfect tense closing the sentence as a tag', () => {
    assert.deepEqual(
      labels('Growth accelerated in the third quarter, official figures have shown.'),
      ['attributed'],
    );
  });

  it('reads a grievance with what it is about as a stance', () => {
    assert.deepEqual(labels('Privacy advocates are concerned by the nature of the software.'), [
      'attributed',
    ]);
  });

  it('reads "highlighted" as about what was said', () => {
    assert.deepEqual(labels('He also highlighted plans for debt relief.'), ['attributed']);
  });
});
