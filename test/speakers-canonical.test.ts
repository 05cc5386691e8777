import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

/** The speakers of the speech quotes of a small article (a headline line, then paragraphs). */
function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('findQuotes(a body named in full)', () => {
  it('gives a body cut short by the parse its whole name as the article writes it', () => {
    assert.deepEqual(
      speakersOf(
        'Grain prices will climb, "whatever the harvest", according to the Institute for Farm Economics.',
      ),
      ['Institute for Farm Economics'],
    );
  });

  it('keeps the whole name of a body joined by "of", "for" or "the"', () => {
    assert.deepEqual(
      speakersOf('"The marsh is drying out," said the Centre for Wetland Studies.'),
      ['Centre for Wetland Studies'],
    );
    assert.deepEqual(
      speakersOf('Friends of the Forest said the new road was "a scar on the valley".'),
      ['Friends of the Forest'],
    );
  });

  it('names the body after its describing phrase in full', () => {
    assert.deepEqual(
      speakersOf(
        'The pressure group the Project on Public Waste has called the deal "a gift to one firm".',
      ),
      ['Project on Public Waste'],
    );
  });

  it("leaves a person's name as it is, whatever body follows it", () => {
    assert.deepEqual(
      speakersOf('Nora Blake of the Office for Rural Health said: "We need more nurses."'),
      ['Nora Blake'],
    );
  });

  it('keeps a short name the article itself uses on its own', () => {
    assert.deepEqual(
      speakersOf(
        'The Northern Council on Fisheries Policy met on Friday.',
        'The Council on Fisheries said: "Catches will fall by a fifth."',
      ),
      ['Council on Fisheries'],
    );
  });
});
