import assert from 'node:assert/strict';
import { bodySentences, labelOf, labels, speakers } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

describe('endorsing as a stance (ENDORSING)', () => {
  it('attributes a plan a named body endorsed', () => {
    assert.equal(
      labelOf("The teachers' union endorsed the governor's reading plan."),
      'attributed',
    );
  });

  it('attributes a course of action two councillors endorsed', () => {
    assert.equal(
      labelOf('Two councillors, Ann Kerr and Tom Bright, endorsed closing the bridge.'),
      'attributed',
    );
  });

  it('leaves a vote to endorse something an act', () => {
    assert.equal(labelOf('The council passed a motion to endorse the new bus routes.'), 'fact');
  });
});

describe('a grade of a mistake (QUALITY_VERDICTS)', () => {
  // eight sentences or more: an article long enough to be read as one that reports (LONE_CUE_MIN_SENTENCES)
  const report = [
    'The home side won the cup final on Saturday.',
    'The match was played in Leeds before 30,000 fans.',
    'The visitors scored first after ten minutes.',
    'The home side equalised before half-time.',
    'Both sides made two changes at the break.',
    'The referee showed four yellow cards.',
    'The home side scored twice in the last twenty minutes.',
    '',
  ].join(' ');

  it('frames "a gross error" in a report that otherwise reports', () => {
    assert.equal(
      labels(
        `${report}The visitors fell behind when a gross marking error by their captain led to a goal.`,
      ).at(-1),
      'framing',
    );
  });

  it('leaves "gross negligence" a term of law', () => {
    assert.equal(
      labels(`${report}The driver was charged with manslaughter by gross negligence.`).at(-1),
      'fact',
    );
  });
});

describe('an unexpected result (PHRASES)', () => {
  it('frames a surprise victory the writer reads into the result', () => {
    assert.equal(
      labelOf('The Green Party won a surprise victory in the city election.'),
      'framing',
    );
  });

  it('leaves a surprise visit a report of an unannounced trip', () => {
    assert.equal(
      labelOf('The prime minister made a surprise visit to the flooded town on Monday.'),
      'fact',
    );
  });
});

describe('a place or an event as the subject of an inference verb (THING_KINDS)', () => {
  it('does not let games highlight anything as a source', () => {
    assert.equal(labelOf('Traditional games highlighted the festival.'), 'fact');
  });

  it('still lets a council, written in lower case, reveal', () => {
    assert.equal(labelOf('The council revealed the cost of the new bridge.'), 'attributed');
  });
});

describe('a verb of saying after a passive of recording (witnessedSpeaker)', () => {
  it('gives the words to whoever was filmed saying them, not to the sentence subject', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz left the council on Monday. Her exit was announced after she was caught on camera saying: "The vote was rigged."',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('judging words about someone else’s remarks (speech-noun)', () => {
  it('gives "called her remarks “…”" to the one who called them so', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz spoke at the rally on Friday. The mayor, Tom Hale, called her remarks "reckless and untrue."',
      ),
      ['Tom Hale'],
    );
  });
});

describe('works counted after "written" (workWritten)', () => {
  it('leaves "has written five books" an act, no report', () => {
    assert.equal(labelOf('The former reporter has written five books.'), 'fact');
  });
});

describe('counsel submitting a clause (clauseGiven)', () => {
  it('attributes "had submitted the evidence did not prove …" to the lawyer', () => {
    assert.equal(
      labelOf(
        'Defence lawyer Ana Ruiz had submitted the evidence did not prove a crime had occurred.',
      ),
      'attributed',
    );
  });

  it('leaves a bid submitted an act', () => {
    assert.equal(labelOf('The builder submitted a bid for the school contract.'), 'fact');
  });
});

describe('a surname with two letters swapped (editDistance)', () => {
  it('follows "Demriel" back to Füsun Demirel', () => {
    assert.deepEqual(
      speakers(
        '"We have waited for years," activist Füsun Demirel told reporters. "We will stand guard," Demriel promised.',
      ),
      ['Füsun Demirel', 'Füsun Demirel'],
    );
  });
});

describe('a post quoted in lower case (casualStop, HANDLE)', () => {
  const post =
    'The actor wrote on Instagram, "i have said this for years! @janeroe is the kindest person i know. there are few like her."';

  it('splits the quotation at its own stops before a handle and a lower-case word', () => {
    assert.equal(bodySentences(post).length, 3);
  });

  it('keeps the writer’s own lower-case word after a stop outside any quotation in one sentence', () => {
    assert.equal(bodySentences('The town has a pop. of about 3,000 and a school.').length, 1);
  });
});

describe('a named source closing the sentence after "per" (perSource)', () => {
  it('attributes figures given "per Box Office Mojo’s statistics"', () => {
    assert.equal(
      labelOf('The film earned 864 million dollars per Box Office Mojo’s statistics.'),
      'attributed',
    );
  });

  it('leaves a price per person a fact', () => {
    assert.equal(labelOf('Tickets to the fair cost 20 dollars per person.'), 'fact');
  });
});

describe('an apposition left unclosed before the verb (unclosedApposition)', () => {
  it('gives the words to the person, not to the film the apposition ends on', () => {
    assert.deepEqual(
      speakers(
        'Tom Hale, an actor in the new Marvel Studios film Ant-Man and the Wasp wrote on Instagram, "We will miss him."',
      ),
      ['Tom Hale'],
    );
  });
});

describe('an office of two capitalised words (byTitle)', () => {
  it('follows "The Prime Minister" back to the one named Prime Minister', () => {
    assert.deepEqual(
      speakers(
        'Prime Minister Ann Kerr visited the school. The Prime Minister said she was "deeply moved" by the pupils.',
      ),
      ['Ann Kerr'],
    );
  });

  it('does not take "the Foreign Secretary" for the Home Secretary', () => {
    assert.notDeepEqual(
      speakers('Home Secretary Ann Kerr spoke first. The Foreign Secretary said "we disagree."'),
      ['Ann Kerr'],
    );
  });
});

describe('a preposition of two words opening the sentence (sentenceSubject)', () => {
  it('finds the speaker after "Outside of the party,"', () => {
    assert.deepEqual(
      speakers(
        'Outside of the ruling party, opposition leader Ann Kerr spoke of his "energy and drive", noting his long service.',
      ),
      ['Ann Kerr'],
    );
  });
});

describe('a long office before a name (personName)', () => {
  it('opens the name on the given name after "… and Counterterrorism"', () => {
    assert.deepEqual(
      speakers(
        'Deputy Adviser for Homeland Security and Counterterrorism Tom O. Hale said on radio, "There are signs of an attack."',
      ),
      ['Tom O. Hale'],
    );
  });
});

describe('an adverb of "in" and a bare noun after the subject (npEndingAt)', () => {
  it('leaves "in part" out of the speaker', () => {
    assert.deepEqual(speakers('The notice in part said, "The office is closed today."'), [
      'The notice',
    ]);
  });
});

describe('a participle of saying opening the sentence (subjectOf)', () => {
  it('goes on with the speaker before, not the adverb before the participle', () => {
    assert.deepEqual(
      speakers('The mayor, Tom Hale, said, "The bridge is closed." Further adding, "Stay alert."'),
      ['Tom Hale', 'Tom Hale'],
    );
  });
});

describe('talk said to exist, with an adverb among the auxiliaries (thereWasTalk)', () => {
  it('attributes "There have also been reports of …"', () => {
    assert.equal(
      labelOf('There have also been reports of looting in the city centre.'),
      'attributed',
    );
  });

  it('leaves "no reports of injuries" a fact', () => {
    assert.equal(labelOf('There have also been no reports of injuries.'), 'fact');
  });
});

describe('"when asked" after a verb of telling (speaker cues)', () => {
  it('gives the answer to the one who told reporters, not to the reporters', () => {
    assert.deepEqual(
      speakers('Tom Hale told reporters when asked about the plan: "The answer is soon."'),
      ['Tom Hale'],
    );
  });
});

describe('an unnamed spokesman of a body named in several words (ownerBefore)', () => {
  it('is the "he" of the quotation after', () => {
    assert.deepEqual(
      speakers(
        'Ann Kerr spoke first. The Northern Water Board’s spokesman declared that the dam was safe. "There is no danger," he said.',
      ),
      ['The Northern Water Board’s spokesman'],
    );
  });
});

describe('a report with nobody named, closed by several phrases of place and time (reportedAlone)', () => {
  it('attributes "Over 500 deaths have been reported in the region in the now-fourteen days of the offensive"', () => {
    assert.equal(
      labelOf(
        'Over 500 deaths have been reported in the region in the now-fourteen days of the offensive.',
      ),
      'attributed',
    );
  });

  it('leaves "No deaths have been reported …" alone', () => {
    assert.equal(
      labelOf('No deaths have been reported in the city in the days of the storm.'),
      'fact',
    );
  });
});

describe('a given name written with an accent (withoutAccents)', () => {
  it('knows Íngrid as a woman’s name, so a later "he" is not hers', () => {
    assert.notEqual(
      speakers('The talks were about Íngrid Roe and the hostages. "We agreed," he said.')[0],
      'Íngrid Roe',
    );
  });
});

describe('British forms of "while" and "amid" (retagBritishConnectives)', () => {
  it('does not take "whilst" for the one calling', () => {
    assert.deepEqual(
      speakers(
        'Commissioner Ann Kerr stated that the weapons would "harm civilians", whilst also calling for the forces to "take great care".',
      ),
      ['Ann Kerr', 'Ann Kerr'],
    );
  });
});

describe('a ministry’s portfolio ending an office before its holder (personName)', () => {
  it('names "Minister for Defence Ignazio La Russa" as Ignazio La Russa', () => {
    assert.deepEqual(
      speakers(
        'Minister for Defence Ignazio La Russa spoke on Wednesday. La Russa said, "They will not fight."',
      ),
      ['Ignazio La Russa'],
    );
  });
});

describe('the temper of a quarrel (STANDING_APPRAISALS)', () => {
  // eight sentences or more: an article that reports, where one lone word of a weaker family would read as a fact
  const report = [
    'The two leaders met in Lima on Friday.',
    'They spoke for an hour.',
    'Ministers from both sides attended.',
    'The meeting was held at the foreign ministry.',
    'Reporters waited outside.',
    'The leaders then left for the airport.',
    'A joint statement is due on Monday.',
    '',
  ].join(' ');

  it('frames "the end of the bitter dispute" even alone', () => {
    assert.equal(
      labels(
        `${report}The handshake marked the end of the bitter dispute between the two nations.`,
      ).at(-1),
      'framing',
    );
  });
});

describe('a closing tag "claim residents" (retagReportingNouns)', () => {
  it('attributes a claim closed by unnamed people', () => {
    assert.equal(
      labelOf('This was the heaviest shelling in months, claim residents.'),
      'attributed',
    );
  });
});

describe('a name in apposition closing an inverted tag (speaker cues)', () => {
  it('gives "“…,” claimed his Sudanese counterpart, Deng Alor." to Deng Alor', () => {
    assert.deepEqual(
      speakers('"We need more troops," claimed his Sudanese counterpart, Deng Alor.'),
      ['Deng Alor'],
    );
  });
});

describe('a participle between "a" and a number (retagPrenominalParticiples)', () => {
  it('keeps "A reported 50,000 campaigners" one phrase, not the speaker "A"', () => {
    assert.notEqual(
      speakers('A reported 50,000 campaigners filled the square, chanting "We will stay."')[0],
      'A',
    );
  });
});

describe('a closing tag of unnamed people inside a paragraph (peopleToEnd)', () => {
  it('attributes "…, claim residents." with another sentence after it', () => {
    assert.equal(
      labels(
        'This was the heaviest shelling in months, claim residents. The army said nothing.',
      )[0],
      'attributed',
    );
  });
});

describe('talk said to come from someone (talkFrom)', () => {
  it('attributes "The claim that … comes from a doctor"', () => {
    assert.equal(
      labelOf(
        'The claim that the army used the bombs comes from a doctor at a hospital in the city.',
      ),
      'attributed',
    );
  });

  it('leaves water that comes from a well a fact', () => {
    assert.equal(labelOf('The water comes from a well near the school.'), 'fact');
  });
});

describe('a name in apposition with its closing comma left out (namedApposition)', () => {
  it('gives the words to "Hamid Karzai" in "Afghanistan’s president, Hamid Karzai criticized"', () => {
    assert.deepEqual(
      speakers(
        'Afghanistan’s president, Hamid Karzai criticized the attack saying the army is losing the "moral" battle.',
      ),
      ['Hamid Karzai'],
    );
  });
});

describe('"the statement added" two sentences after the statement (givenIn)', () => {
  it('goes to the body that spoke in a statement, past a reporter’s remark', () => {
    assert.deepEqual(
      speakers(
        'In a statement on television, the army said: "We will not use force." A BBC reporter said the words meant it \"now seems likely\" that change is coming. "The army is here for your safety," the statement added.',
      ),
      ['the army', 'A BBC reporter', 'the army'],
    );
  });
});

describe('a family name written first, shared by several full names (headlinedLonger)', () => {
  it('is the one the headline names', () => {
    const article = [
      'Police arrest suspect in killing of Kim Jong Nam',
      '',
      'Police arrested a suspect in the killing of Kim Jong Nam. He lived in Macau for many years.',
      '',
      'His father was Kim Jong Il. His brother Kim Jong Un became leader in 2011.',
      '',
      '"The regime will not last," said Kim in 2012.',
    ].join('\n');
    const said = analyzeArticle(article).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));
    assert.deepEqual(said, ['Kim Jong Nam']);
  });
});

describe('a thing that underlines as evidence (INFERENCE_VERBS)', () => {
  it('gives the words to the one who said so, not to the bombings', () => {
    assert.deepEqual(
      speakers(
        'Minister Ann Kerr said the bombings underlined "the brutality" of those who carried them out.',
      ),
      ['Ann Kerr'],
    );
  });
});

describe('a response made by doing something (respondedByDoing)', () => {
  it('leaves "responded to protestors by deploying tear gas" an act', () => {
    assert.equal(
      labelOf('Police responded to protestors by deploying tear gas and water cannons.'),
      'fact',
    );
  });

  it('keeps "responded by saying …" a report', () => {
    assert.equal(labelOf('The ministry responded by saying the claims were false.'), 'attributed');
  });
});

describe('a participle after a ", which …" clause (relativeBefore)', () => {
  it('gives the words to what "which" stands for', () => {
    assert.deepEqual(
      speakers(
        'The appeal was filed with the Court of Appeals, which declined to overturn the decision, stating "The request is denied."',
      ),
      ['Court of Appeals'],
    );
  });
});

describe('a person confirmed by a vote (personConfirmed)', () => {
  it('leaves "The judge was confirmed by the Senate" an act', () => {
    assert.equal(labelOf('The judge was confirmed by the Senate in 2004.'), 'fact');
  });

  it('keeps "The death was confirmed by police" a report', () => {
    assert.equal(labelOf('The death was confirmed by police.'), 'attributed');
  });
});
