import assert from 'node:assert/strict';
import { labelOf, labels, quotes, speakers, speechSpeakersOf } from './helpers/short-article.ts';
import { textTokens } from '../server/analysis/grammar/tokens.ts';

describe('a bare reporting verb after a plural subject (retagReportingNouns)', () => {
  it('reads "the attendees stress that …" as their report', () => {
    assert.equal(
      labelOf('However, the delegates stress that the border is not the only problem.'),
      'attributed',
    );
  });

  it('keeps "the stress that …" after a possessive a noun', () => {
    assert.equal(labelOf("The nurses' stress that night was plain to see."), 'fact');
  });
});

describe('a stance adjective with a question after it (stanceAdjectiveCues)', () => {
  it('reads "X is unsure how …" as the view of X', () => {
    assert.equal(
      labelOf('League secretary general Amr Moussa is unsure how useful the meeting will be.'),
      'attributed',
    );
  });

  it('reads "police are uncertain whether …" as the police\'s view', () => {
    assert.equal(
      labelOf('Police are uncertain whether the fire was set deliberately.'),
      'attributed',
    );
  });

  it('gives a title its view: "the minister is doubtful that …"', () => {
    assert.equal(labelOf('The minister is doubtful that the plan will work.'), 'attributed');
  });

  it('leaves a thing that is uncertain alone', () => {
    assert.equal(labelOf('The date of the vote is uncertain.'), 'fact');
  });
});

describe('a person given a view through a phrase hanging on the subject (stanceAdjectiveCues)', () => {
  it('finds the holder before "in possession of …"', () => {
    assert.equal(
      labelOf('Tenants in possession of a permit were worried that they might be evicted.'),
      'attributed',
    );
  });
});

describe('haste in saying (GO_ON_WORDS)', () => {
  it('reads "were quick to say … that" as the subject\'s report', () => {
    assert.equal(
      labelOf("The mayor's aides were quick to say on Monday that no rule had been broken."),
      'attributed',
    );
  });
});

describe('doubts raised (raise + concerns)', () => {
  it('reads "X and Y both raised concerns about …" as their view', () => {
    assert.equal(
      labelOf('Councillors Ada Brook and Tom Lee both raised concerns about the budget.'),
      'attributed',
    );
  });

  it('leaves a thing that raised questions alone', () => {
    assert.notEqual(labelOf('The sale raised questions about the price.'), 'attributed');
  });

  it('leaves "raised prices" alone', () => {
    assert.equal(labelOf('The two bakeries both raised prices in May.'), 'fact');
  });
});

describe('a quotation by a named speaker in a side clause (attribution)', () => {
  it('attributes words of a speaker whose relative clause closed before the verb', () => {
    assert.equal(
      labelOf(
        'Councillor Ann Reyes of Leeds, who is a teacher, referred to the plan as "a tax on children".',
      ),
      'attributed',
    );
  });

  it('leaves a fact whose quotation stands in an "after he …" clause', () => {
    assert.equal(
      labelOf(
        'The host was dropped in 2007 by the station after he referred to the players as "losers".',
      ),
      'fact',
    );
  });
});

describe('speakers found past a side phrase', () => {
  it('passes over a gerund after "of" for the verb of saying', () => {
    assert.deepEqual(
      speakers(
        'Anna Petrova, a spokesperson for the ministry, said the report of Lee disclosing the files was "another fake."',
      ),
      ['Anna Petrova'],
    );
  });

  it('gives an inverted tag to the name after the description, before a relative clause', () => {
    assert.deepEqual(
      speakers(
        '"No secrets were discussed," said the mayor\'s adviser, Colonel Jane Roe, who also told reporters, "I was there."',
      ),
      ['Jane Roe', 'Jane Roe'],
    );
  });

  it('gives a participle in a clause after ", and" to that clause\'s subject', () => {
    assert.deepEqual(
      speakers(
        'None of the officials would confirm this, and ambassador Ron Dermer wrote to the newspaper expressing "full confidence" in the alliance.',
      ),
      ['Ron Dermer'],
    );
  });
});

describe('"it is claimed" before a bare clause (itIsSaid)', () => {
  it('reads a clause opened by a quantifier as the claim', () => {
    assert.equal(labelOf('It is claimed several teachers can be dismissed.'), 'attributed');
  });

  it('reads a clause whose subject has a relative clause as the claim', () => {
    assert.equal(
      labelOf(
        'The poet stayed at home, and it is claimed several readers who quoted the poem in public can be fined.',
      ),
      'attributed',
    );
  });

  it('leaves "it is clear" to the writer', () => {
    assert.notEqual(labelOf('It is clear several teachers can be dismissed.'), 'attributed');
  });
});

describe('a text the article said someone put out (textMaker)', () => {
  it('gives the words of "the note" to whoever released it', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, the head of the union, released a note on Monday. "The visit is unwelcome", says the note.',
      ),
      ['Ana Ruiz'],
    );
  });

  it('gives the words of "an excerpt" to whoever released the text', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, the head of the union, issued a statement on Monday. "The visit is unwelcome", says an excerpt.',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('a speaker who presents themselves as something (selfDescribed)', () => {
  it('gives "casts himself as the “…”" to the subject as speech', () => {
    const found = quotes(
      'Lee casts himself as the "outsider candidate," willing to debate anyone.',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'Lee']],
    );
  });

  it('reads "sees himself as Ruiz\'s partner" as his view', () => {
    assert.equal(labelOf("Lee now sees himself as Ruiz's partner in the campaign."), 'attributed');
  });

  it('keeps a label named after "as" a term', () => {
    assert.equal(quotes('The ship was known as the "Grey Lady".')[0]?.type, 'term');
  });
});

describe('an ellipsis set off by spaces (sentenceEnds)', () => {
  it('leaves words out inside a sentence, as "[...]" does', () => {
    assert.equal(
      labels(
        'She said: "Peace is in the interest of all parties ... Dialogue is the only way out." Then she left.',
      ).length,
      2,
    );
  });

  it('still ends a sentence that trails off with the dots glued to it', () => {
    assert.equal(labels('He paused... Then he left.').length, 2);
  });
});

describe('speakers of inverted tags and participles', () => {
  it('leaves a time word out of the tag: "said Nugoroho today"', () => {
    assert.deepEqual(
      speakers(
        'Agency spokesman Sutopo Nugoroho spoke first. "The search goes on," said Nugoroho today.',
      ),
      ['Sutopo Nugoroho'],
    );
  });

  it('keeps "USA Today" whole', () => {
    assert.deepEqual(speakers('"The search goes on," said USA Today.'), ['USA Today']);
  });

  it('gives "the astronomer" to the scientist named just before', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz said, "We found ten moons." The astronomer also said, "This is an unstable orbit."',
      ),
      ['Ana Ruiz', 'Ana Ruiz'],
    );
  });

  it("gives a participle after a named text to the text's owner", () => {
    assert.deepEqual(
      speakers(
        'His words were followed by a Boston Herald editorial declaring the crash "unacceptable".',
      ),
      ['Boston Herald'],
    );
  });

  it('gives a participle after "told the crowd," to the teller', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz came to the rally. "We are winning!" she told the crowd, noting that she serves "a fine leader."',
      ),
      ['Ana Ruiz', 'Ana Ruiz'],
    );
  });
});

describe('a claim owned by its speaker (ownedClaimCues)', () => {
  it('reads "X\'s announcement Tuesday that …" as X\'s words', () => {
    assert.equal(
      labelOf(
        "The vote came after the union's announcement Tuesday that it would no longer strike.",
      ),
      'attributed',
    );
  });

  it('leaves an unowned "idea that …" alone', () => {
    assert.equal(labelOf('The idea that stripes confuse predators is old.'), 'fact');
  });
});

describe('acts of warning', () => {
  it('reads "delivered another stern warning" as a warning given', () => {
    assert.equal(
      labelOf('On Tuesday, the ministry delivered another stern warning to the rebels.'),
      'attributed',
    );
  });

  it('reads "joined others in openly warning" as the subject\'s warning', () => {
    assert.equal(
      labelOf(
        'The council has joined other members in openly warning the rebels against new attacks.',
      ),
      'attributed',
    );
  });
});

describe('a permission bound to a condition (statesRule)', () => {
  it('reads "can go … so long as …" as a rule, not a generalisation', () => {
    assert.equal(
      labelOf(
        'This money can go to charities that also run shops so long as the funds are kept separate.',
      ),
      'fact',
    );
  });
});

describe('a bare verb after a modal that the tagger read as a noun (retagModalVerbs)', () => {
  it('reads "could place them in danger" as the writer\'s guess', () => {
    assert.equal(labelOf('Allowing a witness to be named could place them in danger.'), 'framing');
  });

  it('tags the word after the modal as the verb', () => {
    const tokens = textTokens('Allowing a witness to be named could place them in danger.');
    assert.equal(tokens.find((t) => t.lower === 'place')?.pos, 'VERB');
  });
});

describe('a date opening the sentence (sentenceSubject)', () => {
  it("does not take the year after the date's comma for the speaker", () => {
    assert.deepEqual(
      speakers(
        'On May 27, 2003, Mayor Ana Ruiz made a statement by asserting that "We have found the money,"',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('claims made about something (messageAbout)', () => {
  it('reads "continued to make claims about …" as a report', () => {
    assert.equal(
      labelOf('The ministry continued to make claims about having found the missing funds.'),
      'attributed',
    );
  });

  it('leaves "made claims on Monday" alone', () => {
    assert.equal(labelOf('The firm made claims on Monday.'), 'fact');
  });
});

describe('the wording of a charge (CHARGING)', () => {
  it('gives the quoted charge to whoever laid it', () => {
    assert.deepEqual(speakers('The police charged four men with "selling stolen art."'), [
      'The police',
    ]);
  });

  it('keeps the sentence a fact: charging is an act', () => {
    assert.equal(labelOf('The police charged four men with "selling stolen art."'), 'fact');
  });
});

describe('talk dismissed by a named agent', () => {
  it('reads "Speculation that … was dismissed by officials" as the officials\' view', () => {
    assert.equal(
      labelOf('Speculation that the fire was set by rivals was dismissed by officials.'),
      'attributed',
    );
  });

  it('leaves "The case was dismissed by the judge" an act', () => {
    assert.equal(labelOf('The case was dismissed by the judge.'), 'fact');
  });
});

describe('a body claiming (retagReportingNouns)', () => {
  it('reads "The military claims it is …" as the military\'s claim', () => {
    assert.equal(labelOf('The military claims it is close to victory.'), 'attributed');
  });
});

describe('a surname that is also a given name', () => {
  it('keeps "Clare" a man once the article has named Michael Clare', () => {
    const article = [
      'Court jails policeman over fraud',
      '',
      'Police Constable Tom Hood, 43, arranged for a friend to dispose of his car, then claimed it had been stolen.',
      '',
      'Hood was defended by Michael Clare. Clare said Hood had resigned from the police and risked losing his pension. "It is not a case of abuse," he pointed out.',
    ].join('\n');
    assert.deepEqual(speechSpeakersOf(article), ['Michael Clare']);
  });
});

describe('an apposition opened by the role itself and left unclosed (unclosedApposition)', () => {
  it('steps back to the name: "Ana Ruiz, secretary of human rights for Buenos Aires said"', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, secretary of human rights for Buenos Aires said, "We ask the families to be patient."',
      ),
      ['Ana Ruiz'],
    );
  });

  it('steps back past an age: "Maria Roe, 47, legal chairwoman for the Assembly said"', () => {
    assert.deepEqual(
      speakers(
        'Maria Roe, 47, legal chairwoman for the Assembly for Human Rights La Plata said that "this is proof."',
      ),
      ['Maria Roe'],
    );
  });
});

describe('a past tense after a name that the tagger read as a noun (retagPastNouns)', () => {
  it('reads "… by Channel 4 accused the airline of “…”" as the subject\'s charge', () => {
    assert.deepEqual(
      speakers('One pilot interviewed by Channel 4 accused the airline of "threats and bullying".'),
      ['One pilot'],
    );
  });

  it('keeps "the accused man" an adjective', () => {
    const tokens = textTokens('The accused man left the court.');
    assert.notEqual(tokens.find((t) => t.lower === 'accused')?.pos, 'VERB');
  });
});

describe('calling someone something (calledBy)', () => {
  it('gives the epithet to the caller, past the object and its apposition', () => {
    const found = quotes(
      'The council reacted by calling the Mayor of Leeds, Ann Roe, an "Iron Lady" on Monday.',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'The council']],
    );
  });

  it('keeps a name given with no caller a term', () => {
    assert.equal(quotes('The ship is called the "Grey Lady".')[0]?.type, 'term');
  });
});

describe('a report printed in a paper (documentAuthor)', () => {
  it('gives "according to a report in The Daily Courier" to the paper', () => {
    assert.deepEqual(
      speakers(
        'The city agreed also "not to allow protests", according to a report in The Daily Courier.',
      ),
      ['The Daily Courier'],
    );
  });
});

describe('texts that speak', () => {
  it('gives a letter "to" someone to its writer, not its recipient', () => {
    assert.deepEqual(speakers('A CAA letter to the airline cited "shortcomings in maintenance."'), [
      'CAA',
    ]);
  });

  it('gives what a banner reads, past a phrase of place, to the banner', () => {
    assert.deepEqual(
      speakers('A plane towed a banner over the beach reading, "Go home, Governor."'),
      ['a banner'],
    );
  });
});

describe('a reporting verb in -s before a comma and a quotation (retagReportingNouns)', () => {
  it('keeps "notes" out of the body\'s name', () => {
    assert.deepEqual(
      speakers(
        'The U.S. Department of Agriculture notes, "Ozone causes more damage to plants than all other pollutants combined", highlighting the importance of clean air.',
      ),
      ['U.S. Department of Agriculture'],
    );
  });
});

describe('a hedge inside the clause of a concern (heldContent)', () => {
  it('reaches past a long relative clause to "concerns that"', () => {
    assert.equal(
      labelOf(
        'The town was removed following concerns that people who had helped the army and the police during and after the long war might be left in danger.',
      ),
      'fact',
    );
  });

  it('stops at a new clause after ", but"', () => {
    assert.equal(
      labelOf(
        'Concerns that the bridge was old grew in March, but the repairs might never be finished.',
      ),
      'framing',
    );
  });
});

describe("more ways of putting words in a speaker's mouth", () => {
  it("gives a quotation that opens on the subject's verb of saying to that subject", () => {
    assert.deepEqual(
      speakers(
        'Mayor Ann Roe spoke on Monday. Roe had "asked that all available boats be sent to find the crew."',
      ),
      ['Ann Roe'],
    );
  });

  it('reads "attacked X as having ‘failed’" as the attacker\'s words', () => {
    assert.deepEqual(
      quotes("Ann Roe attacked the mayor as having 'failed', with the poorest paying most.").map(
        (q) => [q.type, q.speaker],
      ),
      [['speech', 'Ann Roe']],
    );
  });

  it('reads "…, and stressed the importance of …" as a point the subject pressed', () => {
    assert.equal(
      labelOf(
        'He also backed more local power, and stressed the continued importance of green policies.',
      ),
      'attributed',
    );
  });
});

describe('a tag set inside the sentence (sourcePhrase)', () => {
  it('reads "…, said one lead author, …" as the author\'s report', () => {
    assert.equal(
      labelOf(
        'Unlike with earlier studies, said one lead author, the agency did not block the report.',
      ),
      'attributed',
    );
  });
});

describe('the text the words came in, between a subject and its verb (nearSubject)', () => {
  it('steps over "in their official statement" to the subject', () => {
    assert.deepEqual(
      speakers(
        'Parade organisers in their official statement said, "The protest group showed a level of hate."',
      ),
      ['Parade organisers'],
    );
  });
});

describe('remarks dismissed (dismiss + talk)', () => {
  it('reads "dismissed Mandela\'s remarks" as the dismisser\'s view', () => {
    assert.equal(
      labelOf("The government dismissed the bishop's remarks as foreign meddling."),
      'attributed',
    );
  });

  it('reads "dismissed X\'s remarks, calling them …" as a view too', () => {
    assert.equal(
      labelOf(
        "The government dismissed the bishop's remarks, calling them a result of pressure from abroad.",
      ),
      'attributed',
    );
  });

  it('leaves "dismissed the coach\'s assistant" an act', () => {
    assert.equal(labelOf("The club dismissed the coach's assistant."), 'fact');
  });
});

describe('reports with a place or an owner of the text', () => {
  it('reads "It was alleged before the court that …" as hearsay', () => {
    assert.equal(
      labelOf('It was alleged before Leeds Crown Court that he had confessed to her.'),
      'attributed',
    );
  });

  it('reads "The official record reveals that …" as the record\'s', () => {
    assert.equal(
      labelOf('The official record reveals that up to 300 people disappeared.'),
      'attributed',
    );
  });

  it('keeps "a new world record that stood for years" a fact', () => {
    assert.equal(labelOf('He set a new world record that stood for years.'), 'fact');
  });

  it('reads "The country is hoping that …" as the country\'s aim', () => {
    assert.equal(
      labelOf('The country is hoping that the talks will lead to lower tariffs.'),
      'attributed',
    );
  });
});

describe('suspicion and reputation', () => {
  it('reads "It is suspected X received …" as hearsay', () => {
    assert.equal(
      labelOf('It is suspected the minister received bribes in an arms sale.'),
      'attributed',
    );
  });

  it('reads "a respected website" as the writer\'s praise', () => {
    assert.equal(labelOf('Mediapart is a respected investigative website.'), 'framing');
  });

  it('keeps "She respected the rules" a fact', () => {
    assert.equal(labelOf('She respected the rules.'), 'fact');
  });
});
