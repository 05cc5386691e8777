import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels, speakers } from './helpers/short-article.ts';

/** The speakers of every quote of an article with its own headline. */
const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers rounds 135-138 showed', () => {
  it('gives a tag pronoun after a reported clause to someone that clause does not name', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes attacks Okafor\n\nTom Reyes spoke to party members in Leeds.\n\n' +
          'Mr Okafor has failed to fix the roads, he claimed, saying he had the "wrong plan" for them.',
      ),
      ['Tom Reyes'],
    );
  });

  it('keeps words after "X, he said, can …" with the speaker quoted before them', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes attacks Okafor\n\nTom Reyes spoke to party members in Leeds.\n\n' +
          'Mr Okafor has failed to fix the roads, he claimed.\n\n' +
          '"The result is higher rents." The Greens, he said, can cut rents. "We can do it without new taxes."',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });

  it('does not take a tournament for a person ("the World Indoor Championships")', () => {
    assert.deepEqual(
      articleSpeakers(
        'Okafor eyes title\n\nAde Okafor has won the title twice.\n\nShe trained in Spain this winter. ' +
          'The World Indoor Championships begin in Paris on Friday. "I only go if I can win," said the 27-year-old.',
      ),
      ['Ade Okafor'],
    );
  });

  it('reads "the two-time champion" as the one that title points back to', () => {
    assert.deepEqual(
      articleSpeakers(
        'Okafor eyes indoor title\n\nBritain’s Ada Okafor has also not ruled out running in Paris.\n\n' +
          '"I haven’t decided yet," said the two-time champion.',
      ),
      ['Ada Okafor'],
    );
  });

  it('reads an age after a place named only after "at" as the speaker quoted just before', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes on the derby\n\n"It is personal," the defender Tom Reyes told the Herald. "There is an edge." ' +
          'Last May, Rovers lost 2-0 at Lower Meadow, which ended a long unbeaten run.\n\n' +
          '"It hurt us," added the 30-year-old.',
      ),
      ['Tom Reyes', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('gives a paragraph of reopened quotations after a named subject to that subject', () => {
    assert.deepEqual(
      speakers(
        'Speaking about his plans, Reyes said he would move abroad soon. "I’m 30 now - that’s definite. ' +
          '"Italy looks good to me. I’m learning Italian, of course."',
      ),
      ['Reyes', 'Reyes', 'Reyes'],
    );
  });

  it('does not read "as opposed to" as someone opposing', () => {
    assert.deepEqual(
      speakers(
        'Chairman Ann Berg said registration by voter, as opposed to by household, should come soon as it ' +
          'could "cut fraud".',
      ),
      ['Ann Berg'],
    );
    assert.deepEqual(labels('Rents rose by 4%, as opposed to 2% last year.'), ['fact']);
  });

  it('reads a quotation of thought tagged "they pondered" as tagged', () => {
    assert.deepEqual(speakers('"Where is the fun in that?" Ann Berg pondered at every stage.'), [
      'Ann Berg',
    ]);
  });
});

describe('speakers rounds 129-148 showed', () => {
  it('reads a capitalised "Home" after "said" as part of the title and name after it', () => {
    assert.deepEqual(speakers('"We need advice," said Home Office Minister Ann Berg.'), [
      'Ann Berg',
    ]);
  });

  it('keeps a sentence-opening adverb out of the name after it', () => {
    assert.deepEqual(
      speakers(
        'Rents rose again. Meanwhile Tom Reyes, the housing spokesman, said: "This is bad."',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "acting" before a title as part of the title, not a verb', () => {
    assert.deepEqual(
      speakers('Wales’s acting head coach Tom Reyes said: "He is a natural leader."'),
      ['Tom Reyes'],
    );
  });

  it('gives "the French president" to the president the article named with the same words', () => {
    assert.deepEqual(
      articleSpeakers(
        'Berg urges unity\n\nAnn Berg met President Tom Reyes and French President Paul Okafor in Brussels. ' +
          'Ann Berg then flew home. The French president told reporters: "Europe needs unity."',
      ),
      ['Paul Okafor'],
    );
  });

  it('steps over "the firm" subjects back to the firm’s name for "the company said"', () => {
    assert.deepEqual(
      speakers(
        'Tidecorp said the outlook was stable. The firm will benefit from a new ferry. However, the firm said ' +
          'margins would fall. "Tidecorp intends to grow," the company said in a statement.',
      ),
      ['Tidecorp'],
    );
  });

  it('does not take a firm named after its kind for a person a later "he" means', () => {
    assert.deepEqual(
      articleSpeakers(
        'Book wins film deal\n\nDirector Ann Berg and the writer Tom Reyes met in May.\n\n' +
          'A studio has bought the rights for Reyes’s company Reyes Free to develop. "It is an enchanting book," he said.',
      ),
      ['Tom Reyes'],
    );
  });
});

describe('speakers rounds 149-156 showed', () => {
  it('reads a surname after a nickname in quotes as the surname, the whole name with its nickname for the speaker', () => {
    assert.deepEqual(
      speakers(
        'Guitarist Brian \'Hawk\' Bellow told a radio station he had quit. "I will show it through my actions," ' +
          'added Bellow.',
      ),
      [null, "Brian 'Hawk' Bellow"],
    );
  });

  it('gives "he said" closing a quotation of several sentences to the person named just before it', () => {
    assert.deepEqual(
      articleSpeakers(
        'Wales coach elated\n\nTom Reyes paid tribute to his side after the win.\n\n' +
          '"We had to show character," said Reyes. "It was a great team effort." Man-of-the-match Dai Pryce, ' +
          'who kicked three penalties, was ecstatic after the win.\n\n' +
          '"It is a special moment. Two years ago we won nothing. But we are a happy camp now," he said.',
      ),
      ['Tom Reyes', 'Tom Reyes', 'Dai Pryce', 'Dai Pryce', 'Dai Pryce'],
    );
  });

  it('reads "try scorer" before a name as a title, not a verb ending the subject', () => {
    assert.deepEqual(
      speakers(
        'Double try scorer Dai Pryce was keen not to talk about it. "We have belief these days."',
      ),
      ['Dai Pryce'],
    );
  });

  it('reads a body named after "Athletics’ ruling body" by its name', () => {
    assert.deepEqual(
      speakers('Athletics\' ruling body the IAAF said the excuses were "unacceptable".'),
      ['IAAF'],
    );
  });

  it('does not read a verb after a quoted word as a tag ("“instinctively” understood the …")', () => {
    assert.deepEqual(
      speakers(
        'His party "instinctively" understood the "new liberal Britain" which is no longer a nation of one ' +
          'church, Tom Reyes said.',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });

  it('reads a party’s opposition as its stated stance, whatever the party is called', () => {
    assert.deepEqual(
      labels(
        'The Lib Dems also oppose the plans. The Conservatives reject the bill. The law rejects such claims.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});

describe('speakers rounds 157-158 showed', () => {
  it('does not take a club joined by "and" to another after "against" for the subject a "he" means', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes played on Saturday. Reyes’s future at the club has been in doubt. However, good displays ' +
          'against West Brom and Aston Villa have impressed fans. "The crowd gave me a standing ovation," he said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('still reads "… and Owen is confident" as Owen the subject', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes scored twice. Victory took the side to within six points of leaders Barcelona and Reyes is ' +
          'confident. He added: "We can catch them."',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "the Oscar winner" and "the New Zealander" as the person the story is about', () => {
    assert.deepEqual(
      articleSpeakers(
        "Reyes film 'years away'\n\nFilm director Tom Reyes has said it will be years before he starts work.\n\n" +
          'The Oscar winner said there was a "desire" to make it. "It will take lawyers," said the New Zealander.',
      ),
      ['Tom Reyes', 'Tom Reyes', 'Tom Reyes'],
    );
  });
});

describe('speakers rounds 159-166 showed', () => {
  it('reads "… but Cole said:" as Cole speaking, not the subject before "but"', () => {
    assert.deepEqual(
      speakers('Tom Reyes is ruled out with an injury but Pryce said: "No-one is to blame."'),
      ['Pryce'],
    );
  });

  it('reads a tag inside the sentence, verb first ("…, said Ann Berg of Nordbank, were …")', () => {
    assert.deepEqual(
      speakers(
        'The ministers’ comments, said Ann Berg of Nordbank in Oslo, were "too weak to matter".',
      ),
      ['Ann Berg'],
    );
    assert.deepEqual(
      speakers(
        'But Tom Reyes, MP for Leeds, said the issue would soon go, and that "people will laugh".',
      ),
      ['Tom Reyes'],
    );
  });

  it('gives words in what someone is urged to admit to the one who urges', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes spoke in the Commons. He urged the chancellor to admit he had dragged "millions of people into the net".',
      ),
      ['Tom Reyes'],
    );
  });
});

describe('speakers round 166 showed', () => {
  it('follows "he" after "The former Scotland international added …" to the story’s subject', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes turns down Rovers\n\nFormer City manager Tom Reyes has rejected the chance to manage Rovers.\n\n' +
          '"It is a fine job," Reyes told the BBC. Club director Dai Pryce held talks with Reyes on Saturday. ' +
          'The former Scotland international added that the move would not be wise. "I have too many memories," he said.',
      ),
      ['Tom Reyes', 'Tom Reyes'],
    );
  });
});

describe('speakers rounds 143-174 showed', () => {
  it('reads the subject after "after" as the one who said ("The row comes after Mr Reyes said …")', () => {
    assert.deepEqual(
      speakers(
        'The row comes after Mr Reyes told members the Greens offered a "hard left agenda".',
      ),
      ['Reyes'],
    );
  });

  it('does not take the noun after quoted adjectives for the speaker of a closing participle', () => {
    assert.deepEqual(
      speakers(
        'Singer Ann Berg has attacked "false" and "desperate" tabloid magazines, questioning their honesty.',
      ),
      ['Ann Berg', 'Ann Berg'],
    );
  });
});

describe('speakers rounds 171-176 showed', () => {
  it('gives "said the 20-year-old" to the player named just before, not the story’s subject', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes wins in Sydney\n\nTom Reyes beat Dai Pryce in the final.\n\n"It was strange," said Reyes. ' +
          'Reyes went into the final as favourite. Pryce, ranked 158th, had to pull out of qualifying. ' +
          '"For me, this was a big success," said the 20-year-old.',
      ),
      ['Tom Reyes', 'Dai Pryce'],
    );
  });

  it('reads a name after "blamed officials and his former coach" as talked about', () => {
    assert.deepEqual(
      articleSpeakers(
        'Reyes doubt\n\nTom Reyes is set to learn his fate this week.\n\nReyes has blamed officials and his ' +
          'former coach Dai Pryce for the missed test. The 31-year-old insisted he would be cleared. ' +
          '"I will accept it gladly."',
      ),
      ['Tom Reyes'],
    );
  });

  it('names "the ministry" by the whole name joined by "and" ("Finance and Economy Ministry")', () => {
    assert.deepEqual(
      speakers(
        'The Finance and Economy Ministry expects growth of 5%. "The focus will be on jobs," the ministry said.',
      ),
      ['Finance and Economy Ministry'],
    );
  });
});

describe('speakers round 184 showed', () => {
  it('does not take "decision to announce" for a speaker before a closing tag', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes’s decision to announce the date while in China was a "sensible thing to do", since he was ' +
          'talking about trade at the time, Mr Pryce told the BBC.',
      ),
      ['Pryce'],
    );
  });
});

describe('speakers round 182 showed', () => {
  it('leaves a plural nationality before names out of the first name ("Americans Andy Roddick and …")', () => {
    assert.deepEqual(
      articleSpeakers(
        'Big guns ease through\n\nAmericans Andy Pryce and Ann Berg won on Monday.\n\n"I am not playing great," said Pryce.',
      ),
      ['Andy Pryce'],
    );
  });
});
