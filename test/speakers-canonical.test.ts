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

describe('findQuotes(a person named without a long title)', () => {
  it('cuts a long title joined by "of the" and "for the" from the name', () => {
    assert.deepEqual(
      speakersOf(
        'Head of the Harbour Board for the Eastern Isles Rina Tamsin said: "The docks reopen on Monday."',
      ),
      ['Rina Tamsin'],
    );
  });

  it('keeps only the surname after a body named by its kind', () => {
    assert.deepEqual(
      speakersOf(
        '"Tariffs will fall by June," said Secretary General of the Baltic Grain Bloc Kask.',
      ),
      ['Kask'],
    );
  });

  it('cuts a body the article also names on its own, leaving the surname', () => {
    assert.deepEqual(
      speakersOf(
        'The plan goes further than the Nordic Forum ever did.',
        'The "aim is one market for the whole north," explains Chair of the Nordic Forum Halvorsen.',
      ),
      ['Halvorsen'],
    );
  });

  it('finds the full name of a person first named after a long title', () => {
    assert.deepEqual(
      speakersOf(
        'Director of the Gallery of Coastal Painting Ilse Marten said the frames were safe. "Nothing was lost," Marten said.',
      ),
      ['Ilse Marten'],
    );
  });

  it('leaves a body joined by "of" as it is', () => {
    assert.deepEqual(
      speakersOf('The government of New Caledonia said the vote was "a step toward calm".'),
      ['government of New Caledonia'],
    );
  });
});

describe('findQuotes(a later mention of a name)', () => {
  it('reads a long surname spelt with two letters swapped as the person named before', () => {
    assert.deepEqual(
      speakersOf(
        'Greta Hollenbach of the water board said the levels were safe. "We test every week," Ms Hollenbahc said.',
      ),
      ['Greta Hollenbach'],
    );
  });

  it('reads the first half of a double-barrelled surname as the person named before', () => {
    assert.deepEqual(
      speakersOf('Amara Osei-Tutu, a teacher, led the march. "Our schools need roofs," Osei said.'),
      ['Amara Osei-Tutu'],
    );
  });
});
