import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, labels, quotes, speakers } from './helpers/short-article.ts';

describe('a life taken by a disaster (wonThing)', () => {
  it('reads "claimed the lives of 35 people" as an event, not a claim', () => {
    assert.equal(labelOf('Bomb attacks on a market claimed the lives of 35 people.'), 'fact');
  });

  it('reads "The storm claimed three lives" as an event', () => {
    assert.equal(labelOf('The storm claimed three lives on Sunday.'), 'fact');
  });

  it('keeps "claimed his life was in danger" a claim', () => {
    assert.equal(labelOf('The driver claimed his life was in danger.'), 'attributed');
  });
});

describe('an opening mark stuck to the end of the sentence before (openedAtSentenceEnd)', () => {
  const body =
    'Residents took the debris home." A resident had found it on the beach. Nobody thought twice about it," ' +
    'said Mohamed Ibrahim, a councilman.';

  it('finds the quotation that runs from the next sentence to the closing mark', () => {
    assert.deepEqual(
      quotes(body).map((q) => [q.text, q.speaker]),
      [
        ['A resident had found it on the beach.', 'Mohamed Ibrahim'],
        ['Nobody thought twice about it,', 'Mohamed Ibrahim'],
      ],
    );
  });

  it('labels the sentence the mark is stuck to by its own words', () => {
    assert.deepEqual(labels(body), ['fact', 'attributed', 'attributed']);
  });

  it('keeps a closing mark that closes a quotation open before it', () => {
    assert.deepEqual(
      quotes('He said: "We will win." The next day, rain fell," he added.').map((q) => q.text),
      ['We will win.'],
    );
  });
});

describe('a speaker quoted in the passive, closing the quotation (quotedAsSaying)', () => {
  it('reads "one resident was quoted as saying" as the resident\'s words', () => {
    assert.deepEqual(
      speakers('"I could make out the doors", one resident was quoted as saying to the newspaper.'),
      ['one resident'],
    );
  });

  it('steps over "has also been" before "quoted as saying"', () => {
    assert.deepEqual(
      speakers('"We will rebuild," Mayor Ann Berg has also been quoted as saying.'),
      ['Ann Berg'],
    );
  });
});

describe('a verb of saying asked of "you" in a question (askedOfYou)', () => {
  it('reads "First of all, could you explain what the movement is about?" as no report', () => {
    assert.notEqual(
      labelOf('First of all, could you explain what the movement is about?'),
      'attributed',
    );
  });

  it('keeps "He asked whether officials had said the plan would work?" a report', () => {
    assert.equal(labelOf('He asked whether officials had said the plan would work?'), 'attributed');
  });
});

describe('a speaker described by where they work (worksAt)', () => {
  it('keeps "a staff member at Shangri-La\'s Rasa Sentosa Resort & Spa" whole', () => {
    assert.deepEqual(
      speakers(
        'Later, a staff member at Shangri-La\'s Rasa Sentosa Resort & Spa, who saw it, stated, "It was quick."',
      ),
      ["a staff member at Shangri-La's Rasa Sentosa Resort & Spa"],
    );
  });

  it('reads "a nurse at the Mercy Hospital" as the nurse, not the hospital', () => {
    assert.deepEqual(speakers('Later, a nurse at the Mercy Hospital said, "We were ready."'), [
      'a nurse at the Mercy Hospital',
    ]);
  });

  it('keeps the name after a title with "of": "Secretary of State Hillary Clinton"', () => {
    assert.deepEqual(speakers('Secretary of State Hillary Clinton said, "We were ready."'), [
      'Hillary Clinton',
    ]);
  });
});

describe('an acronym spelled out in brackets (spelledOutAcronym)', () => {
  it('names "MOM" by "the Ministry of Manpower\'s (MOM)" written before', () => {
    assert.deepEqual(
      speakers(
        'Staff helped the Ministry of Manpower\'s (MOM) inspectors. MOM stated, "We were informed of an incident."',
      ),
      ['Ministry of Manpower'],
    );
  });

  it('leaves an acronym whose brackets follow other words as written', () => {
    assert.deepEqual(
      speakers(
        'Staff helped the city inspectors (MOM). MOM stated, "We were informed of an incident."',
      ),
      ['MOM'],
    );
  });
});

describe("a firm's name short of its legal form (legalName)", () => {
  it('names "Haw Par" by "Haw Par Corporation" written before', () => {
    assert.deepEqual(
      speakers(
        'The operator Haw Par Corporation runs the park. Haw Par has pledged the family "all possible support".',
      ),
      ['Haw Par Corporation'],
    );
  });
});

describe('a verb of saying in a side clause before the quotation (inSideClause)', () => {
  it('gives the quotation to the one who said the sentence, not to the side clause', () => {
    assert.deepEqual(
      speakers(
        'William Hamilton said while the Church opposes the bill, they stand against abuse and "will continue to be a voice" in the debate.',
      ),
      ['William Hamilton'],
    );
  });
});

describe('a presumed death after a disaster (agentless belief passive)', () => {
  it('reads "All 239 passengers and crew are believed to be dead" as no estimate of the writer', () => {
    assert.notEqual(labelOf('All 239 passengers and crew are believed to be dead.'), 'framing');
  });

  it('keeps "The plan is thought to be doomed" the writer\'s hidden view', () => {
    assert.equal(labelOf('The plan is thought to be doomed.'), 'framing');
  });
});

describe('a hedge in a side clause (inSubordinateClause)', () => {
  it('reads "crashed after they reportedly collided" as the crash, a fact', () => {
    assert.equal(labelOf('Two helicopters crashed after they reportedly collided.'), 'fact');
  });

  it('keeps "the plane reportedly crashed" after a fronted phrase a report', () => {
    assert.equal(labelOf('After the storm, the plane reportedly crashed.'), 'attributed');
  });
});

describe('an "according to" between the verb and the quotation (nearerAccording)', () => {
  it('gives the quotation to the nearer source', () => {
    assert.deepEqual(
      speakers(
        'Astronomers revealed a planet, and according to professor Scott Gaudi, it is "the hottest planet ever found".',
      ),
      ['Scott Gaudi'],
    );
  });
});

describe('an adverb between "as" and the quotation (describingVerb)', () => {
  it('gives "described by the Post as partly “…”" to the Post', () => {
    assert.deepEqual(
      speakers(
        'Bonner was born in 1923. She wrote a memoir, described by the Harbour Post as partly "a love story of sacrifice."',
      ),
      ['Harbour Post'],
    );
  });
});

describe('a standing position held by a body (oppose in the present)', () => {
  it('reads "The Church of Scotland opposes the Bill" as the church\'s stance', () => {
    assert.equal(
      labelOf('The Roman Catholic Church and the Church of Scotland both oppose the Bill.'),
      'attributed',
    );
  });

  it('keeps "The Senate rejected the bill" a vote', () => {
    assert.equal(labelOf('The Senate rejected the bill.'), 'fact');
  });
});

describe('words challenged (challenge with a saying or a standing as object)', () => {
  it('reads "groups have challenged Gerard\'s comments" as their stance', () => {
    assert.equal(
      labelOf('Support groups have already challenged Gerard’s comments.'),
      'attributed',
    );
  });

  it('keeps "challenged the champion to a rematch" an act', () => {
    assert.equal(labelOf('He challenged the champion to a rematch.'), 'fact');
  });
});

describe('a message given to someone named before it (messageGiven)', () => {
  it('reads "Leaders paid Bonner tribute" as their words', () => {
    assert.equal(labelOf('Leaders and politicians paid Bonner tribute.'), 'attributed');
  });

  it('keeps "paid Smith a visit" an act', () => {
    assert.equal(labelOf('Leaders and politicians paid Smith a visit.'), 'fact');
  });
});

describe('a comment adverb of the writer (COMMENT_ADVERBS)', () => {
  it('reads "was understandably upset" as the writer\'s comment', () => {
    assert.equal(labelOf('The mayor was understandably upset by the vote.'), 'framing');
  });
});

describe('a stance in a phrase of concession (concessive)', () => {
  it('reads "held, despite objections from the government" as the holding, a fact', () => {
    assert.equal(
      labelOf(
        'Five men are still held by the authorities, despite objections from the Iranian government.',
      ),
      'fact',
    );
  });

  it('keeps "The plan drew objections from the government" a stance', () => {
    assert.equal(labelOf('The plan drew objections from the Iranian government.'), 'attributed');
  });
});

describe('a hedge on a side detail or a modal in a clause of time (withoutSideHedges)', () => {
  it('reads "…, possibly targeting a police patrol" as the blast, a fact', () => {
    assert.equal(
      labelOf('A parked minibus blew up in a busy street, possibly targeting a police patrol.'),
      'fact',
    );
  });

  it('reads "before it could be examined" as what happened, a fact', () => {
    assert.equal(
      labelOf(
        'An investigation began, but before it could be examined, the debris had been sent away.',
      ),
      'fact',
    );
  });

  it('keeps "The plan could possibly fail" the writer\'s speculation', () => {
    assert.equal(labelOf('The plan could possibly fail.'), 'framing');
  });
});

describe('"per" a scheme or a rule (PER_ARRANGEMENT_NOUNS)', () => {
  it('reads "Per this regulation, …" as what the rule laid down, a fact', () => {
    assert.equal(
      labelOf('Per this regulation, collective punishment of a tribe was possible.'),
      'fact',
    );
  });

  it('keeps "Per the ministry, …" a source', () => {
    assert.equal(
      labelOf('Per the ministry, collective punishment of a tribe was possible.'),
      'attributed',
    );
  });
});

describe('an office described at length, its holder named next (describedThenNamed)', () => {
  it('gives "the U.S. military\'s intelligence chief in Afghanistan" the name the next sentence reports', () => {
    assert.deepEqual(
      speakers(
        'The U.S. military\'s intelligence chief in Afghanistan has criticized the agencies, saying they are "ignorant". General Michael Flynn says efforts have focused on insurgents.',
      ),
      ['Michael Flynn'],
    );
  });
});

describe('a hedge after a relative clause a comma has closed (inOpenRelative)', () => {
  it('reads "…, who said …, Mugabe was reportedly warmly received" as a report', () => {
    assert.equal(
      labelOf(
        'Despite criticism from the observers, who said the vote fell short of their standards, Mugabe was reportedly warmly received.',
      ),
      'attributed',
    );
  });

  it('keeps a hedge inside an open relative clause on its noun ("a group which reportedly has ties")', () => {
    assert.equal(labelOf('The police arrested a man who reportedly has ties to the gang.'), 'fact');
  });
});

describe('speakers of session 25, round 281', () => {
  it('reads "Dodds of Time Magazine points out, “…”" as Dodds\'s words', () => {
    assert.deepEqual(
      speakers(
        'Dodds of Time Magazine points out, "At first glance, the brand seems a logical target."',
      ),
      ['Dodds'],
    );
  });

  it('reads "The paper quotes Paul Hurley as saying, “…”" with "quotes" in the present', () => {
    assert.deepEqual(speakers('The paper quotes Paul Hurley as saying, "We are not stupid."'), [
      'Paul Hurley',
    ]);
  });

  it('gives "claimed the current results show that he will have a ‘sweeping victory’" to the claimant', () => {
    assert.deepEqual(
      speakers(
        "Robert Mugabe yesterday claimed the current results show that he will have a 'sweeping victory' in the run-off.",
      ),
      ['Robert Mugabe'],
    );
  });
});

describe('a social-media profile speaking for its owner (channelOwner)', () => {
  it('gives "The official profile of The Cranberries posted …" to the band', () => {
    assert.deepEqual(
      speakers(
        'The official profile of The Cranberries posted a message saying, "We are devastated."',
      ),
      ['The Cranberries'],
    );
  });
});

describe('a subject with a passive in progress after it (participleHead)', () => {
  it('reads "A draft resolution being considered for adoption on Tuesday calls for …" as the resolution\'s call', () => {
    assert.equal(
      labelOf(
        'A draft resolution being considered for adoption on Tuesday calls for negotiations.',
      ),
      'attributed',
    );
  });
});

describe('a place is no misspelling of its people (spellingVariant)', () => {
  it('keeps "Russia Today" apart from a "Negative Russian" met before', () => {
    assert.deepEqual(
      speakers(
        'Negative Russian attitudes are common. Russia Today said, "Laws are meant to keep minors safe."',
      ),
      ['Russia Today'],
    );
  });
});

describe('reassuring someone of a clause (reassure, TRYING_WORDS)', () => {
  it('reads "have attempted to reassure groups who oppose it they will not be required" as the ministers\' words', () => {
    assert.equal(
      labelOf(
        'Ministers have attempted to reassure groups who oppose same-sex marriage they will not be required to act.',
      ),
      'attributed',
    );
  });

  it('keeps "The figures reassured investors" and "tried to add two members" no report', () => {
    assert.equal(labelOf('The figures reassured investors on Monday.'), 'fact');
    assert.equal(labelOf('He tried to add two members to the board.'), 'fact');
  });
});

describe('a stance held of a clause holding the quotation (CLAUSE_STANCE_ADJECTIVES in leftCue)', () => {
  it('gives "Trotter seemed unconvinced that bracelets were an “accepted way …”" to the judge', () => {
    assert.deepEqual(
      speakers(
        'Justice Gary Trotter ruled on Tuesday. However, Trotter seemed unconvinced that bracelets were an "accepted way of monitoring people".',
      ),
      ['Gary Trotter'],
    );
  });
});

describe('an age between a verb of finding and its clause (timeThenThat)', () => {
  it('reads "decided at the age of fourteen that he was …" as his claim', () => {
    assert.equal(
      labelOf('Baba decided at the age of fourteen that he was the reincarnation of a guru.'),
      'attributed',
    );
  });
});

describe('a thing reported with nobody named, closing the sentence (reportedAlone)', () => {
  it('reads "One attack by counter-demonstrators was reported." as a report', () => {
    assert.equal(labelOf('One attack by counter-demonstrators was reported.'), 'attributed');
  });

  it('reads "Two more cases were reported in Leeds." as a report', () => {
    assert.equal(labelOf('Two more cases were reported in Leeds.'), 'attributed');
  });

  it('leaves a denial ("No damage was reported.") and a clause after another alone', () => {
    assert.equal(labelOf('No damage was reported.'), 'fact');
    assert.equal(labelOf('All but one died; two deaths were reported on the ground.'), 'fact');
  });
});

describe('a headline that opens with a quoted line set off by a colon (opensWithQuotedLine)', () => {
  const article =
    "'Bang bang': Mercenary charged with murder gives evidence\n\nThe trial of a British contractor opened on Monday.";

  it("reads the headline as someone's words", () => {
    assert.equal(analyzeArticle(article).sentences[0]!.label, 'attributed');
  });

  it('types its short quotation as speech, not a label', () => {
    assert.equal(analyzeArticle(article).sentences[0]!.quotes[0]!.type, 'speech');
  });
});

describe('a participle naming its noun with "the" and a name (barePhraseAfter)', () => {
  it('reads "…, called the Kilodegree Extremely Little Telescope." as a name, not a report', () => {
    assert.equal(
      labelOf(
        'They operate a system, one location in each hemisphere, called the Kilodegree Extremely Little Telescope.',
      ),
      'fact',
    );
  });
});

describe('a response made with a thing, not words (withWords)', () => {
  it('reads "The crew responded with small-arms fire" as an act', () => {
    assert.equal(
      labelOf('The crew also responded with small-arms fire after pirates fired at the ship.'),
      'fact',
    );
  });

  it('keeps "responded with the surprising claim that …" a report', () => {
    assert.equal(
      labelOf('The bankers responded with the surprising claim that the two are the same thing.'),
      'attributed',
    );
  });
});

describe('a body named with "for" before ", which said" (whoAntecedent)', () => {
  it('gives the quotation to the whole name, not its last piece', () => {
    assert.deepEqual(
      speakers(
        'Most refugees live in poor countries, according to the United Nations High Commissioner for Refugees, which said it was "an overwhelming imbalance".',
      ),
      ['United Nations High Commissioner for Refugees'],
    );
  });
});

describe('a participle after "with" whose subject has a phrase of where (withParticiple)', () => {
  it('gives "with a scientist at the warning center noting that “…”" to the scientist', () => {
    assert.deepEqual(
      speakers(
        'Later, India ended its watch, with a scientist at the Indian tsunami warning center noting that "the danger has passed".',
      ),
      ['a scientist at the Indian tsunami warning center'],
    );
  });
});

describe('"following" before a determiner, the preposition (retagFollowingPrepositions)', () => {
  it('reads "issued a statement following the press conference saying …" as the issuer\'s words', () => {
    assert.equal(
      labelOf(
        'Hamas issued a statement following the press conference saying the ceasefire is not enough.',
      ),
      'attributed',
    );
  });

  it('keeps "They are following the rules" a verb', () => {
    assert.equal(labelOf('They are following the rules.'), 'fact');
  });
});
