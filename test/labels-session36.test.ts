import assert from 'node:assert/strict';
import {
  basisOf,
  calibratedConfidence,
  OTHER_VERB,
  SPEECH_VERB,
  SURE,
} from '../server/analysis/calibration.ts';
import { bodySentences, labelOf, speakers, speechSpeakersOf } from './helpers/short-article.ts';

const cues = (sentence: string) => (bodySentences(sentence)[0]?.evidence ?? []).map((e) => e.cue);

describe('a name the tagger reads as a verb opening the sentence is no order to the reader (framing/stance.ts)', () => {
  it('reads a first word with a possessive after it as the owner, not an imperative', () => {
    assert.ok(
      !cues("Parry's statements were published in full on the club's website on Monday.").includes(
        'scaffolding',
      ),
    );
  });

  it('reads a first word that a relative clause describes as a name', () => {
    assert.equal(
      labelOf(
        'Ford, which has sold 4,000 of its first hybrid since August, is bringing a hybrid SUV to market.',
      ),
      'fact',
    );
  });

  it('still reads a bare verb opening the sentence as an order', () => {
    assert.equal(labelOf('Consider the case of albendazole, an old drug for worms.'), 'framing');
    assert.equal(labelOf('Remember, the vote is on Tuesday.'), 'framing');
  });
});

describe('a past participle opening the sentence is no part of the subject (grammar/reporter-pieces.ts)', () => {
  it('gives the quotation to the name after an opening "Asked …" clause with an object', () => {
    assert.deepEqual(
      speakers(
        'Chris Evans held a sale on Monday. Asked the reason for the sale, Evans said: "I just want to get rid of it all."',
      ),
      ['Chris Evans'],
    );
  });

  it('gives the quotation to the name after an opening "Given …" clause', () => {
    assert.deepEqual(
      speakers(
        'Liz Mair runs the group. Given the nature of the group, Mair said a "number of us have better connections" to the party.',
      ),
      ['Liz Mair'],
    );
  });
});

describe('a named source with a verb that only ever speaks (calibration.ts, SPEECH_VERB)', () => {
  const source = { text: 'Ana Ruiz', start: 0, end: 8, cue: 'named-source' as const };
  const verb = (text: string) => ({
    text,
    start: 9,
    end: 9 + text.length,
    cue: 'reporting-verb' as const,
  });

  it('rates "confirmed", "accused", "vowed" and "announced" apart from "called", "plans" and "wants"', () => {
    for (const word of ['confirmed', 'accused', 'vowed', 'announced', 'denies', 'criticised'])
      assert.equal(
        basisOf('attributed', [source, verb(word)]),
        `attributed:named-source${SPEECH_VERB}`,
        word,
      );
    for (const word of ['called', 'plans', 'wants', 'asked', 'rejected'])
      assert.equal(
        basisOf('attributed', [source, verb(word)]),
        `attributed:named-source${OTHER_VERB}`,
        word,
      );
  });

  it('keeps the split to a named source: a bare reporting verb stays where it was', () => {
    assert.equal(
      basisOf('attributed', [verb('confirmed')]),
      `attributed:reporting-verb${OTHER_VERB}`,
    );
  });

  it('puts such a report in the surest band and a report of a plan below it', () => {
    const spoke = calibratedConfidence('attributed', `attributed:named-source${SPEECH_VERB}`);
    const acted = calibratedConfidence('attributed', `attributed:named-source${OTHER_VERB}`);
    assert.ok(spoke >= SURE && acted < SURE, `${spoke} ${acted}`);
  });

  it('gives a whole sentence the basis', () => {
    const [s] = bodySentences('Google confirmed the sale of its plant on Monday.');
    assert.equal(s?.basis, `attributed:named-source${SPEECH_VERB}`);
  });
});

describe('a verb-like word opening a sentence right before "said" is a name (grammar/surnames.ts)', () => {
  it('gives the quotation to "Fosters" read by the tagger as the verb "foster"', () => {
    assert.deepEqual(
      speakers('Fosters said it was currently in talks "which may lead to a major announcement".'),
      ['Fosters'],
    );
  });

  it('leaves a word before a noun subject alone', () => {
    assert.deepEqual(speakers('Hope said nothing to the fans. "We will win," the captain said.'), [
      'the captain',
    ]);
  });
});

describe('a verb of saying joined by "and" to an earlier one shares its subject (grammar/coordinated-report.ts)', () => {
  it('gives "and added" the subject of the "but" clause before it, not the sentence\'s first', () => {
    assert.deepEqual(
      speakers(
        'US Customs claimed he was one of the leaders but his lawyer, Antony Townsden, told the BBC it was a laughable suggestion and added: "He was living in a flat."',
      ),
      ['Antony Townsden'],
    );
  });

  it('goes on from the verb of saying, not from a verb of the clause it reports', () => {
    assert.deepEqual(
      speakers('The minister said the company lost money and added: "It will recover."'),
      ['The minister'],
    );
  });
});

describe('basisOf(a named source with no verb of its own)', () => {
  it('rates a named source that no reporting verb decided apart, without failing', () => {
    const source = { text: 'Ana Ruiz', start: 0, end: 8, cue: 'named-source' as const };
    assert.equal(basisOf('attributed', [source]), `attributed:named-source${OTHER_VERB}`);
  });
});

describe('a relative of known sex says nothing of a namesake of unknown sex (People, unsexedFull)', () => {
  it('gives "he said" to the man the sentence before named, whose given name says no sex', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Show over for The Osbournes\n\nRock star Ozzy Osbourne has said his family will make no more episodes.\n\n' +
          '"I did not like the cameras," the Black Sabbath singer told reporters. His wife Sharon agreed.\n\n' +
          'Ozzy Osbourne said he had had enough. "I have been filming all day," he said. ' +
          'Sharon Osbourne is now a judge on a talent show.\n',
      ).slice(-1),
      ['Ozzy Osbourne'],
    );
  });

  it('still lets a given name of known sex rule out the other sex', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Talks go on\n\nSen. Jane Roe met Gov. John Doe on Monday.\n\n"We made progress," he said later.\n',
      ),
      ['John Doe'],
    );
  });
});

describe('"All the" opening a narrating sentence counts a set the story has in view (framing/framing.ts, tally)', () => {
  it('reads "All the sounds are made by six GameBoys" as a fact', () => {
    assert.equal(labelOf('All the sounds are made by six Nintendo GameBoys.'), 'fact');
  });

  it('still reads "All politicians lie" as a sweep', () => {
    assert.equal(labelOf('All politicians lie to the voters.'), 'framing');
  });
});

describe('winning a contest is a result, not a verdict (framing/valence.ts, contestWon)', () => {
  it('reads "after winning a court battle" and "favourite to win the prize" as facts', () => {
    assert.equal(
      labelOf('Stan Lee is to get a windfall after winning a court battle with Marvel.'),
      'fact',
    );
    assert.equal(labelOf('Andrea Levy is favourite to win the main prize of the year.'), 'fact');
  });

  it('reads "Oscar-winning director" as the award won', () => {
    assert.equal(
      labelOf("Ocean's Eleven was directed by Oscar-winning director Steven Soderbergh."),
      'fact',
    );
  });

  it('still reads "a winning smile" and a present "wins" as the writer\'s', () => {
    assert.equal(labelOf('She flashed a winning smile at the crowd.'), 'framing');
    assert.ok(
      cues('The party is reluctantly embracing it because it wins elections.').includes('loaded'),
    );
  });
});

describe('a word capitalised only to open a sentence, written in lower case elsewhere, names no one (People)', () => {
  it('keeps "Podcasts" from becoming the man a later "he" means', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'The pirates of the air\n\nMany people now listen to podcasts on the move.\n\n' +
          'But Dave Winer is doubtful. He designed the format. Podcasts rely on his technology.\n\n' +
          'He thinks its business promise is "over-hyped".\n',
      ),
      ['Dave Winer'],
    );
  });

  it('still reads a surname the article writes only as a name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Talks go on\n\nBuffett met the board on Monday.\n\nBuffett said the deal was "a fair one".\n',
      ),
      ['Buffett'],
    );
  });
});

describe('"can" with an adverb tying it to the present state of things reports what is allowed (framing/modality.ts)', () => {
  it('reads "can now", "can still", "can only" and "can also" as facts', () => {
    for (const sentence of [
      'Air passengers whose flights are delayed can now demand greater compensation.',
      'Local police departments can still buy this equipment on their own.',
      'Foreigners can only trade in Gazprom via a small issue of proxy shares.',
      'It can also act as a remote for home theatre and stereo systems.',
    ])
      assert.equal(labelOf(sentence), 'fact', sentence);
  });

  it('still reads a timeless "can" as a generalisation', () => {
    assert.ok(
      cues('Any town can build a better school if it wants one.').includes('generalisation'),
    );
  });
});
