import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Session 5: a speaker carried across the sentences of one quotation; every sentence is written for the test.

describe('speakers(a clause leading into direct speech after a comma or a semicolon)', () => {
  it('gives every sentence of the quotation to the subject of a clause with no reporting verb', () => {
    assert.deepEqual(
      speakers(
        'Mayor Tom Reyes, also on the radio, defended his choice, "As I said before, the bridge will be built. ' +
          'They must help pay for it. THE CITY IS STRONG!"',
      ),
      ['Tom Reyes', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('reads a semicolon before the quotation the same way', () => {
    assert.deepEqual(
      speakers(
        'Councillor Joan Pike voiced regret and a wish to appeal; "The council needs a clear plan. Closing ' +
          'the road is the lawful way to get one."',
      ),
      ['Joan Pike', 'Joan Pike'],
    );
  });

  it('keeps the capitalised words of a place in the subject ("a spokesman for 10 Downing Street")', () => {
    assert.deepEqual(
      speakers(
        'A spokesman for 10 Downing Street voiced regret; "The government will appeal. The ruling is wrong."',
      ),
      ['A spokesman for 10 Downing Street', 'A spokesman for 10 Downing Street'],
    );
  });

  it('leaves a quotation after the subject alone, and one opening in lower case', () => {
    assert.deepEqual(speakers('Tom Reyes, "the man who built the bridge", retired on Monday.'), [
      null,
    ]);
    assert.deepEqual(
      speakers(
        'Joan Pike left the meeting early, "an act of protest against the plan and its makers."',
      ),
      [null],
    );
  });
});

describe('speakers(he/she reaches the person just named, whose sex may be unknown)', () => {
  it('resolves "he" to the subject of the sentence before, past a man whose sex was learnt earlier', () => {
    assert.deepEqual(
      speakers(
        'Sayyid Omar Rahimi lost the vote. He said little. The guard declared that Rahimi was "wronged" by the ' +
          'vote. Pir Yusuf Karimi, the head of the council, ordered three days of rest. In his letter, he ' +
          'praised Rahimi\'s life: "He was a fine man. He worked hard."',
      ).slice(1),
      ['Pir Yusuf Karimi', 'Pir Yusuf Karimi'],
    );
  });

  it('follows a pronoun that already pointed at the second man of the sentence before', () => {
    assert.deepEqual(
      speakers(
        'Mayor Sam Oduya said the fire was "a tragedy" while Fire Chief Pavel Novak wrote he had ordered ' +
          'checks. He posted, "My thoughts are with the families of everyone hurt."',
      ),
      ['Sam Oduya', 'Pavel Novak'],
    );
  });

  it('passes over a name that only describes the noun after it ("Houthi military spokesperson …")', () => {
    assert.deepEqual(
      speakers(
        'The Karsa movement claimed the raid. Speaking on local radio, Karsa military spokesperson Idris Malo ' +
          'said it had used drones. According to him, the raid had help from "friends inside the city".',
      ),
      ['Idris Malo'],
    );
  });
});

describe('speakers(a quotation filling its sentences after a sentence that names its speaker)', () => {
  it('gives every quoted sentence to the person the sentence before names as subject', () => {
    assert.deepEqual(
      speakers(
        'Ann Berg, who led the team until May, also attacked the plan online. "The plan shows no grasp of ' +
          'the facts. The city owns none of the land."',
      ),
      ['Ann Berg', 'Ann Berg'],
    );
  });

  it('reads the subject through a title or a pronoun, and past an adjective tagged as a verb', () => {
    assert.deepEqual(
      speakers(
        'Sen. Ann Berg spoke in Dover. The senator then released a statement. "Today the Senate failed ' +
          'the people."',
      ),
      ['Ann Berg'],
    );
    assert.deepEqual(
      speakers(
        'The union\'s leader, Sam Cole, was blunt. "The offer is an insult. We will strike."',
      ),
      ['Sam Cole', 'Sam Cole'],
    );
  });

  it('gives nothing for the subject of a passive, or for words about him or her', () => {
    assert.deepEqual(speakers('Tom Reyes was arrested on Monday. "We have the right man."'), [
      null,
    ]);
    assert.deepEqual(
      speakers('Tom Reyes died on Monday. "He was a kind man who loved the town."'),
      [null],
    );
  });

  it('prefers whom the next sentence reports, and leaves a subject naming nobody alone', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes lost the vote on Monday. "We will not back down." Jane Roe said this after the count.',
      ),
      ['Jane Roe'],
    );
    assert.deepEqual(
      speakers('The council closed the road on Monday. "It will not open again this year."'),
      [null],
    );
  });
});

describe('speakers(a participle after a place)', () => {
  it('gives "… outside Dover, Kent saying, “…”" to the subject of the clause, not to the place', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes issued a statement at his club outside Dover, Kent saying, "The fact is this vote is not ' +
          'over. Nobody has won yet."',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });

  it('keeps a named subject of the participle after a place ("in Leeds on Monday, with Ann Berg saying")', () => {
    assert.deepEqual(
      speakers('Protesters gathered in Leeds on Monday, with Ann Berg saying, "We want more."'),
      ['Ann Berg'],
    );
  });
});

describe('speakers(an aside between dashes before the quotation)', () => {
  it('passes over the verb of the aside to the clause leading into the quotation', () => {
    assert.deepEqual(
      speakers(
        'Council leader Ann Berg commented on the plan — which the paper called a rare step — "However you ' +
          'look at it, the plan is wrong."',
      ),
      ['Ann Berg'],
    );
  });
});

describe('speakers(an acronym the article spells out)', () => {
  it('names a body by the name its acronym stands for, either side of the brackets', () => {
    assert.deepEqual(
      speakers(
        "The Harbour Safety Board (HSB) met on Monday, and so did RTL (Rail Transport League). The HSB's " +
          'website said: "No ship may dock after dark." An RTL press release read, "Trains will run late."',
      ),
      ['Harbour Safety Board', 'Rail Transport League'],
    );
  });

  it('keeps an acronym the article never spells out, and brackets whose words do not match it', () => {
    assert.deepEqual(
      speakers(
        'The Harbour Board (HSB) met on Monday. The HSB\'s website said: "No ship may dock after dark."',
      ),
      ['HSB'],
    );
  });
});

describe('speakers(a term between a speech and its continuation)', () => {
  it('gives a short quotation after "urged X to … and" the speaker quoted before the term', () => {
    assert.deepEqual(
      speakers(
        '"We will find those who did this," said Ann Berg, the police chief; she described the fire as a "cruel act" ' +
          'and urged residents to help the police and "stand together against fear".',
      ),
      ['Ann Berg', 'Ann Berg', 'Ann Berg'],
    );
  });
});

describe('speakers(a paragraph ending in a colon leads in the next)', () => {
  it('gives the quoted paragraph to the subject of the colon sentence, a body included', () => {
    assert.deepEqual(
      speakers(
        'The ministry published a statement on Monday:\n\n"We will review the plan. The delay is regrettable."',
      ),
      ['The ministry', 'The ministry'],
    );
  });

  it('gives nothing when the paragraph before ends in a full stop, reports nobody and puts out no text', () => {
    assert.deepEqual(
      speakers(
        'The ministry met on Monday.\n\n"We will review the plan. The delay is regrettable."',
      ),
      [null, null],
    );
  });
});

describe('speakers("it said" and "they said" after a body or group named as subject)', () => {
  it('finds the body or group whatever the verb of the sentence naming it', () => {
    assert.deepEqual(
      speakers(
        'The health ministry published new figures on Monday. "The risks remain high," it said. Local ' +
          'residents blocked the road for hours. "We have had enough," they said.',
      ),
      ['health ministry', 'Local residents'],
    );
  });

  it('does not make a plan or a person the "it" of a tag', () => {
    assert.deepEqual(
      speakers('The plan costs millions. Tom Reyes wants it. "It is too dear," it said.'),
      [null],
    );
  });
});

describe('speakers("the statement" pointing back to its speaker)', () => {
  it('gives the words of "the statement" to the speaker quoted just before', () => {
    assert.deepEqual(
      speakers(
        'The ministry said in a statement: "The plan is flawed. It must be changed."\n\nThe statement ' +
          'added: "We will not support it."',
      ),
      ['The ministry', 'The ministry', 'The ministry'],
    );
  });

  it('gives "the report" no one named as its maker to the source of the lead (Reuters-21578: eight of eight)', () => {
    assert.deepEqual(
      speakers('The ministry said: "The plan is flawed." The report added: "Costs will rise."'),
      ['The ministry', 'The ministry'],
    );
  });

  it('leaves "the report" alone when the lead names no source, as it may be anyone\'s', () => {
    assert.deepEqual(
      speakers('The plan is flawed, critics said. The report added: "Costs will rise."'),
      ['The report'],
    );
  });
});

describe('speakers(a pronoun before the name it stands for)', () => {
  it('resolves "she said" with nobody named before to the subject named next', () => {
    assert.deepEqual(
      speakers(
        '"I cannot believe it," she said of the result. Ann Berg, 23, won the race in record time.',
      ),
      ['Ann Berg'],
    );
  });

  it('still prefers the person named before the pronoun', () => {
    assert.deepEqual(
      speakers('Joan Pike ran second. "I cannot believe it," she said. Ann Berg won the race.'),
      ['Joan Pike'],
    );
  });
});
