import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labelOf, labels, speechSpeakersOf } from './helpers/short-article.ts';

describe('a person named in a tag before a firm of two names joined by "and" ("of Griggs and Santow Inc.")', () => {
  it("speaks, not the firm's second name closed by its legal form", () => {
    assert.deepEqual(
      speechSpeakersOf(
        'FED DATA\n\n"These numbers contain no hint of a shift," said William Griggs of Griggs and Santow Inc.',
      ),
      ['William Griggs'],
    );
  });

  it('and a later "he" is that person too', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'COPPER\n\n"Their costs are low," said Vahid Fathi of Prescott Ball and Turben Inc. "The shares will outperform," he said.',
      ),
      ['Vahid Fathi', 'Vahid Fathi'],
    );
  });
});

describe('a quiet manner of saying in a tag ("mumbled one onlooker")', () => {
  it('gives the quotation to the one who mumbled it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SHARES FALL\n\nPrices fell.\n\n"I can\'t believe it," mumbled one onlooker.',
      ),
      ['one onlooker'],
    );
  });

  it('and to the one who whispered or murmured it', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SHARES FALL\n\nPrices fell.\n\n"Sell," whispered one trader.\n\n"Buy," murmured one broker.',
      ),
      ['one trader', 'one broker'],
    );
  });
});

describe('a firm named after its industry ("Diamond Shamrock Refining and Marketing Co")', () => {
  it('is no person a later "he" may mean', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'ENERGY\n\nRoger Hemminghaus, President of Diamond Shamrock Refining and Marketing Co, said he was happy, adding that he expected "an increase in profitability by midyear."',
      ),
      ['Roger Hemminghaus'],
    );
  });
});

describe('someone not named, with a relative clause and no comma before the verb of saying', () => {
  it('is described with the clause ("one banker who attended the symposium said")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RATES\n\nOne banker who attended the symposium said, "It was a definite hint."',
      ),
      ['One banker who attended the symposium'],
    );
  });

  it('in a tag before the verb too ("one analyst who asked not to be named said")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'DOME\n\nPrices fell.\n\n"It will survive," one analyst who asked not to be named said.',
      ),
      ['one analyst who asked not to be named'],
    );
  });

  it('and after the verb, to the end of the tag ("said one banker who attended the symposium.")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RATES\n\nPrices fell.\n\n"It was a hint," said one banker who attended the symposium.',
      ),
      ['one banker who attended the symposium'],
    );
  });

  it('and a later "he" is that same description', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'RATES\n\nOne banker who attended the symposium said, "It was a definite hint." "Rates will fall," he added.',
      ),
      ['One banker who attended the symposium', 'One banker who attended the symposium'],
    );
  });

  it('leaves out an adverb of the sentence before the verb ("… with other nations also said")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'YEN\n\nA Finance Ministry official who took part in talks with other nations also said, "The accord holds."',
      ),
      ['A Finance Ministry official who took part in talks with other nations'],
    );
  });

  it('but not a clause that ends on a verb of no saying ("who was not authorized to give his name countered")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'ARMY\n\nA military spokesman who was not authorized to give his name countered, "We did not."',
      ),
      ['A military spokesman'],
    );
  });
});

describe("a firm's short name after its full name with a kind word before the legal form", () => {
  it('is the full name ("Gulf States" after "Gulf States Utilities Co")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'UTILITY\n\nGulf States Utilities Co said it lost money.\n\n"We need capital," Gulf States said.',
      ),
      ['Gulf States Utilities Co'],
    );
  });

  it('but a legal form is no kind word ("Texaco" after "Texaco Inc")', () => {
    assert.deepEqual(
      speechSpeakersOf('OIL\n\nTexaco Inc lost the case.\n\n"We will appeal," Texaco said.'),
      ['Texaco Inc'],
    );
  });
});

describe('a partnership named after its kind ("General Partners said")', () => {
  it('speaks as written, its first word no rank', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'BID\n\nGeneral Partners bid for GenCorp.\n\n"We do not foresee obstacles," General Partners said.',
      ),
      ['General Partners'],
    );
  });
});

describe('"Ste." before a town\'s name ("Ste. Therese")', () => {
  it('ends no sentence', () => {
    const text =
      'GM\n\nIt said it has produced 2.5 mln vehicles at the Ste. Therese plant since 1965.';
    assert.equal(analyzeArticle(text).sentences.length, 2);
  });
});

describe('a given name the wire carries ("President Corazon Aquino … her government")', () => {
  it('keeps a "her" from teaching a man named before that he is a woman', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'TALKS',
          '"The talks are good," Christian Roeher, Secretary-General of the European Chamber, said.',
          'Business leaders said the deal would give President Corazon Aquino some breathing space, but warned her government was still in the midst of political consolidation.',
          'Aurelio Periquet, President of the Chamber, told Reuters the accord was good.',
          '"This government needs time," he said.',
          'Roeher said foreign investment would be held back. "The elections will matter," he said.',
        ].join('\n\n'),
      ),
      ['Christian Roeher', 'Aurelio Periquet', 'Christian Roeher'],
    );
  });
});

describe('a paper put forward as the subject of "showed" ("The proposal showed that …")', () => {
  it('is attributed, as a study or a report is', () => {
    assert.deepEqual(
      labels(
        'The proposal showed that collaterals would not be recognised.\n\nOnly state guarantees count, the proposals showed.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a proposal that does something is a fact', () => {
    assert.equal(labelOf('The proposal would cut taxes by half.'), 'fact');
  });
});

describe('a poll that gives a party named with "the" its standing ("a MORI poll gave the Tories a 92 seat majority")', () => {
  it('is attributed', () => {
    assert.equal(
      labelOf('In The Times of London, a MORI poll gave the Tories a 92 seat majority.'),
      'attributed',
    );
  });

  it('but a poll giving a thing no standing is not', () => {
    assert.equal(labelOf('The poll gave the company a headache.'), 'fact');
  });
});

describe('a firm\'s name opening with a capitalised word in -ing ("Redding Research\'s LaTronica said")', () => {
  it('is a name, so its person speaks and the sentence is attributed', () => {
    assert.deepEqual(
      labels('Redding Research\'s LaTronica said, "There\'s been a swing in sentiment."'),
      ['attributed'],
    );
  });

  it('leaves a gerund with a lower-case object alone ("Running the firm\'s books is hard")', () => {
    assert.equal(labelOf("Running the firm's books is hard work."), 'fact');
  });
});

describe('whatever is put at a figure ("USDA put cattle-on-feed in the seven major states at 7.52 mln head")', () => {
  it('is an estimate, attributed to whoever put it there', () => {
    assert.deepEqual(
      labels(
        'USDA put cattle-on-feed in the seven major states at 7.52 mln head.\n\nThe association put the three-month average book-to-bill ratio at 1.21.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a thing put at a place is no estimate ("He put the box at the door.")', () => {
    assert.equal(labelOf('He put the box at the door.'), 'fact');
  });
});

describe('"agreed" in a tag set off by commas inside the sentence ("Programs most prone, they agreed, are …")', () => {
  it('is attributed', () => {
    assert.equal(
      labelOf(
        'Programs most prone, they agreed, are the Advanced Tactical Fighter and the new bomber.',
      ),
      'attributed',
    );
  });

  it('but agreeing to a deal is an act ("The two sides agreed, and the talks ended.")', () => {
    assert.equal(labelOf('The two sides agreed, and the talks ended.'), 'fact');
  });
});

describe('an expectation denied with an object and an infinitive ("they do not expect the Administration to retreat")', () => {
  it("is still the holders' view, attributed", () => {
    assert.equal(
      labelOf('Analysts do not expect the Administration to retreat from proposed sanctions.'),
      'attributed',
    );
  });
});

describe('"saw" with a figure and its change in -ing ("They saw exports falling by 2-1/2 pct in 1987")', () => {
  it('is a forecast, attributed', () => {
    assert.deepEqual(
      labels(
        'They saw exports falling by 2-1/2 pct in 1987.\n\nIfo and DIW saw these investments rising by only two pct.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but a sight is no forecast ("Witnesses saw the man running from the bank.")', () => {
    assert.equal(labelOf('Witnesses saw the man running from the bank.'), 'fact');
  });
});

describe('"agreed" with a clause and no "that" ("Most analysts agreed Lawson had bolstered the Budget")', () => {
  it('is a shared view, attributed', () => {
    assert.equal(
      labelOf('Most analysts agreed Lawson had bolstered the credibility of the Budget.'),
      'attributed',
    );
  });

  it('but agreeing terms is an act ("The two sides agreed the terms of the deal.")', () => {
    assert.equal(labelOf('The two sides agreed the terms of the deal.'), 'fact');
  });
});

describe('an expectation denied of a thing ("Analysts do not expect regulatory hurdles")', () => {
  it('is a forecast that none will come, attributed', () => {
    assert.deepEqual(
      labels(
        'Analysts do not expect regulatory hurdles because of the precedent.\n\nU.S. officials do not expect any Japanese concessions.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('but not expecting one event is no forecast ("He did not expect the decision.")', () => {
    assert.equal(labelOf('He did not expect the decision.'), 'fact');
  });
});

describe('a word the wire capitalised after "U.S." ("the U.S. Would erase its deficit")', () => {
  it('makes no person, so a later "he" is the man named before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'SHULTZ\n\nSecretary of State George Shultz said the U.S. Would erase its deficit.\n\n"The economy will adjust," he told a conference.',
      ),
      ['George Shultz'],
    );
  });
});

describe('a market\'s measure named in capitals ("the Dow Jones Industrial average")', () => {
  it('is no woman for a later "she"', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'STOCKS',
          'Yesterday, the Dow Jones Industrial average closed above the 2400 mark.',
          '"We\'re still in the midst of a correction" in the broad market, she said.',
        ].join('\n\n'),
      ),
      [null],
    );
  });
});

describe('"it" opening the clause of "X said" ("Coastal Corp said it expected earnings “to be …”")', () => {
  it('is X, not a name in the headline', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'COASTAL SEES INCREASE\n\nCoastal Corp said it expected earnings for 1987 "to be significantly above" profits of 71.6 mln dlrs last year.',
      ),
      ['Coastal Corp'],
    );
  });
});

describe('"the official" long after the one official the article introduced', () => {
  const filler = Array.from(
    { length: 12 },
    (_, i) => `Debtor nation ${i + 1} has adopted reforms and banks have lent more.`,
  );

  it('is that official, past the usual reach', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'DEBT',
          'One Reagan administration official said the strategy had "very broad support".',
          ...filler,
          '"It underlines the extreme risk," the official said.',
        ].join('\n\n'),
      ),
      ['One Reagan administration official', 'One Reagan administration official'],
    );
  });

  it('stays as written when the article introduced two officials', () => {
    const speakers = speechSpeakersOf(
      [
        'DEBT',
        'One Reagan administration official said the strategy had "very broad support".',
        'A Brazilian official said the talks would go on.',
        ...filler,
        '"It underlines the extreme risk," the official said.',
      ].join('\n\n'),
    );
    assert.equal(speakers.at(-1), 'the official');
  });
});

describe('"added" and "one" with a noun for a person after a quotation (\'“…,” added one trader.\')', () => {
  it('is the tag, "one trader" who speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'DOLLAR\n\n"It would have done the trick," said one currency analyst.\n\n"It would show weakness," added one senior trader.',
      ),
      ['one currency analyst', 'one senior trader'],
    );
  });

  it('but a figure that adds one point is no tag', () => {
    assert.equal(labelOf('The index rose 12 points, and the dollar added one point.'), 'fact');
  });
});

describe('someone not named who shares a view ("An analyst … shared Baker\'s doubts. “…,” he said.")', () => {
  it('is the one a later "he" means, not the man whose view it was', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'DOLLAR',
          'Treasury Secretary James Baker said the dollar could fall further.',
          'A foreign exchange analyst at a major Japanese bank here shared Baker\'s doubts. "Dollar defending measures are very unlikely," he said.',
        ].join('\n\n'),
      ),
      ['A foreign exchange analyst at a major Japanese bank'],
    );
  });
});

describe('"But added:" opening a sentence with no subject', () => {
  it('gives the quotation to the subject of the sentence before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'TALKS\n\nRaimond said negotiations took a long time. But added: "Time is now ripe."',
      ),
      ['Raimond'],
    );
  });
});

describe('a surname in a headline in capitals ("ABRAMS SAYS HE “HONEST BUT WRONG”")', () => {
  it('is the person the story names in full', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'ABRAMS SAYS HE "HONEST BUT WRONG"\n\nAssistant Secretary of State Elliott Abrams said he had been wrong.',
      ),
      ['Elliott Abrams'],
    );
  });
});

describe('"Due to …" opening a sentence ("Due to the delays, “…,” it said, adding “…”")', () => {
  it('is no subject that speaks', () => {
    const speakers = speechSpeakersOf(
      [
        'ORDERS',
        'Applied Biosystems said it expects the software will be completed during the fourth quarter.',
        'Due to the delays and European uncertainties, "we must now view the coming quarters with caution," it said, adding "some earnings pressure is anticipated."',
      ].join('\n\n'),
    );
    assert.ok(!speakers.includes('Due to the delays and European uncertainties'), String(speakers));
  });
});

describe('a firm named after two partners joined by "and" in a description ("a spokesman at brokers Batliwala and Karani")', () => {
  it('is all of who speaks', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'BONDS\n\nA spokesman at Bombay stock brokers Batliwala and Karani said the bonds sold well. "Individuals are investing," he said.',
      ),
      ['A spokesman at Bombay stock brokers Batliwala and Karani'],
    );
  });
});

describe('one who says "it" will do something ("Texaco said it lost money.")', () => {
  it('is a body, the "it" of a later tag', () => {
    assert.deepEqual(
      speechSpeakersOf('OIL\n\nTexaco said it lost money. "We must be cautious," it said.'),
      ['Texaco'],
    );
  });

  it('but a person named with a given name stays a person ("John Smith said it was a good day")', () => {
    assert.deepEqual(
      speechSpeakersOf('DAY\n\nJohn Smith said it was a good day. "We must be cautious," it said.'),
      [null],
    );
  });
});

describe('a capitalised participle opening a firm\'s name before "said" ("Applied Biosystems said")', () => {
  it('is part of the name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'ORDERS\n\nApplied Biosystems said it lowered its forecast.\n\n"We must view the coming quarters with caution," it said.',
      ),
      ['Applied Biosystems'],
    );
  });
});
