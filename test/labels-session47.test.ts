import assert from 'node:assert/strict';
import {
  bodySentences,
  labels,
  quotes,
  speakers,
  speechSpeakersOf,
} from './helpers/short-article.ts';

describe('someone not named in the tag closing a sentence ("…, a senior bank official told reporters.")', () => {
  it('is whom a later "he" means, not a man named in between', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'BANK HAPPY WITH YEN',
          'The bank is satisfied with the yen around its current range, a senior bank official told reporters.',
          'Finance Minister John Barton said on Friday the rate was not satisfactory for the economy.',
          'The senior official said growth would be about three pct next year.',
          'Inflation could become a problem later, he said. “We are sitting on a barrel of powder,” he added.',
        ].join('\n\n'),
      ),
      ['a senior bank official'],
    );
  });

  it('is named again by "the" and the same noun as the subject of a verb of saying ("The dealer, who …, said")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'VENEZUELA CUTS OFF BROKERS',
          '“It is definitely a control,” one dealer here said.',
          'The order was signed by John Barton, head of the bank’s foreign department.',
          'The dealer, who asked not to be named, said his customers had stopped calling him.',
          '“It was a frenetic market,” he said.',
        ].join('\n\n'),
      ),
      ['one dealer', 'one dealer'],
    );
  });
});

describe('a double mark typed for an apostrophe between a word and its ending (Turkey"s, isn"t)', () => {
  it('opens no quotation', () => {
    assert.deepEqual(
      quotes(
        'Turkey"s standoff with Greece appeared at an end. The radio said the minister had briefed the country"s parties. It isn"t over, officials said.',
      ),
      [],
    );
  });

  it('leaves a quotation closed before an "s" word as it was', () => {
    assert.deepEqual(
      quotes('He called the plan "simple" so often that it became a joke.').map((q) => q.text),
      ['simple'],
    );
  });
});

describe('a nation\'s adjective before a noun that is also a verb of saying ("telling Turkish radio: …")', () => {
  it('names whom the words were told to, not who said them', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'PRIME MINISTER RETURNS',
          'Prime Minister Ana Ruiz is expected home today after surgery abroad.',
          'She was in defiant mood last night, telling Spanish radio: “We will never accept that.”',
        ].join('\n\n'),
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('a description after a name holding "Palo Alto, Calif.-based" or "Dallas-based"', () => {
  it('leaves the name as the speaker, not the firm', () => {
    assert.deepEqual(
      speakers(
        'Ana Ruiz, president of Palo Alto, Calif.-based Nexo, said, “Most firms are still waiting.” Tom Hale, chairman of Dallas-based Corvex, said, “We are not selling.”',
      ),
      ['Ana Ruiz', 'Tom Hale'],
    );
  });
});

describe('"who" after a name and a title at a body ("Tom Hale, Chief Economist at Corvex Bank Plc, who …")', () => {
  it('stands for the person named, not the body', () => {
    assert.deepEqual(
      speakers(
        'The dollar fell, said Tom Hale, Chief Economist at Corvex Bank Plc, who described the new chairman as an “orthodox economist” at a briefing.',
      ),
      ['Tom Hale'],
    );
  });
});

describe('a conjunction or preposition the wire capitalised after "U.S." ("could send the U.S. Into recession")', () => {
  it('ends no sentence before a word in lower case or a number', () => {
    assert.deepEqual(
      [
        'Too tight a policy could send the U.S. Into recession, he said.',
        'Japan has the most banks in Hong Kong, followed by the U.S. With 22 banks.',
        'He is a guardian of the U.S. And international banking system.',
      ].map((text) => bodySentences(text).length),
      [1, 1, 1],
    );
  });

  it('still ends one before a word that opens a sentence ("… to the U.S. For the first time, …" keeps "For the")', () => {
    assert.equal(bodySentences('He moved to the U.S. For the first time, he felt free.').length, 2);
  });
});

describe('"the official" after "The mining sector official also said …" and another official introduced between', () => {
  it('is the official those words describe', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'SILVER POLICY UNCHANGED',
          'One Mexican mining sector official told Reuters there had been no change in policy.',
          'An official in the ministry’s metallurgy department also said no change had been made.',
          'The mining sector official also said he doubted Mexico would follow Peru.',
          '“It is very probable a change will not be made,” the official said.',
        ].join('\n\n'),
      ),
      ['One Mexican mining sector official'],
    );
  });
});

describe('"the" and one capitalised word saying something ("…, the Bundesbank said.")', () => {
  it('is the body a later "it said" speaks for', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'EMS INTERVENTION SAID SOMETIMES COUNTERPRODUCTIVE',
          'Attempts to hold currency rates within tight ranges can be counterproductive, the Bundesbank said.',
          '“The movements can promote the weaker tendency of a currency,” it said in its annual report.',
        ].join('\n\n'),
      ),
      ['Bundesbank'],
    );
  });
});

describe('"one" and a capitalised adjective opening the sentence ("One Chinese journalist said …")', () => {
  it('introduces whom a later "he said" means, not a man named before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CHINA SHARES',
          'Tom Hale, vice governor of the bank, said shares would be issued.',
          'One Chinese journalist said conditions are not ripe for share issues.',
          '“There are many factors beyond a firm’s control,” he said.',
        ].join('\n\n'),
      ),
      ['One Chinese journalist'],
    );
  });
});

describe('a verb inside what someone said, its subject a thing ("He said share issues raise questions: …")', () => {
  it('leaves the words to the one saying', () => {
    assert.deepEqual(
      speakers(
        'Tom Hale said share issues raise sensitive questions: “What happens if the value falls?”',
      ),
      ['Tom Hale'],
    );
  });
});

describe('"the report said" after "The report of the Harbour Safety Committee recommended …"', () => {
  it('speaks for the body that made the report', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'PIER PLAN OUTLINED',
          'The pier should close for a year, a government report said on Monday.',
          'The report of the Harbour Safety Committee also recommended new railings.',
          '“The committee recommends that the pier be rebuilt in stages,” the report said.',
        ].join('\n\n'),
      ),
      ['Harbour Safety Committee'],
    );
  });
});

describe('a name, a comma and a title at a firm before "said" with no closing comma ("Ana Ruiz, director at Corvex Co said")', () => {
  it('names the person, not the title', () => {
    assert.deepEqual(
      speakers(
        '“A rumor is going around the trading floors,” Ana Ruiz, director of research at Corvex Co said.',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('"the company said" after a firm named in full with its legal form, then by its one hyphened word', () => {
  it('is that firm, named in full', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CORVEX-HALE FILES FOR CHAPTER 11',
          'Corvex-Hale Corp said it filed for protection from its creditors.',
          'Corvex-Hale said the quick agreement was vital to its plan.',
          'However, the company said, “agreement could not be reached in the time available.”',
        ].join('\n\n'),
      ),
      ['Corvex-Hale Corp'],
    );
  });
});

describe('"the company said" where the sentence before is about a thing, in a story opened by a firm saying something', () => {
  it('is the firm the story opened on', () => {
    const story = (lead: string) =>
      speechSpeakersOf(
        [
          'CORVEX TO DRILL TWO WELLS',
          lead,
          'The Nova field was discovered by Corvex in 1984.',
          '“We have had encouraging results,” the company said.',
        ].join('\n\n'),
      );
    assert.deepEqual(
      [
        story('Corvex, Canada’s state-owned oil company, said it will drill two wells.'),
        story('Corvex Industries Inc said it will drill two wells.'),
      ],
      [['Corvex'], ['Corvex Industries Inc']],
    );
  });

  it('is left as written when a person was the subject just before', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CORVEX TO DRILL TWO WELLS',
          'Corvex Industries Inc said it will drill two wells.',
          'Ana Ruiz sold her stake in the field in 1984.',
          '“We have had encouraging results,” the company said.',
        ].join('\n\n'),
      ),
      ['the company'],
    );
  });
});

describe('a nickname in quote marks inside a name (\'C. J. "Pete" Silas\')', () => {
  it("stays in the speaker's name, initials set apart included", () => {
    assert.deepEqual(
      speakers(
        'Phillips Chairman C. J. "Pete" Silas said "the stock rose." GM sales chief C.N. "Bud" Moore said sales "began their recovery."',
      ),
      [null, 'C. J. "Pete" Silas', null, 'C.N. "Bud" Moore'],
    );
  });
});

describe('someone introduced with "another" ("Another senior official said …")', () => {
  it('is whom "the official said" points back to', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'BRAZIL DEBT TALKS',
          '“Brazil has to deal with the banks,” said one official.',
          'Finance Minister Tom Hale met bankers in Paris on Monday.',
          'Another senior administration official said he was perplexed by the minister’s decision.',
          '“To me it seems bizarre,” the official said.',
        ].join('\n\n'),
      ),
      ['one official', 'Another senior administration official'],
    );
  });
});

describe('a subject given a name with "known as" or "called" ("Communist hitmen known as sparrows have claimed …")', () => {
  it('is the source of what it claims or says', () => {
    assert.deepEqual(
      labels(
        'Communist hitmen known as sparrows have claimed they killed 22 soldiers. A group called Voters First has said the vote was unfair.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('"projected" after a person, with an object ("He projected a budget of 730 mln dlrs")', () => {
  it("is that person's forecast, and a document's projection is not", () => {
    assert.deepEqual(
      labels(
        'Tom Hale projected a capital budget of 730 mln dlrs for the year. The plan projected increases in spending.',
      ),
      ['attributed', 'fact'],
    );
  });
});

describe('a source "uncertain about" or "unsure about" a prospect ("industry sources were more uncertain about …")', () => {
  it("reports the source's view", () => {
    assert.deepEqual(
      labels(
        'Industry sources were more uncertain about prospects for the deal. Some traders are unsure about the outlook.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('"is seen" before a verb of change or a figure in a story\'s body ("Prices are seen rising in 1987")', () => {
  it('is a forecast nobody is said to make: framing; a person seen leaving, or a source named, is not', () => {
    assert.deepEqual(
      labels(
        'The new bonds are seen drawing firm demand. Growth is seen at three pct next year. He was seen leaving the house on Monday. Prices are seen rising by most analysts.',
      ),
      ['framing', 'framing', 'fact', 'attributed'],
    );
  });
});

describe('"a U.S. Banker" as the wire writes it, the word after "U.S." capitalised', () => {
  it('is someone not named, kept with its "a"', () => {
    assert.deepEqual(
      speakers(
        '“The strikes were unexpected,” a U.S. Banker told Reuters. “It is fine,” said a U.K. Official.',
      ),
      ['a U.S. Banker', 'a U.K. Official'],
    );
  });
});

describe('someone not named, described with "at one …" or "with one …" ("a director at one U.K. merchant bank")', () => {
  it('keeps the whole description', () => {
    assert.deepEqual(
      speakers(
        '“The risks are very large,” said a director at one U.K. merchant bank. “Everyone will follow,” said an official with one U.S. carmaker.',
      ),
      ['a director at one U.K. merchant bank', 'an official with one U.S. carmaker'],
    );
  });
});

describe('someone introduced after an opening adverb or with "another" ("However, one fund manager does not agree …")', () => {
  it('is whom a later "he said" means, not a man named before', () => {
    const story = (middle: string) =>
      speechSpeakersOf(
        [
          'JAPANESE WARY OF GERMAN STOCKS',
          'The Frankfurt ratio is low, Tom Hale, a vice president of Nordbank, said.',
          middle,
          '“They are waiting for someone to make the first move,” he said.',
        ].join('\n\n'),
      );
    assert.deepEqual(
      [
        story('However, one fund manager does not agree that investment will come soon.'),
        story('Another manager said the Japanese are waiting to see the trends.'),
      ],
      [['one fund manager'], ['Another manager']],
    );
  });
});

describe('the session 47 review: readings the new rules must leave alone', () => {
  it('leaves "the union said" to the union, not to the firm the story opened on', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CORVEX CUTS JOBS',
          'Corvex Industries Inc said it would cut 500 jobs at the plant.',
          'The plant employs 2,000 workers.',
          '“We will fight these cuts,” the union said.',
        ].join('\n\n'),
      ),
      ['the union'],
    );
  });

  it('does not take "the driver" for "A lawyer for the driver"', () => {
    const [speaker] = speechSpeakersOf(
      [
        'CRASH ON THE COAST ROAD',
        'A lawyer for the driver said the crash was an accident.',
        'Police chief Tom Hale said the road was closed.',
        'The driver said he had been blinded by the sun.',
        '“I did not see the car,” he said.',
      ].join('\n\n'),
    );
    assert.notEqual(speaker, 'A lawyer for the driver');
  });

  it('reads a sighting in the past, a place or a person seen doing something as fact', () => {
    assert.deepEqual(
      labels(
        'Smoke was seen rising from the building. The girl was seen at 3 pm on Friday. The man was seen climbing over the fence.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });

  it('still ends a sentence before a capitalised preposition that opens one ("… to the U.S. For years he …")', () => {
    assert.deepEqual(
      [
        'He moved to the U.S. For years he worked as a waiter.',
        'He fled to the U.S. With little money, he started a shop.',
      ].map((text) => bodySentences(text).length),
      [2, 2],
    );
  });

  it('keeps "Many Japanese claim …" a report, and "projected" with no figure no forecast', () => {
    assert.deepEqual(
      labels(
        'Many Japanese claim the tests were rigged. They projected images onto the wall of the hall.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads "I"m", the wire\'s apostrophe, inside one quotation', () => {
    assert.deepEqual(
      quotes('“I"m not sure we can do it,” Tom Hale said.').map((q) => q.text),
      ['I"m not sure we can do it,'],
    );
  });
});

describe("a body described by where it is based, or someone described before the wire's capital", () => {
  it('names the body without its place ("the Washington-based Atlantic Council said") and keeps "a senior U.S. Official" whole', () => {
    assert.deepEqual(
      speakers(
        '“Canada is a major player again,” the Washington-based Atlantic Council said. “It would take five minutes,” a senior U.S. Official said.',
      ),
      ['Atlantic Council', 'a senior U.S. Official'],
    );
  });
});

describe('"Another" alone after someone not named was found speaking ("“…,” one banker said. Another said …")', () => {
  it('is one more of the same kind', () => {
    assert.deepEqual(
      speakers(
        '“You can make the case,” one banker said. Another, referring to the negotiators, said “The only reason is political.”',
      ),
      ['one banker', 'Another banker'],
    );
  });
});

describe('someone not named in a closing tag after a clause that names a man ("Tom Hale has not said …, a spokesman said.")', () => {
  it('is the "he" of the next sentence: the tag reports the whole sentence', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'HALE TO STAY',
          'Mayor Tom Hale has not said he will resign, a council spokesman said.',
          '“He is staying until the vote,” he said.',
        ].join('\n\n'),
      ),
      ['a council spokesman'],
    );
  });
});

describe('months joined by a hyphen ("1986/87 (September-August)") and someone who "estimated" a figure', () => {
  it('leaves the months no person, and the one who estimated is whom "he said" means', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CHINA SUGAR',
          'An expert forecast a drop in cane acreage in 1986/87 (September-August) of up to 10 pct.',
          'A Hong Kong trader estimated stocks at more than three mln tonnes at end-January.',
          '“Now they are falling,” he said.',
        ].join('\n\n'),
      ),
      ['A Hong Kong trader'],
    );
  });
});

describe('"The daily said …", the tagger having read "daily" as an adverb', () => {
  it('leaves "it said" after it no speaker called "The"', () => {
    const [speaker] = speechSpeakersOf(
      [
        'CHINA SLOWS PRICE REFORM',
        'The daily said price increases had been taking place too quickly.',
        '“In future, price changes should be only in small steps,” it said.',
      ].join('\n\n'),
    );
    assert.notEqual(speaker, 'The');
  });
});

describe('"the Chinese journalist", a nation\'s adjective in the description of someone introduced before', () => {
  it('points back to "A Chinese journalist", in a tag and as a subject', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'CHINA SLOWS PRICE REFORM',
          '“Prices have aroused great discontent,” one western diplomat said.',
          'A Chinese journalist said the reformers had misjudged the public.',
          '“A major review is under way,” the Chinese journalist said.',
          'The Chinese journalist added that China had reached a crossroads.',
          '“There is no clear proposal as to what to do next,” he said.',
        ].join('\n\n'),
      ),
      ['one western diplomat', 'A Chinese journalist', 'A Chinese journalist'],
    );
  });
});
