import assert from 'node:assert/strict';
import {
  bodySentences,
  labelOf,
  labels,
  speakers,
  speechSpeakersOf,
} from './helpers/short-article.ts';

describe('what polls show, opening a sentence (retagPluralFindings)', () => {
  it('attributes "Polls show …", where the parser read "show" as a noun', () => {
    assert.equal(labelOf('Polls show Trump trailing in Florida.'), 'attributed');
  });

  it('attributes "Studies find …" the same way', () => {
    assert.equal(labelOf('Studies find most voters oppose the deal.'), 'attributed');
  });

  it('leaves what photographs show as fact: a picture is no source of a finding', () => {
    assert.equal(labelOf('Photos show the bridge after the storm.'), 'fact');
  });
});

describe("a poll's finding in the perfect (documentFinding)", () => {
  it('attributes "National polls have shown Clinton ahead"', () => {
    assert.equal(labelOf('National polls have shown Clinton ahead since June.'), 'attributed');
  });

  it('leaves a person who has shown something as fact', () => {
    assert.equal(labelOf('The senator has shown the letter to reporters.'), 'fact');
  });
});

describe('an outlet that quoted someone, after the quotation (quotedObject)', () => {
  it('gives the words to the one quoted, not to the newspaper', () => {
    assert.deepEqual(
      speakers(
        '“Observation at the polls should not cross the line,” The Christian Science Monitor quoted Ned Foley, a law professor.',
      ),
      ['Ned Foley'],
    );
  });

  it('does so for an unnamed source quoted by a paper', () => {
    assert.deepEqual(speakers('“It is key,” the newspaper quoted a spokesman.'), ['a spokesman']);
  });

  it('still gives the words to the paper when it only informed someone', () => {
    assert.deepEqual(speakers('“It is key,” the paper informed the minister.'), ['the paper']);
  });
});

describe('a threat made by a person (statedThreat)', () => {
  it('attributes "Trump has threatened to sue …" as a stated intent, like a vow', () => {
    assert.equal(labelOf('Trump has threatened to sue The New York Times.'), 'attributed');
  });

  it("attributes a pronoun subject's threat", () => {
    assert.equal(labelOf('He threatened to resign.'), 'attributed');
  });

  it("keeps a thing that threatens to do something as the writer's forecast", () => {
    assert.equal(labelOf('The storm threatens to flood the city.'), 'framing');
  });

  it('keeps a named storm\'s threat a forecast ("Hurricane Matthew threatens to …")', () => {
    assert.equal(labelOf('Hurricane Matthew threatens to flood the coast.'), 'framing');
  });
});

describe('a charge laid in words (charged that)', () => {
  it('attributes "X charged that …"', () => {
    assert.equal(labelOf('Trump charged that the deal would collapse.'), 'attributed');
  });

  it('leaves the police charging someone with a crime as fact', () => {
    assert.equal(labelOf('Police charged two men with burglary on Monday.'), 'fact');
  });
});

describe('an estimate of likelihood as a predicate (epistemicPredicate)', () => {
  it('frames "It is possible that …"', () => {
    assert.equal(labelOf('It is possible that Trump is behind the bump.'), 'framing');
  });

  it('frames "is almost impossible to overcome"', () => {
    assert.equal(labelOf('The math is almost impossible to overcome.'), 'framing');
  });

  it('leaves what can be done ("possible to buy") as fact', () => {
    assert.equal(labelOf('It is possible to buy tickets online.'), 'fact');
  });

  it('leaves "possible" as an attribute and "as soon as possible" as fact', () => {
    assert.equal(labelOf('The court set the earliest possible date for the hearing.'), 'fact');
    assert.equal(labelOf('The city will reopen the bridge as soon as possible.'), 'fact');
  });
});

describe('the writer\'s comment on a whole claim ("interestingly")', () => {
  it('frames a sentence opened by "Interestingly"', () => {
    assert.equal(labelOf('Interestingly, Democrats have moved left.'), 'framing');
  });
});

describe('a verb in -s after a relative "who" (retagRelativeVerbs)', () => {
  it('attributes "Name, an independent who caucuses with Democrats, said …"', () => {
    assert.equal(
      labelOf('King, an independent who caucuses with Democrats, said he is surprised.'),
      'attributed',
    );
  });

  it('attributes such a sentence whatever the verb ("told reporters")', () => {
    assert.equal(
      labelOf(
        'Smith, an independent who votes with Democrats, told reporters the bill would fail.',
      ),
      'attributed',
    );
  });
});

describe('a pronoun in a clause set before the subject looks ahead to it (cataphoricSubject)', () => {
  it('reads "While he may be sincere …, the notion that Romney …" as Romney, whom a later "he said" means', () => {
    const article = [
      'Romney returns',
      '',
      'Mitt Romney spoke on Friday.',
      'Even conservatives like Sens. Rand Paul and Ted Cruz paid lip service to the matter.',
      'While he may be sincere in his pursuit, the notion that Romney would be the best candidate is puzzling.',
      '“I care about Americans,” he said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Mitt Romney']);
  });
});

describe('a former holder of a title with a place before it (addTitledSubject)', () => {
  it('reads "The former Massachusetts governor … he" as the one the story is about', () => {
    const article = [
      'Romney returns',
      '',
      'Mitt Romney spoke on Friday.',
      'Even conservatives like Sens. Rand Paul and Ted Cruz paid lip service to the matter.',
      'The former Massachusetts governor did not have just one misstep.',
      '“I care about Americans,” he said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Mitt Romney']);
  });

  it('does not give it to another holder of the title named elsewhere ("Former Florida Gov. Jeb Bush")', () => {
    const article = [
      'Romney returns',
      '',
      'Mitt Romney spoke on Friday.',
      'Former Florida Gov. Jeb Bush lamented the lost decade.',
      'The former Massachusetts governor did not have just one misstep.',
      '“I care about Americans,” he said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Mitt Romney']);
  });
});

describe("a body's acronym in brackets closing an apposition (beforeAcronym)", () => {
  it('gives the words to the name, not to the description before "(MADAR)"', () => {
    assert.deepEqual(
      speakers(
        '“The experience is clear,” Huneida Ghanem, the general director of the Palestinian Forum for Israeli Studies (MADAR), told Salon.',
      ),
      ['Huneida Ghanem'],
    );
  });
});

describe('"Al" opening a body\'s name (articleBody)', () => {
  it('does not take Al Qaeda for the "he" of the next quotation', () => {
    const article = [
      'Yemen pullout',
      '',
      'Mac Thornberry, chairman of the House Armed Services Committee, spoke on Sunday.',
      'But Thornberry said there is now “less pressure” on the chief enemy in that region, Al Qaeda in the Arabian Peninsula, which he described as a “serious” threat.',
      '“That makes it easier for them to plot against us,” he said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Mac Thornberry', 'Mac Thornberry']);
  });

  it('still reads "Al Franken" as a man a later "he" may mean', () => {
    const article = [
      'Franken speaks',
      '',
      'Sen. Al Franken spoke on Sunday.',
      '“That makes it easier for them to plot against us,” he said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Al Franken']);
  });
});

describe('an as-clause of saying closing the sentence (asSaidClause, tagFrom)', () => {
  it('gives a quotation before ", as The New York Times reports" to the paper', () => {
    assert.deepEqual(
      speakers(
        'Trump leads thanks to the state “growing older and whiter,” as The New York Times reports.',
      ),
      ['The New York Times'],
    );
  });

  it('gives one before "as he claimed in his victory speech Tuesday night" to the man named before', () => {
    const article = [
      'Cruz wins',
      '',
      'Ted Cruz won the Wisconsin primary on Tuesday.',
      'His victory does not prove that he is “uniting the Republican Party,” as he claimed in his victory speech Tuesday night.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Ted Cruz']);
  });

  it('attributes a sentence closed by ", as the paper reported on Sunday."', () => {
    assert.equal(
      labelOf('The state is growing older, as the paper reported on Sunday.'),
      'attributed',
    );
  });

  it('leaves an as-clause of time closing the sentence as no report', () => {
    assert.equal(
      labelOf('Shares fell sharply, as the company reported a loss for the quarter.'),
      'fact',
    );
    assert.deepEqual(
      speakers('He was identified only as “Mr. A” as the international investigation continued.'),
      [null],
    );
  });
});

describe('a closing tag in the middle of an article (sentenceEnd)', () => {
  it('reads ", reports the Daily Mail." as a tag in any sentence, not only the last', () => {
    const body = [
      'Prices rose sharply in March, reports the Daily Mail.',
      'The rise was the largest in a decade.',
    ].join('\n');
    assert.deepEqual(labels(body), ['attributed', 'fact']);
  });
});

describe('a father and a son of one name (plainFirst)', () => {
  it('gives "Trump" to Donald Trump, not to Donald Trump Jr., and "Trump Jr." to the son', () => {
    const article = [
      'Trump picks',
      '',
      'Donald Trump spoke on Tuesday.',
      'His son Donald Trump Jr. joined him.',
      '“I am getting attacked from all sides,” Trump told The Wall Street Journal.',
      '“It is great,” Trump Jr. said.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Donald Trump', 'Donald Trump Jr.']);
  });
});

describe('an apposition graded by an adverb and joined by "and" (pieceKind)', () => {
  it('gives the words to the name before "a widely respected aviation expert and editor of …"', () => {
    assert.deepEqual(
      speakers(
        '“Engine overheat is rare,” David Learmount, a widely respected aviation expert and editor of the authoritative Flightglobal magazine, said.',
      ),
      ['David Learmount'],
    );
  });
});

describe('verbs of mocking, bemoaning and disavowing (verb-classes.ts)', () => {
  it('attributes what a person mocked, ridiculed, bemoaned or disavowed', () => {
    assert.deepEqual(
      labels(
        [
          'Sanders mocked Clinton’s defense of the bank.',
          'The senator ridiculed the decision.',
          'The senator bemoaned the decision.',
          'Rubio has since disavowed the legislation.',
        ].join('\n'),
      ),
      ['attributed', 'attributed', 'attributed', 'attributed'],
    );
  });
});

describe('an as-clause after words someone said (saidBefore) or with "it" (asSaidClause)', () => {
  it('keeps the words of "Koch said … was “a blood libel”, as the Associated Press reported" Koch\'s', () => {
    const article = [
      'Koch speaks',
      '',
      'Charles Koch spoke on Sunday.',
      'Koch said the notion he would support Clinton was “a blood libel”, as the Associated Press reported.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Charles Koch']);
  });

  it('attributes a sentence opened by "As one aide put it,"', () => {
    assert.equal(labelOf('As one aide put it, the campaign is over.'), 'attributed');
  });
});

describe('segmentation of US political copy (abbreviations.ts, boundaries.ts opensSentence)', () => {
  it('does not end a sentence after "Sens." or "Reps." before the names', () => {
    assert.equal(
      bodySentences(
        'A companion bill is sponsored by Sens. Susan Collins and Joe Donnelly. It passed.',
      ).length,
      2,
    );
  });

  it('does not end a sentence at an ellipsis right after the opening quotation mark', () => {
    const sentences = bodySentences(
      'Trump said he liked it.\n\n“… I mean, that is a great compliment.”',
    );
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Trump said he liked it.', '“… I mean, that is a great compliment.”'],
    );
  });

  it('still ends a sentence at an ellipsis that trails off after a word', () => {
    assert.equal(bodySentences('He hesitated... Then he spoke.').length, 2);
  });
});

describe('an apposition with a participle clause (reducedRelativeAt)', () => {
  it('gives the words to the name before "the State Department official tasked with leading the QDDR"', () => {
    assert.deepEqual(
      speakers(
        'The point was “not looking at the crisis of the day,” Tom Perriello, the State Department official tasked with leading the QDDR, said in a press briefing.',
      ),
      ['Tom Perriello'],
    );
  });
});

describe("the share of framing among the writer's own sentences (rateInArticle, LONE_CUE_MAX_SHARE)", () => {
  const body = (loneCue: string) =>
    [
      '“We will fight on,” Clinton said on Monday.',
      'Sanders said he would stay in the race.',
      '“It is a long campaign,” an aide told reporters.',
      'Trump said the rules were rigged.',
      'Cruz told supporters the nomination was within reach.',
      '“We will win in June,” Kasich said.',
      'The senator said the party must unite.',
      'The debate was held in Las Vegas.',
      loneCue,
    ].join('\n');

  it('keeps a lone framing word framing in a piece whose own sentences frame, however many quotations surround them', () => {
    const labelsOf = labels(body('The crowd was enthusiastic.'));
    assert.equal(labelsOf.at(-1), 'framing');
  });

  it("still demotes it where the writer's own sentences report plainly", () => {
    const plain = [
      'The debate was held in Las Vegas on Wednesday.',
      'It began at 9 p.m. and lasted two hours.',
      'Chris Wallace of Fox News moderated it.',
      'Six candidates took part.',
      'The next debate is in October.',
      'Tickets were given to party members.',
      'The hall seats 4,000 people.',
      'The crowd was enthusiastic.',
    ].join('\n');
    assert.equal(labels(plain).at(-1), 'fact');
  });
});

describe('an as-clause of saying right before the words (leftCue, grammar/as-said-clause.ts)', () => {
  it('gives “…” after "As Thomas Mann … has described it," to Thomas Mann', () => {
    assert.deepEqual(
      speakers(
        'As Thomas Mann of the Brookings Institution has described it, “Republicans have become a radical insurgency.”',
      ),
      ['Thomas Mann'],
    );
  });

  it('leaves an as-clause of time to the tag after the words', () => {
    assert.deepEqual(speakers('As the crowd left, “we will be back,” one man shouted.'), [
      'one man',
    ]);
  });
});

describe('a text put out with the phrasal "put out" (issuerOf)', () => {
  it('gives the words quoted after "X put out a statement" to X', () => {
    const body = [
      'The House Appropriations Committee put out a statement on Monday.',
      '“We are pleased that agencies are heeding our call.”',
    ].join('\n');
    assert.deepEqual(speakers(body), ['House Appropriations Committee']);
  });

  it('reads no text put out in "put out a fire"', () => {
    assert.deepEqual(
      speakers('The firm put out a fire in the kitchen.\n“We are pleased,” the chef said.'),
      ['the chef'],
    );
  });
});

describe('military ranks and a tag with an apposition after "!” (abbreviations.ts, segment/reporting.ts)', () => {
  it('does not end a sentence after "Brig." and keeps "!” Name, the …, radioed" with its words', () => {
    const sentences = bodySentences(
      'The convoy stopped. “Suicide bomber! Suicide bomber!” Brig. Gen. Rawan Barzani, the special forces commander, radioed to his men.',
    );
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'The convoy stopped.',
        '“Suicide bomber!',
        'Suicide bomber!” Brig. Gen. Rawan Barzani, the special forces commander, radioed to his men.',
      ],
    );
    assert.deepEqual(
      sentences.flatMap((s) => s.quotes.map((q) => q.speaker)),
      ['Rawan Barzani', 'Rawan Barzani'],
    );
  });

  it('still ends the sentence at "!” The crowd …" where no verb of saying follows', () => {
    assert.equal(bodySentences('“Stop!” The crowd went silent.').length, 2);
  });
});

describe('a lower-case hyphened compound is no part of a name (grammar/names.ts lowerHyphenCompound)', () => {
  it('keeps "the Democratic front-runner" as a description, not a person named "runner"', () => {
    assert.deepEqual(speakers('“We will win,” the Democratic front-runner said.'), [
      'the Democratic front-runner',
    ]);
  });

  it('still joins a hyphened given name ("Tong Yung-soo", "Jean-Pierre Raffarin")', () => {
    assert.deepEqual(
      speakers('“We will win,” Tong Yung-soo said.\n“We agree,” Jean-Pierre Raffarin said.'),
      ['Tong Yung-soo', 'Jean-Pierre Raffarin'],
    );
  });
});
