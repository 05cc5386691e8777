import assert from 'node:assert/strict';
import { labelOf, speakers, speechSpeakersOf } from './helpers/short-article.ts';

describe('"significant" as the writer weighing importance (APPRAISAL_WORDS)', () => {
  it('frames "a string of significant victories"', () => {
    assert.equal(
      labelOf("The rebels have won a string of significant victories in the country's north."),
      'framing',
    );
  });

  it('leaves a significant amount as fact: before an amount it gives a size', () => {
    assert.equal(
      labelOf('The island was home to a significant population for a few hundred years.'),
      'fact',
    );
  });

  it('leaves significant increases as fact: before a change it gives a size', () => {
    assert.equal(
      labelOf('Average waiting times at the clinics rose by significant amounts in 2015.'),
      'fact',
    );
  });
});

describe("the writer's doubt about what is to come (lexicon/phrases.ts)", () => {
  it('frames "it\'s too early to say"', () => {
    assert.equal(
      labelOf("At this point, it's too early to say for sure what this means for the war."),
      'framing',
    );
  });

  it('frames prospects "remaining uncertain"', () => {
    assert.equal(
      labelOf(
        'Three of the six foreign ministers left the talks, with prospects for agreement remaining uncertain.',
      ),
      'framing',
    );
  });
});

describe('a tag verb of pleading (QUOTE_TAG_VERBS)', () => {
  it('gives the words to the one who "implored the crowd"', () => {
    assert.deepEqual(
      speakers('Romney spoke on Friday. “We have to get behind him,” one man implored the crowd.'),
      ['one man'],
    );
  });

  it('gives the words to the one who "pleaded"', () => {
    assert.deepEqual(
      speakers('The hearing ran late. “Let my son come home,” Maria Lopez pleaded.'),
      ['Maria Lopez'],
    );
  });
});

describe('an auxiliary opening a question before a name (People.addSentence)', () => {
  it('keeps "Could" out of the name in a bulleted question', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Israel votes\n\n-Could Isaac Herzog become prime minister?\n\n“We will win,” Herzog said.\n',
      ),
      ['Isaac Herzog'],
    );
  });

  it('keeps "Could" out of the name after a colon', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Israel votes\n\n[Read: Could Isaac Herzog become prime minister?]\n\n“We will win,” Herzog said.\n',
      ),
      ['Isaac Herzog'],
    );
  });
});
