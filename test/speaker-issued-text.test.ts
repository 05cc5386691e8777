import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

const speakersOf = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers(a text put out, and a body\'s ", which")', () => {
  it('gives a quotation paragraph to whoever the sentence before says released a statement', () => {
    assert.deepEqual(
      speakersOf(
        'Climber dies\n\nTom Reyes died on Everest last week. His family released a statement on Tuesday.\n\n"He died doing what he loved. We ask for privacy."',
      ),
      ['His family', 'His family'],
    );
  });

  it('does not hand a quotation paragraph to someone who only received a text', () => {
    assert.deepEqual(
      speakersOf(
        'Climber dies\n\nTom Reyes died on Everest last week. His family was sent flowers.\n\n"He died doing what he loved."',
      ),
      [null],
    );
  });

  it('gives words reported in ", which praised …" to the body the relative clause is about', () => {
    assert.deepEqual(
      speakersOf(
        'Prize awarded\n\nThe prize is given each year by the Lantern Society, which praised her "tireless work".',
      ),
      ['Lantern Society'],
    );
  });
});

describe('speakers(a text named again later)', () => {
  it('gives "the statement said" to whoever published the statement, not to the statement', () => {
    assert.deepEqual(
      speakersOf(
        'March held\n\nThousands marched on Saturday. The organisers published a mission statement.\n\n"We march for clean air," the statement said.',
      ),
      ['The organisers'],
    );
  });
});

describe('speakers(an occupation set before a name, named again)', () => {
  it('gives "the farmer said" to the farmer the article named', () => {
    assert.deepEqual(
      speakersOf(
        'Crops lost\n\nFarmer Tom Reyes lost his crops. "Everything is gone," the farmer said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('keeps "the farmer" as written when no farmer was named', () => {
    assert.deepEqual(
      speakersOf('Crops lost\n\nPrices fell again. "We cannot go on," the farmer said.'),
      ['the farmer'],
    );
  });
});

describe('speakers("lead" in a title)', () => {
  it('finds the speaker after "lead author" and "lead researcher", which the tagger reads as a verb', () => {
    assert.deepEqual(
      speakersOf(
        'Water found\n\n"We are only at the beginning," lead author Sanne de Vries said. "It is exciting," lead researcher Tom Reyes said.',
      ),
      ['Sanne de Vries', 'Tom Reyes'],
    );
  });
});

describe('speakers(an -ing word in a title)', () => {
  it('finds the speaker after "acting director" and "managing director"', () => {
    assert.deepEqual(
      speakersOf(
        'Firm sold\n\n"We are ready," acting director Anna Berg said. "It is done," managing director Tom Reyes said.',
      ),
      ['Anna Berg', 'Tom Reyes'],
    );
  });
});

describe('speakers(a thing that shows is no one speaking)', () => {
  it('gives the words to the one who said "the result showed …", not to the result', () => {
    assert.deepEqual(
      speakersOf(
        'Vote held\n\nMarko Petrov said the result showed the government had "lost its majority".',
      ),
      ['Marko Petrov'],
    );
  });

  it('still gives them to a study or a poll that shows', () => {
    assert.deepEqual(speakersOf('Drug tested\n\nA study showed the drug was "highly effective".'), [
      'A study',
    ]);
  });
});
