import assert from 'node:assert/strict';
import {
  bodySentences,
  labelOf,
  labels,
  speakers,
  speechSpeakersOf,
} from './helpers/short-article.ts';

describe('a name right after a day that opens the sentence (datedBefore)', () => {
  const before =
    'The report named Governor Don Ruiz. Tom Hale, who attended, said the plan was "a promise kept." ';

  it('makes the name the subject that a "he" in its clause points to', () => {
    assert.deepEqual(
      speakers(
        `${before}On Friday Ruiz indicated he wishes to maintain the tax "for a while."`,
      ).slice(1),
      ['Don Ruiz'],
    );
  });

  it('reads the same sentence with a comma after the day alike', () => {
    assert.deepEqual(
      speakers(
        `${before}On Friday, Ruiz indicated he wishes to maintain the tax "for a while."`,
      ).slice(1),
      ['Don Ruiz'],
    );
  });
});

describe('a verb of a text read as a plural noun (retagReportingNouns)', () => {
  it('reads "which states" before a quotation as the relative clause telling the words', () => {
    const [sentence] = bodySentences(
      'The right is set out in Article 10 of the charter, which states "everyone is entitled to a hearing."',
    );
    assert.equal(sentence!.label, 'attributed');
    assert.equal(sentence!.quotes[0]!.speaker, 'Article 10 of the charter');
  });

  it('reads "The article reports" before a quotation as the article speaking', () => {
    assert.equal(labelOf('The article reports "a Gallup poll" on rural voters.'), 'attributed');
  });

  it('keeps "which states" before a name a plural noun', () => {
    assert.equal(labelOf('The bloc, which states Mexico and Panama joined, met in May.'), 'fact');
  });
});

describe('a relative clause telling what a body said (continuativeReport)', () => {
  it('reads ", which said …" after the sentence\'s own verb as the report', () => {
    assert.equal(
      labelOf(
        'The attack came after a report by the United Nations, which said piracy had fallen.',
      ),
      'attributed',
    );
  });

  it("keeps a relative clause before the sentence's own verb a side detail", () => {
    assert.equal(
      labelOf('The agency, which said piracy had fallen, moved to Rome in May.'),
      'fact',
    );
  });
});

describe('a noun read as a verb after an article or a possessive (retagDeterminedNouns)', () => {
  it('finds the subject before "in his address said"', () => {
    assert.equal(labelOf('The minister in his address said taxes would rise.'), 'attributed');
  });

  it('keeps the verb after "her" that takes an object and a bare verb', () => {
    assert.equal(labelOf('The storm made her leave the town in May.'), 'fact');
  });
});

describe('"found" read as a noun (retagFoundAsNoun)', () => {
  it('reads "The investigation further found the crew were untrained" as a finding', () => {
    assert.equal(labelOf('The investigation further found the crew were untrained.'), 'attributed');
  });

  it('keeps "lost and found" a noun', () => {
    assert.equal(labelOf('The bag went to the lost and found office on Monday.'), 'fact');
  });
});

describe('a participle between a quantifier and its noun (retagPrenominalParticiples)', () => {
  it('reads "Other planned host nations" as a description, no plan reported', () => {
    assert.equal(labelOf('Other planned host nations are Estonia, Latvia and Hungary.'), 'fact');
  });

  it('keeps "Many feared the worst" a view held', () => {
    assert.equal(labelOf('Many feared the worst after the storm.'), 'attributed');
  });
});

describe('"one" telling in the past (isGenericSubject)', () => {
  it('reads "one stated that …" after the group it is one of as a source', () => {
    assert.equal(
      labelOf('Although no witnesses saw the attack, one stated that Hale took a weapon.'),
      'attributed',
    );
  });

  it('keeps "One thinks …" nobody in particular', () => {
    assert.equal(labelOf('One thinks the plan will fail.'), 'fact');
  });
});

describe("initials as a sentence's subject (registerGroups)", () => {
  it('gives a later "they" the body the initials stand for', () => {
    assert.deepEqual(
      speakers(
        'Warnings came from the Pacific Tsunami Warning Center (PTWC) on Monday. In its report, the PTWC issued a watch ' +
          'for 28 countries. They mentioned that "a quake this size can cause a tsunami."',
      ),
      ['Pacific Tsunami Warning Center'],
    );
  });
});

describe('a "he said" after a report according to someone (latestSentence)', () => {
  it('points to the one the report was according to, not the one it was about', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes won the vote in 2005. According to political analyst Sam Okafor, Reyes is a thorn in the side ' +
          'of the other parties. "There is a need to check his strength," he said.',
      ),
      ['Sam Okafor'],
    );
  });
});

describe('a surname seen once, opening the sentence before "his" (ownerOfPronoun)', () => {
  it('is the person a "he said" right after points to', () => {
    assert.deepEqual(
      speakers(
        'Defender Tom Hale was upset. "It was a disaster," he said. Schmetzer was delighted with the way his ' +
          'side played. "I think we played well," he said.',
      ),
      ['Tom Hale', 'Schmetzer'],
    );
  });
});

describe('a surname that is a conjunction (retagWordSurnames)', () => {
  const body =
    'Abdullahi Nor, who said he spoke for the pirates, commented on the attack. "We tried to board the ship." ' +
    'Nor claimed to have called the attackers.';

  it('reads "Abdullahi Nor" as a name that speaks the quotation after it', () => {
    assert.deepEqual(speakers(body), ['Abdullahi Nor']);
  });

  it('reads "Nor claimed …" opening a sentence as the name', () => {
    assert.equal(labels(body)[2], 'attributed');
  });

  it('keeps "Nor did he …" a conjunction', () => {
    const [, sentence] = bodySentences(`${body} Nor did he name them.`).slice(2);
    assert.equal(sentence!.label, 'fact');
  });
});

describe('words a thing was described as, inside a report (tagFrom, reporterOfEmbedded)', () => {
  const body =
    'Ana Ruiz wrote a book on the strike. Ruiz says President Tom Hale, described by the Post as "a cautious ' +
    'man with bold plans", might defend the workers. "Hale has no excuse to stay out of this."';

  it('gives the description to its author, not to a verb under a modal after it', () => {
    assert.equal(speakers(body)[0], 'Post');
  });

  it("gives the next sentence's words to the one whose report held the description", () => {
    assert.equal(speakers(body)[1], 'Ana Ruiz');
  });
});

describe('a noun read as a plain verb before "of" (retagDeterminedNouns)', () => {
  it('reads "The official twitter handle of the band" as one phrase, the band speaking', () => {
    assert.deepEqual(
      speakers(
        'The official twitter handle of the Dandelions posted a tweet saying, "We are devastated."',
      ),
      ['Dandelions'],
    );
  });

  it('keeps a plural subject\'s verb before "of" a verb', () => {
    assert.equal(labelOf('The residents think of the plan as a gift.'), 'attributed');
  });
});

describe('"Today" closing a name (retagAdverbNames)', () => {
  it('keeps "Russia Today" whole as the outlet that speaks', () => {
    assert.deepEqual(
      speakers(
        'Gays in Russia face new laws. Russia Today goes on to say these laws are "meant to protect minors."',
      ),
      ['Russia Today'],
    );
  });

  it('keeps "today" after a name a time word', () => {
    assert.deepEqual(speakers('Ruiz today said the laws are "meant to protect minors."'), ['Ruiz']);
  });
});

describe('a text put out with what it is about (messageAbout)', () => {
  it('reads "released a statement regarding …" as a report', () => {
    assert.equal(
      labelOf('Former First Lady Ann Hale released a statement regarding the death of her friend.'),
      'attributed',
    );
  });

  it('reads "gave conflicting reports as to whether …" as a report', () => {
    assert.equal(
      labelOf('Sources gave conflicting reports as to whether bombers were involved.'),
      'attributed',
    );
  });

  it('keeps "released a statement after the accident" and "on Monday" an act', () => {
    assert.deepEqual(
      labels(
        'The channel released a statement after the accident. The channel released a statement on Monday.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('a bare surname two unrelated people share (fullestAt)', () => {
  it('goes to the one named in full just before', () => {
    assert.deepEqual(
      speakers(
        'Press secretary Sarah Sanders said the vote was "a win." "It\'s not over," warned Sen. Bernie Sanders ' +
          'of Vermont. Asked about the courts, Sanders said, "We\'ll see."',
      ),
      ['Sarah Sanders', 'Bernie Sanders', 'Bernie Sanders'],
    );
  });

  it("keeps a family's bare surname with the one named first", () => {
    assert.deepEqual(
      speakers(
        'Tony Mendez and his wife Jonna Mendez spoke at the museum. Mendez said, "We kept the secret for years."',
      ),
      ['Tony Mendez'],
    );
  });
});

describe('an unnamed person who declined to comment (unnamedSubject)', () => {
  it('is the "she" of the words quoted right after', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz called the bill "a disgrace." A budget office spokeswoman declined to comment further. ' +
          '"The analysis speaks for itself," she said in an email.',
      ),
      ['Ana Ruiz', 'A budget office spokeswoman'],
    );
  });
});

describe('a passive verb of saying with no agent, away from the quotation (leftCue)', () => {
  it('names no one, so the walk goes on to the verb of saying before it', () => {
    assert.deepEqual(
      speakers(
        'Prosecutors said they would charge him for claiming victory before the results were announced and ' +
          'for "publishing a document on the strategy".',
      ),
      ['Prosecutors'],
    );
  });

  it("keeps a passive with its agent the agent's words", () => {
    assert.deepEqual(speakers('The plan was described by Ana Ruiz as "a disaster".'), ['Ana Ruiz']);
  });
});

describe('"The statement added" after a statement given the sentence before (givenIn)', () => {
  it('gives the words to whoever spoke in the statement, past a term quoted since', () => {
    assert.deepEqual(
      speakers(
        '"I feel sorry for him," said coach Ryan Giggs. In a statement on its website, the club said a new manager ' +
          'would be named "in due course". The statement added: "The club thanks him for his service."',
      ),
      ['Ryan Giggs', null, 'the club'],
    );
  });
});

describe('a report "released Thursday" before its verb (openingSubject)', () => {
  it('reads "A United Nations report released Thursday states that …" as the report speaking', () => {
    assert.equal(
      labelOf('A United Nations report released Thursday states that the attacks broke the law.'),
      'attributed',
    );
  });
});

describe('"One of the victims …, who …, recalled" (unnamedSubject)', () => {
  it('is the "he" of the words quoted next, not the village named inside it', () => {
    assert.deepEqual(
      speakers(
        'One of the victims from Saraf Jidad, who was around 80 years old, recalled the attack. ' +
          '"The attackers entered my house," he said.',
      ),
      ['One of the victims from Saraf Jidad'],
    );
  });
});

describe('a politician named again by role (addEpithetSubject)', () => {
  it('keeps "she said" with the story\'s subject, not with a woman named as an agent', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Ana Ruiz returns to France\n\nFreed hostage Ana Ruiz arrived in France today. The Colombian-French ' +
          'politician was greeted by the President and the First Lady, Carla Roe. "I owe everything to you," ' +
          'she said.',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('comments made, with nothing of what they said (madeClear, messageAbout)', () => {
  it('reads "He made the comments in his first appearance" as an act', () => {
    assert.equal(
      labelOf('He made the comments in his first appearance since he left office.'),
      'fact',
    );
  });

  it('reads "made comments about the war" as a report', () => {
    assert.equal(labelOf('He made comments about the war in his first appearance.'), 'attributed');
  });
});

describe('"states" after a word of place, before a colon (retagReportingNouns)', () => {
  it('keeps "the Gulf states: …" a list of countries', () => {
    assert.equal(labelOf('Aid went to the Gulf states: Kuwait and Qatar.'), 'fact');
  });
});

describe('"the" and an owner\'s possessive before a person noun (unnamedSubject)', () => {
  it('makes "The council\'s chief executive said …" the "he" of the words quoted next', () => {
    assert.deepEqual(
      speakers(
        'Another resident said: "We were left on our own." The council\'s chief executive said in a statement ' +
          'that an inquiry would follow. "We will learn the lessons," he said.',
      ),
      ['Another resident', "The council's chief executive"],
    );
  });
});

describe('a named person and where they work, before "said" (nearSubject, formOf)', () => {
  it('gives words after "while Raj Patel at HSBC said" to Raj Patel', () => {
    assert.deepEqual(
      speakers(
        'Jane Poe of Barclays called the cuts "overdue", while Raj Patel at HSBC said they went "too far."',
      ),
      ['Jane Poe', 'Raj Patel'],
    );
  });
});

describe('"a person familiar with the plan" (describedFrom)', () => {
  it('keeps the whole description for "the person said" after it', () => {
    assert.deepEqual(
      speakers(
        'Acme will cut 500 jobs, according to a person familiar with the plan. "It\'s a tough day," the person said.',
      ),
      ['a person familiar with the plan'],
    );
  });
});

describe("a he or she in a clause set before the sentence's subject (cataphoricSubject)", () => {
  it('looks ahead to the subject named after the comma', () => {
    assert.deepEqual(
      speakers(
        'A spokeswoman, Sarah Flores, said she had "no comment." Asked whether she would run again, Lisa ' +
          'Murkowski laughed. "Ask me next year," she said.',
      ),
      ['Sarah Flores', 'Lisa Murkowski'],
    );
  });
});

describe('"The department" after "the Department of Justice" (namedBodyOfDescription)', () => {
  it('names the whole body the kind opened, not the kind alone', () => {
    assert.deepEqual(
      speakers(
        'A spokeswoman for the Department of Justice, Sarah Flores, declined to comment. The department has ' +
          'said it "does not comment on ongoing investigations."',
      ),
      ['Department of Justice'],
    );
  });
});

describe('words of how a thing struck its grader (APPRAISAL_WORDS)', () => {
  it('reads "a humiliating loss" and "the surprising announcement" in the writer\'s voice as framing', () => {
    assert.deepEqual(
      labels(
        'The team suffered a humiliating loss. The minister made the surprising announcement on Friday.',
      ),
      ['framing', 'framing'],
    );
  });

  it("keeps them in a source's words attributed", () => {
    assert.equal(labelOf('"It was a humiliating loss," the coach said.'), 'attributed');
  });
});

describe('"the agency said" after a sentence "according to" a body (bodyByKind)', () => {
  it('names the body the sentence before reported from', () => {
    assert.deepEqual(
      speakers(
        'According to the National Weather Service, rainfall could reach 20 inches. "This is a ' +
          'life-threatening situation," the agency said in a tweet.',
      ),
      ['National Weather Service'],
    );
  });
});

describe("a nation's adjective that names its people (DEMONYMS)", () => {
  it('gives "the Serbian admitted" to the Serbian player just named', () => {
    assert.deepEqual(
      speakers(
        'Novak Djokovic, the world number one, said he had struggled. "He was better," the Serbian admitted.',
      ),
      ['Novak Djokovic'],
    );
  });
});

describe('a means of telling after "by" (MEANS_OF_TELLING)', () => {
  it('reads "Parents were told by text message." as no source', () => {
    assert.equal(labelOf('Parents were told by text message.'), 'fact');
  });

  it('keeps "told by the head teacher that …" a report', () => {
    assert.equal(
      labelOf('Parents were told by the head teacher that the school would close.'),
      'attributed',
    );
  });
});

describe('"declared it would …" and lives claimed "at least" (declaration, wonThing)', () => {
  it('reads "Hamas declared it would retaliate" as a declaration told', () => {
    assert.equal(labelOf('Hamas declared it would retaliate.'), 'attributed');
  });

  it('reads "have claimed at least 220 lives" as lives taken', () => {
    assert.equal(labelOf('The air strikes have claimed at least 220 lives.'), 'fact');
  });
});

describe('"the Commission said" after "the Human Rights Commission of Pakistan" (fullBodyName)', () => {
  it("gives the short capitalised form the body's whole name", () => {
    assert.deepEqual(
      speakers(
        'The Human Rights Commission of Pakistan (HRCP) has condemned the incidents. "The HRCP calls upon the ' +
          'government to act," the Commission said.',
      ),
      ['Human Rights Commission of Pakistan'],
    );
  });
});

describe('a pronoun after a passive clause set before it (frontedPassive)', () => {
  it('is never the agent of that clause', () => {
    assert.deepEqual(
      speakers(
        'Mahmoud Ahmadinejad spoke at the university. Lee Bollinger introduced him. When challenged by ' +
          'Bollinger over gay rights he stated that "in Iran we don\'t have this."',
      ),
      ['Mahmoud Ahmadinejad'],
    );
  });
});

describe('the "he" of a passive clause set before it, followed on (learnGenders)', () => {
  it('keeps the next paragraph\'s "He" with the one challenged, not the challenger', () => {
    assert.deepEqual(
      speakers(
        'Mahmoud Ahmadinejad spoke at the university. Lee Bollinger introduced him. When challenged by ' +
          'Bollinger over gay rights he stated that "in Iran we don\'t have this."\n\nHe framed the Holocaust as ' +
          'a debate: "Academics have been sent to prison."',
      ),
      ['Mahmoud Ahmadinejad', 'Mahmoud Ahmadinejad'],
    );
  });
});
