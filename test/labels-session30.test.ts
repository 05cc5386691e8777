import assert from 'node:assert/strict';
import { labelOf, labels, quotes, speakers, speechSpeakersOf } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

/** The label of an article's headline, a plain sentence of body after it. */
const headlineLabel = (headline: string) =>
  analyzeArticle(`${headline}\n\nThe council met on Monday to discuss the matter.`).sentences[0]!
    .label;

describe('a retort and a joke (verb classes)', () => {
  it('reads "X retorted …" with no "that" as X\'s words', () => {
    assert.equal(labelOf('The minister retorted critics had ignored the figures.'), 'attributed');
  });

  it('reads "X joked that …" as X\'s words', () => {
    assert.equal(labelOf('The coach joked that his players needed a holiday.'), 'attributed');
  });
});

describe('a subordinator read as a preposition (prepositionBefore)', () => {
  it('reads "After the meeting Mr Lee said …" (no comma) as his report', () => {
    assert.equal(labelOf('After the meeting Mr Lee said the plan would go ahead.'), 'attributed');
  });

  it('reads a subject with a title and a place after it the same way', () => {
    assert.equal(
      labelOf(
        'After the vote Leeds finance spokesman Bob Hill, of Headingley, said rises had to stay low.',
      ),
      'attributed',
    );
  });

  it('keeps "after the company said …, shares rose" a clause of time', () => {
    assert.equal(labelOf('After the company said the plan would go ahead, shares rose.'), 'fact');
  });

  it('keeps "after the leader Ann Roe said …, the party split" a clause of time', () => {
    assert.equal(
      labelOf('After the leader Ann Roe said the plan was dead, the party split.'),
      'fact',
    );
  });
});

describe('a view voiced in the passive (voicedView)', () => {
  it('reads "Fears have been expressed that …" as unnamed people\'s claim', () => {
    assert.equal(labelOf('Fears have been expressed that the bridge could close.'), 'attributed');
  });

  it('reads "Concerns were raised that …" the same way', () => {
    assert.equal(
      labelOf('Concerns were raised that the new rules would hurt small farms.'),
      'attributed',
    );
  });

  it('leaves "Questions have been raised about …" (no clause) alone', () => {
    assert.equal(labelOf('Questions have been raised about the deal.'), 'fact');
  });

  it('leaves money raised alone', () => {
    assert.equal(labelOf('Money was raised that would pay for the school.'), 'fact');
  });
});

describe('"it was announced" with a time phrase before its clause (itIsSaid)', () => {
  it('reads "It was announced last July that …" as an announcement', () => {
    assert.equal(labelOf('It was announced last July that the plant would close.'), 'attributed');
  });

  it('reads "It was confirmed earlier this year that …" the same way', () => {
    assert.equal(
      labelOf('It was confirmed earlier this year that the plant would close.'),
      'attributed',
    );
  });
});

describe('writing or reporting to someone with nothing said (wroteToOnly)', () => {
  it('reads "has written to customers affected by …" as an act', () => {
    assert.equal(labelOf('The firm has written to customers affected by the change.'), 'fact');
  });

  it('reads "will report to the committee next month" as an act', () => {
    assert.equal(labelOf('The watchdog will report to the committee next month.'), 'fact');
  });

  it('keeps "wrote to the council asking …" a report', () => {
    assert.equal(labelOf('He wrote to the council asking it to reopen the park.'), 'attributed');
  });

  it('keeps "reported to the committee that …" a report', () => {
    assert.equal(labelOf('He reported to the committee that the money was gone.'), 'attributed');
  });
});

describe('a hearsay participle after a pronoun (reducedHearsay)', () => {
  it('reads "Among those reported to have doubts were …" as a report', () => {
    assert.equal(
      labelOf('Among those reported to have doubts about the deal were two senior ministers.'),
      'attributed',
    );
  });

  it('leaves "a man alleged to have fled was arrested" a told arrest', () => {
    assert.equal(labelOf('A man alleged to have fled the scene was arrested.'), 'fact');
  });
});

describe('"saying" after a verb\'s object with no comma (objectBefore)', () => {
  it('reads "attacked the rules saying they …" as the subject\'s words', () => {
    assert.equal(
      labelOf('Airlines have attacked the new rules saying they could be forced to raise fares.'),
      'attributed',
    );
  });

  it('leaves "with officials saying …" a side phrase, as the gold has it', () => {
    assert.equal(
      labelOf('Germany banned the airline, with officials saying it was a threat.'),
      'fact',
    );
  });

  it('leaves "…, the judges saying …" a side phrase', () => {
    assert.equal(labelOf('The requests were refused, the judges saying they knew enough.'), 'fact');
  });
});

describe('a hedge set after its noun (modality)', () => {
  it('does not read "homes likely to be affected" as the writer\'s forecast', () => {
    assert.equal(
      labelOf('The council has sent leaflets to homes likely to be affected by the new road.'),
      'fact',
    );
  });

  it('still reads "the vote is likely to be close" as one', () => {
    assert.equal(labelOf('The vote is likely to be close.'), 'framing');
  });
});

describe('"what they described as" (ownWords)', () => {
  it('gives the words after "what he described as" to him, as speech', () => {
    const found = quotes(
      'Tom Hale spoke in the chamber. He attacked what he described as a "cover-up".',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'Tom Hale']],
    );
  });

  it('keeps "what economists describe as a “surge”" a term', () => {
    assert.deepEqual(
      quotes('Prices rose in what economists describe as a "surge".').map((q) => q.type),
      ['term'],
    );
  });
});

describe("a paper whose name opens on a body's word (personName)", () => {
  it('gives "a Daily Mail report" to the Daily Mail, not to "Mail"', () => {
    assert.deepEqual(speakers('A Daily Mail report said the plan was "a disgrace".'), [
      'Daily Mail',
    ]);
  });

  it('keeps "Daily Mirror editor Piers Morgan" a person', () => {
    assert.deepEqual(speakers('Daily Mirror editor Piers Morgan said the plan was "a disgrace".'), [
      'Piers Morgan',
    ]);
  });
});

describe('a verb in -s before a gerund that opens its clause (nounReadAsVerb)', () => {
  it('reads "New research claims cutting the limit would save lives" as the research\'s claim', () => {
    assert.equal(labelOf('New research claims cutting the limit would save lives.'), 'attributed');
  });
});

describe('an estimate that speaks (canSpeak)', () => {
  it('reads "A previous estimate suggested such a move could …" as the estimate\'s claim', () => {
    assert.equal(
      labelOf('A previous estimate suggested such a move could save lives.'),
      'attributed',
    );
  });
});

describe('words said again (repeat)', () => {
  it('reads "repeated his view that …" as a report', () => {
    assert.equal(
      labelOf('The union leader repeated his view on Friday that all mergers led to job cuts.'),
      'attributed',
    );
  });

  it('keeps "repeated the feat" an act', () => {
    assert.equal(labelOf('The team repeated the feat a year later.'), 'fact');
  });
});

describe('a past "forecast" written as its plain form (forecastFigure)', () => {
  it('reads "the report forecast total growth of 3.6%" as the report\'s forecast', () => {
    assert.equal(
      labelOf('Overall, the report forecast total growth of 3.6% in 2004.'),
      'attributed',
    );
  });

  it('keeps "The IMF forecast figures were published" a noun', () => {
    assert.equal(labelOf('The IMF forecast figures were published on Monday.'), 'fact');
  });
});

describe('someone prompted to say a clause (promptedObject)', () => {
  it('reads "That prompted some charities to say …" as the charities\' words', () => {
    assert.equal(
      labelOf('That prompted some charities to say the plans would put lives at risk.'),
      'attributed',
    );
  });

  it('keeps "led the firm to change its rules" an act', () => {
    assert.equal(labelOf('The crash led the firm to change its rules.'), 'fact');
  });
});

describe('"the company" after a firm named with a country\'s letters (bodyByKind)', () => {
  it('gives "The company said" to UK Coal, past a sentence whose subject is "it"', () => {
    assert.deepEqual(
      speakers(
        'UK Coal said it was making progress. It had brought in new wage structures. The company said these steps would "lift earnings".',
      ),
      ['UK Coal'],
    );
  });
});

describe('an attack in words (attackOnWords)', () => {
  it('reads "Howard attacks cost of asylum" as words', () => {
    assert.equal(headlineLabel('Howard attacks cost of asylum'), 'attributed');
  });

  it('reads "Report attacks defence spending" as words: a document attacks only so', () => {
    assert.equal(headlineLabel('Report attacks defence spending'), 'attributed');
  });

  it('reads "\'Nuclear dumpsite\' plan attacked" as words', () => {
    assert.equal(headlineLabel("'Nuclear dumpsite' plan attacked"), 'attributed');
  });

  it('keeps "Troops attacked the base" an act', () => {
    assert.equal(labelOf('Troops attacked the base on Monday.'), 'fact');
  });
});

describe('fears shrugged off (shrug)', () => {
  it('reads "Brown shrugs off economy fears" as words', () => {
    assert.equal(headlineLabel('Brown shrugs off economy fears'), 'attributed');
  });

  it('keeps "shrugged off an ankle injury" an act', () => {
    assert.equal(labelOf('He shrugged off an ankle injury to play.'), 'fact');
  });
});

describe('a headline pledge (headlineSpeechNounCues)', () => {
  it('reads "PM pledge on school funding" as a pledge made', () => {
    assert.equal(headlineLabel('PM pledge on school funding'), 'attributed');
  });
});

describe('a date after "last" before the subject, no comma (subjectBefore)', () => {
  it('reads "In a report published last July the committee stated …" as the committee\'s report', () => {
    assert.equal(
      labelOf('In a report published last July the committee stated there was a risk.'),
      'attributed',
    );
  });
});

describe('a view voiced in the passive by someone named (voicedView)', () => {
  it('reads "Concerns were raised by parents that …" as the parents\' claim', () => {
    assert.equal(
      labelOf('Concerns were raised by parents that the school would close.'),
      'attributed',
    );
  });

  it('leaves "Money was raised by parents that would pay …" alone', () => {
    assert.equal(labelOf('Money was raised by parents that would pay for the trip.'), 'fact');
  });
});

describe('a clause after a quoted phrase, no comma (relativeOnPhrase)', () => {
  it('gives words after "the “…” X had promised, …" to the one who said the sentence, not to X', () => {
    assert.deepEqual(
      speakers(
        'Lib Dem spokesman Tom Hale said instead of the "bonfire of rules" the party had promised, there had been an "explosion".',
      ),
      ['Tom Hale', 'Tom Hale'],
    );
  });

  it('keeps \'It was a "disgrace" the minister said.\' a tag whose comma was left out', () => {
    assert.deepEqual(speakers('It was a "disgrace" the minister said.'), ['the minister']);
  });
});

describe('a sentence after a quotation telling that someone gave no comment (NO_COMMENT)', () => {
  it('does not give the words to those "unavailable for comment"', () => {
    assert.deepEqual(
      speakers(
        'The report was published on Monday. "We would abolish many and merge others." Labour officials were unavailable for comment.',
      ),
      [null],
    );
  });
});

describe('the writer vouching for a mental state or an outcome (phrases)', () => {
  it('reads "X is clearly hoping for …" as the writer\'s reading', () => {
    assert.equal(labelOf('But Mr Kennedy is clearly hoping for a better result.'), 'framing');
  });

  it('reads "it was virtually certain …" as the writer\'s guess', () => {
    assert.equal(
      labelOf('It was virtually certain his pledge was meant to be the core message.'),
      'framing',
    );
  });

  it('reads "with impeccable timing" as a verdict', () => {
    assert.equal(
      labelOf('With impeccable timing, the defector tried to overshadow the launch.'),
      'framing',
    );
  });

  it('reads "was not falling into that trap" as the writer\'s figure', () => {
    assert.equal(labelOf('Mr Kennedy was not falling into that trap when he spoke.'), 'framing');
  });

  it('keeps "clearly visible" a plain report', () => {
    assert.equal(labelOf('The comet was clearly visible on Monday.'), 'fact');
  });
});

describe('a verb in -s after an aside between commas (nounReadAsVerb)', () => {
  it('reads "The union, however, claims that …" as the union\'s claim', () => {
    assert.equal(labelOf('The union, however, claims that jobs will go.'), 'attributed');
  });

  it('reads "Labour, in particular, fears that …" as Labour\'s view', () => {
    assert.equal(labelOf('Labour, in particular, fears that supporters may switch.'), 'attributed');
  });
});

describe('making a clause plain (make it clear)', () => {
  it('reads "X made it clear he was determined to …" as X\'s words', () => {
    assert.equal(labelOf('Mr Kennedy made it clear he was determined to fight.'), 'attributed');
  });

  it('keeps "The rain made it hard to see" plain', () => {
    assert.equal(labelOf('The rain made it hard to see.'), 'fact');
  });
});

describe('a report noting a clause (sent texts)', () => {
  it('reads "published a report noting the chief had left" as the report\'s words', () => {
    assert.equal(
      labelOf('The committee published a report noting the chief executive had left.'),
      'attributed',
    );
  });
});

describe('a relative clause opened by "whose" and a title with a colon (subjectBefore)', () => {
  it('gives "The actor, whose films include Star Wars: The Phantom Menace, said" to the actor', () => {
    assert.deepEqual(
      speakers('The actor, whose films include Star Wars: The Phantom Menace, said: "It was fun."'),
      ['The actor'],
    );
  });
});

describe('a second participle after a "with" phrase (withParticiple)', () => {
  it('gives "…, with X marching up to him, saying “…”" to X', () => {
    assert.deepEqual(
      speakers(
        'The trouble began on the show, with Ann Roe marching up to him, saying "that is rubbish" as she waved.',
      ),
      ['Ann Roe'],
    );
  });
});

describe('a film title read as an adverb before a job and a name (retagAdverbNames)', () => {
  it('gives "…," said Sideways producer Ann Roe to Ann Roe', () => {
    assert.deepEqual(speakers('"These awards mean everything," said Sideways producer Ann Roe.'), [
      'Ann Roe',
    ]);
  });
});

describe('a gerund after a verb of saying in -s (GERUND_TAKERS)', () => {
  it('reads "Jones opposes repealing the law" as his stance', () => {
    assert.equal(labelOf('Jones opposes repealing the healthcare law.'), 'attributed');
  });
});

describe('casting something as something (cast)', () => {
  it('reads "Schumer cast the results as a repudiation" as his words', () => {
    assert.equal(
      labelOf('Speaking to reporters, Schumer cast the results as a repudiation of the policies.'),
      'attributed',
    );
  });

  it('keeps "cast his vote" an act', () => {
    assert.equal(labelOf('He cast his vote on Monday.'), 'fact');
  });
});

describe('an attack made somewhere words go (attackedIn)', () => {
  it('reads "attacked Corker and Flake on Twitter" as words', () => {
    assert.equal(labelOf('Trump has attacked Corker and Flake on Twitter.'), 'attributed');
  });

  it('keeps "Rebels attacked the town on Monday" an act', () => {
    assert.equal(labelOf('Rebels attacked the town on Monday.'), 'fact');
  });
});

describe('permits denied (withheld)', () => {
  it('reads "Some states deny permits to people who …" as an act', () => {
    assert.equal(labelOf('Some states deny permits to people who have committed crimes.'), 'fact');
  });
});

describe('the agent of "being pursued by" after a noun (isByAgent)', () => {
  it('lets a later "he said" go to the subject, not to the one the policies are pursued by', () => {
    assert.deepEqual(
      speakers(
        'Speaking to reporters, Chuck Schumer cast the results as a rebuke of the policies being pursued by President Donald Trump. "The brand is toxic," he said.',
      ),
      ['Chuck Schumer'],
    );
  });
});

describe('"claiming" after a phrase of the verb, no comma (objectBefore)', () => {
  it('reads "sued in 2010 claiming the law was …" as their claim', () => {
    assert.equal(
      labelOf('The group and several others sued in 2010 claiming the law was unconstitutional.'),
      'attributed',
    );
  });

  it('keeps "with 90 percent polled in January saying …" a side phrase', () => {
    assert.equal(
      labelOf('Morale has fallen, with 90 percent polled in January saying they are tired.'),
      'fact',
    );
  });
});

describe('a role played down (PLAYED_DOWN)', () => {
  it('reads "has played down the president\'s involvement" as words', () => {
    assert.equal(
      labelOf("Ball has played down the president's involvement in the release."),
      'attributed',
    );
  });
});

describe('a headline speaker named only by party (partyRole)', () => {
  it('gives the words of "Top Democrat warns of \'…\'" to the member the lead names', () => {
    assert.deepEqual(
      speechSpeakersOf(
        "Top Democrat warns of 'constitutional crisis'\n\nSenator Ann Roe of Virginia said on Friday that firing the counsel could cause a constitutional crisis.",
      ),
      ['Ann Roe'],
    );
  });
});

describe('touting, repeating after a time phrase, projecting, guidance, calling it something (reports)', () => {
  it('reads "has touted the bill as a tax cut" as the subject\'s words', () => {
    assert.equal(
      labelOf('For months, Trump has touted the bill as a middle-class tax cut.'),
      'attributed',
    );
  });

  it('reads "repeated on Saturday that …" as words said again', () => {
    assert.equal(labelOf('Trump repeated on Saturday that the overhaul would help.'), 'attributed');
  });

  it('reads "Studies have projected that …" as their forecast, and "projected their visions" as no report', () => {
    assert.deepEqual(
      [
        labelOf('Studies have projected that the rich would benefit most.'),
        labelOf('News media projected their own visions on to it.'),
      ],
      ['attributed', 'fact'],
    );
  });

  it('reads "issued guidance saying that …" as the guidance\'s words', () => {
    assert.equal(
      labelOf(
        'The Treasury issued guidance over the weekend saying that pre-payments would not count.',
      ),
      'attributed',
    );
  });

  it('reads ", calling it a giveaway" as the subject\'s words', () => {
    assert.equal(
      labelOf('Democrats are unified against the measure, calling it a giveaway to corporations.'),
      'attributed',
    );
  });

  it('keeps "The bill would maintain seven brackets" a plain statement', () => {
    assert.equal(labelOf('The bill would maintain seven income tax brackets.'), 'fact');
  });
});

describe('a quote mark printed the wrong way (findQuoteMarks)', () => {
  it('lets a “ between spaces close the quotation, so the sentences after it are no quotation', () => {
    assert.deepEqual(
      labels(
        'The court found that free speech does not “disable a district court “ from acting. A grand jury indicted the pair in October.',
      ).slice(1),
      ['fact'],
    );
  });

  it('reads ”bona fide” opened the wrong way as one quotation', () => {
    assert.deepEqual(
      quotes('The rule required refugees with ”bona fide” ties to be exempted.').map((q) => q.text),
      ['bona fide'],
    );
  });
});

describe('a pronoun after a sentence whose first subject said something (latestSentence)', () => {
  it('gives "he said" to the one who said, not to the man he spoke of', () => {
    assert.deepEqual(
      speakers(
        'Senate leader Chuck Schumer spoke on Thursday. Earlier, Schumer said President Donald Trump seemed to want a shutdown.\n\n"His party controls the Senate," he said.',
      ),
      ['Chuck Schumer'],
    );
  });
});

describe('a day closing an "according to" phrase (personName)', () => {
  it('does not give the words to "Friday"', () => {
    const found = speakers(
      'He took documents that contained "highly classified information," according to court records unsealed Friday.',
    );
    assert.notDeepEqual(found, ['Friday']);
  });
});

describe('railing against, taking issue with, lauding as (verbs of judging)', () => {
  it('reads "railed against Doug Jones" and "took issue with the measure" as words', () => {
    assert.deepEqual(
      [
        labelOf('Conway railed against Doug Jones, the Democrat.'),
        labelOf('The official took issue with the measure.'),
      ],
      ['attributed', 'attributed'],
    );
  });

  it('keeps "took the issue to court" an act', () => {
    assert.equal(labelOf('He took the issue to court.'), 'fact');
  });

  it('gives the words after "lauded his meetings as" to the one who lauded them', () => {
    assert.deepEqual(speakers('Trump lauded his meetings on trade as "very productive".'), [
      'Trump',
    ]);
  });
});

describe('a preposition opening a quotation before a name (OPENING_PREPOSITIONS)', () => {
  it('does not make "Given" part of the name in "“Given Alex Azar’s background, …”"', () => {
    const found = speakers(
      'Senator Ann Roe tweeted, “Given Alex Azar’s professional background, there are concerns on whether he can lower prices.” Patient group Public Citizen said Azar has made it clear he is opposed to measures “to restrain prescription companies’ profiteering”.',
    );
    assert.ok(!found.some((name) => name?.startsWith('Given')), JSON.stringify(found));
  });
});
