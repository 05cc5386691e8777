import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { FACT_AMONG_FRAMING, SURE } from '../server/analysis/calibration.ts';
import { labelOf, speakers, speechSpeakersOf } from './helpers/short-article.ts';

describe('a surname that is an English word, never written after a given name (grammar/surnames.ts)', () => {
  it('gives the quotation to "Parry" when a verb of saying follows him mid-sentence', () => {
    assert.deepEqual(
      speakers(
        'The club will not sell its captain. But when asked about the summer, Parry said: "I sincerely hope he stays."',
      ),
      ['Parry'],
    );
  });

  it('gives the quotation to "Parry" after an inverted tag', () => {
    assert.deepEqual(speakers('The talks went on. "The door is not closed," said Parry.'), [
      'Parry',
    ]);
  });

  it('keeps a capitalised word opening a sentence for the verb it may be', () => {
    assert.deepEqual(speakers('Hope said nothing to the fans. "We will win," the captain said.'), [
      'the captain',
    ]);
  });
});

describe('a title in a closing tag names its holder for a "he" after it (People.addTitledSubject)', () => {
  it('gives "he said" to the leader the tag named, not to the man his clause talked about', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Howard attacks Budget\n\nTory leader Michael Howard has dismissed the Budget.\n\n' +
          'Mr Brown liked to rattle off figures to convince people there was no gap, the Tory leader said. ' +
          '"This government is publishing a dodgy Budget," he said.\n',
      ),
      ['Michael Howard'],
    );
  });

  it('leaves "he said" to the subject when no one named was given the title in the tag', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Budget row\n\nTory leader Michael Howard has dismissed the Budget.\n\n' +
          'Mr Brown defended his figures, the chancellor said. "The numbers add up," he said.\n',
      ),
      ['Brown'],
    );
  });
});

describe('a setback told as a blow, and a growing mood (lexicon/phrases.ts)', () => {
  it('frames "dealt yet another blow to" someone', () => {
    assert.equal(
      labelOf('His endorsement dealt yet another blow to the senator as his poll numbers dipped.'),
      'framing',
    );
  });

  it('leaves a blow to the head as fact', () => {
    assert.equal(labelOf('The victim suffered a blow to the head and died in hospital.'), 'fact');
  });

  it('leaves the wind that blows to the coast as fact', () => {
    assert.equal(labelOf('The storm will blow to the east by Tuesday night.'), 'fact');
  });

  it('frames "amid growing fervor among Republicans"', () => {
    assert.equal(
      labelOf(
        'The remarks come amid growing fervor among Republicans to send troops back to the region.',
      ),
      'framing',
    );
  });

  it('leaves a growing company as fact', () => {
    assert.equal(labelOf('The growing company hired 40 engineers in March.'), 'fact');
  });
});

describe('a verb calling someone something before a quotation, when the tag after it opens the next one (quotes.ts decide)', () => {
  it('gives "a disgrace" to the caller, and the words after "Wenger added:" to Wenger', () => {
    assert.deepEqual(
      speakers(
        'The row went on. Reminded that Ferguson called him "a disgrace", Wenger added: "I don\'t respond to anything."',
      ),
      ['Ferguson', 'Wenger'],
    );
  });

  it('still gives a quotation closed by a comma to the tag after it', () => {
    assert.deepEqual(
      speakers(
        'The row went on. "It was a disgrace," Wenger added: "I don\'t respond to anything."',
      ),
      ['Wenger', 'Wenger'],
    );
  });
});

describe('where a poll puts a candidate is its finding (grammar/verbs.ts pollStanding)', () => {
  it('reads "The poll had her in a statistical tie" as the poll\'s finding', () => {
    assert.equal(
      labelOf('The poll had her in a statistical tie with Sanders on the question of trust.'),
      'attributed',
    );
  });

  it('reads a poll with a long participle phrase before "showed" as the source', () => {
    assert.equal(
      labelOf(
        'A Fox News national poll released on the eve of the Las Vegas debate showed Clinton with a 6-point, 45-39 percent lead over Trump.',
      ),
      'attributed',
    );
  });

  it('leaves a poll that had a margin of error as fact', () => {
    assert.equal(labelOf('The poll had a margin of error of 3 points.'), 'fact');
  });
});

describe('words quoted inside the object of a verb of judging or accusing (quotes.ts calledBy)', () => {
  it('gives "unfair" to the one who attacked the taxes', () => {
    assert.deepEqual(
      speakers(
        'The report came out. Mr Cable also attacked Labour\'s "unfair" and over-complicated taxes.',
      ),
      ['Cable'],
    );
  });

  it('gives the words to the one who accused', () => {
    assert.deepEqual(
      speakers('Tory chairman Liam Fox accused Labour of "at best misrepresentation" on Monday.'),
      ['Liam Fox'],
    );
  });

  it('still reads a so-called name after such a verb as a term with no speaker', () => {
    assert.deepEqual(speakers('The minister attacked the so-called "bedroom tax" on Monday.'), [
      null,
    ]);
  });
});

describe('"forecast" read as a noun before "that" and a clause (grammar/verbs.ts forecastFigure)', () => {
  it('reads "The report forecast that there will be …" as the report\'s forecast', () => {
    assert.equal(
      labelOf('The report forecast that there will be 80 million new PC users in India by 2010.'),
      'attributed',
    );
  });

  it('reads "Analysts forecast that sales will rise" as the analysts\' forecast', () => {
    assert.equal(labelOf('Analysts forecast that sales will rise.'), 'attributed');
  });

  it('leaves the forecast that was published, a noun with its relative clause, as no report', () => {
    assert.equal(labelOf('The weather forecast that was published on Monday gave rain.'), 'fact');
  });
});

describe('what published figures or statistics show is their finding (lexicon/agents.ts FINDING_REPORTS)', () => {
  it('reads "the latest monthly waiting list figures showed …" as the figures\' finding', () => {
    assert.equal(
      labelOf(
        'Meanwhile, the latest monthly waiting list figures showed the total number of people waiting more than 18 months as an inpatient in Wales has fallen by 9.8%.',
      ),
      'attributed',
    );
  });

  it('reads "Statistics to the end of November showed a decline" past the phrase on the head', () => {
    assert.equal(
      labelOf('Statistics to the end of November showed a decline since October from 785 to 708.'),
      'attributed',
    );
  });

  it('leaves police in a town who found a body as fact', () => {
    assert.equal(labelOf('Police in the town found a body on Tuesday.'), 'fact');
  });
});

describe('a clean fact in an article that frames often is rated apart (calibration.ts FACT_AMONG_FRAMING)', () => {
  const framedArticle =
    'Council vote\n\nThe council met on Tuesday in the town hall.\n\nIt was a shameful, disastrous decision.\n\n' +
    'The vote was a stunning betrayal of the town.\n\nCouncillors voted 7 to 2 to close the library.\n\n' +
    'The library opened in 1954.\n\nThis reckless plan will surely fail.\n\nThe building will be sold in March.\n\n' +
    'It is an outrageous waste.\n\nThe sale is due to close by June.\n';
  const plainArticle =
    'Council vote\n\nThe council met on Tuesday in the town hall.\n\nCouncillors voted 7 to 2 to close the library.\n\n' +
    'The library opened in 1954.\n\nThe building will be sold in March.\n\nThe sale is due to close by June.\n\n' +
    'The town has 4,000 residents.\n\nThe next meeting is on 3 May.\n\nThe library has 20,000 books.\n';
  const meeting = (article: string) =>
    analyzeArticle(article).sentences.find((s) => s.text.startsWith('The council met'))!;

  it('keeps the label fact but rates it below the quiz band when the writer frames a quarter of their sentences', () => {
    const s = meeting(framedArticle);
    assert.equal(s.label, 'fact');
    assert.equal(s.basis, FACT_AMONG_FRAMING);
    assert.ok(s.confidence < 0.75, `confidence ${s.confidence}`);
  });

  it('leaves the same fact in a plain report a clean fact in the surest band', () => {
    const s = meeting(plainArticle);
    assert.equal(s.basis, 'fact:clean');
    assert.ok(s.confidence >= SURE, `confidence ${s.confidence}`);
  });
});
