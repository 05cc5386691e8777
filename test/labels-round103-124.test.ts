import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels, speakers } from './helpers/short-article.ts';

const headlineLabel = (headline: string) =>
  analyzeArticle(`${headline}\n\nThe side won 2-1 on Saturday.`).sentences[0]!.label;

describe('reports rounds 103-110 showed', () => {
  it('reads a body after an opening year as the subject that reports ("In 2004 Tidecorp said")', () => {
    assert.deepEqual(labels('In 2009 Tidecorp said it had doubled its sales of ferry tickets.'), [
      'attributed',
    ]);
  });

  it('reads "has defended his decision" as the stance of the one who defends it', () => {
    assert.deepEqual(
      labels('The fisheries minister has defended her decision to close the northern bay.'),
      ['attributed'],
    );
  });

  it('reads a headline of a name, a feeling and its cause as that person’s reported feeling', () => {
    assert.deepEqual(
      ['Okafor delight at cup run', 'Pryce-Jones anger at referee', 'Mayor’s shock at bill'].map(
        headlineLabel,
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves a headline of a setback for someone the writer’s ("Box office blow for …")', () => {
    assert.equal(headlineLabel('Box office blow for Harbour Nights'), 'fact');
  });

  it('does not read a title still to defend as a stance ("will defend her title")', () => {
    assert.deepEqual(labels('Okafor will defend her 400m title at the indoor trials in Oslo.'), [
      'fact',
    ]);
  });
});

describe('reports rounds 111-122 showed', () => {
  it('reads "said" after a name ending in a common noun as the verb ("Robin Cook said")', () => {
    assert.deepEqual(labels('Robin Cook said people were fed up with the council.'), [
      'attributed',
    ]);
  });

  it('reads "points out that" and "notes that" as reporting verbs, not plural nouns', () => {
    assert.deepEqual(
      labels('The firm points out that the deal was signed. The survey notes that rents rose.'),
      ['attributed', 'attributed'],
    );
  });

  it('keeps "the notes that he wrote" a noun', () => {
    assert.deepEqual(labels('The notes that he wrote were lost in the fire.'), ['fact']);
  });

  it('reads a closing ", reports the Daily Post" as the paper’s report', () => {
    assert.deepEqual(labels('The club will protest to the board, reports the Daily Post.'), [
      'attributed',
    ]);
  });

  it('reads a body criticising or pointing out as "it"', () => {
    assert.deepEqual(
      labels(
        'The trade report was published on Monday. It also criticised the high tariffs of rich nations. It also points out that aid fell.',
      ),
      ['fact', 'attributed', 'attributed'],
    );
  });

  it('reads a name opening with "Pierce" and a body with its initials in brackets as subjects that report', () => {
    assert.deepEqual(
      labels(
        'Pierce Pryce led the past four films but said the producers dropped him. The Harbour Research Institute (HRI) claims that taxes must rise.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads "intimated" as a report', () => {
    assert.deepEqual(labels('The signals are clear, Ms Lomax intimated.'), ['attributed']);
  });
});

describe('speakers rounds 103-110 showed', () => {
  it('gives a participle after a verb’s object, with no comma, to the clause’s subject', () => {
    assert.deepEqual(
      speakers(
        'Transport minister Ana Ruiz criticised the plan saying it would give drivers "a raw deal again".',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('speakers rounds 103-112 showed', () => {
  it('leaves "Boss" out of the name it opens a sentence before', () => {
    assert.deepEqual(
      speakers(
        'Boss Alun Pryce felt his side were nervy in the draw.\n\n"We got our goals early," he said.',
      ),
      ['Alun Pryce'],
    );
  });

  it('reads "the double Olympic champion" as the person the story is about', () => {
    assert.deepEqual(
      speakers(
        'Amy Okafor has pulled out of the indoor trials with a calf injury.\n\nThe double Olympic champion said: "I am gutted."',
      ),
      ['Amy Okafor'],
    );
  });

  it('lets "he" after "the Green leader" point to the leader the article named', () => {
    assert.deepEqual(
      speakers(
        'Green leader Tom Reyes has attacked the mayor, Ian Pike.\n\nMr Pike defended the budget. The Green leader countered that the sums were wrong. He declared: "It is a budget of smoke."',
      ),
      ['Tom Reyes'],
    );
  });

  it('does not take a person asked about for the one who answers ("Asked if Mr Pike could return, he replied")', () => {
    assert.deepEqual(
      speakers(
        'Mayor Tom Reyes spoke on Friday.\n\nAsked if Mr Pike could return to the council, he replied: "The door is open."',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "the striker" as the player named as subject just before, not the headline’s manager', () => {
    assert.deepEqual(
      speakers(
        'Reyes keeps faith with keeper\n\nTom Reyes has backed his keeper. Ian Pike will captain the side on Tuesday. And the striker said: "It is on me."',
      ).slice(-1),
      ['Ian Pike'],
    );
  });

  it('reads "the Green co-chairman" as the one person the article gave that title', () => {
    assert.deepEqual(
      speakers(
        'Green co-chairman Tom Reyes spoke after Mayor Ian Pike set out the budget.\n\nThe Green co-chairman attacked the plans as "hollow".',
      ),
      ['Tom Reyes'],
    );
  });

  it('does not take a choir or an awards show for the "he" who speaks', () => {
    assert.deepEqual(
      speakers(
        'Rapper Tom Reyes has ended his feud.\n\nThe Harlem Choir got a cheque from him. "I realised it was time," he said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('leaves an emphatic "himself" out of the speaker', () => {
    assert.deepEqual(
      speakers('Tom Reyes himself was at a loss to explain it: "I cannot say why."'),
      ['Tom Reyes'],
    );
  });

  it('takes a given name alone after a kin word ("His wife Sharon") for the "she" who speaks next', () => {
    assert.deepEqual(
      speakers(
        'Rock star Tom Reyes has quit the show.\n\nHis wife Sharon, who also appears in it, agreed. "Everybody does these shows now," she said.',
      ),
      ['Sharon'],
    );
  });

  it('reads "The Harbour Utd boss" as the manager the story is about', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes has backed Ian Pike for the job.\n\nThe Harbour Utd boss continued: "It needs a lot of experience."',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads a place glued to "-based" or "-born" as part of the description, not as a speaker', () => {
    assert.deepEqual(
      speakers(
        'Amy Okafor has been given an award.\n\n"It is a proud day," said the Leeds-based sprinter. The Ballymena-born sprinter said: "I owe my coach."',
      ),
      ['Amy Okafor', 'Amy Okafor'],
    );
  });

  it('does not take a title after "their first" for a person ("their first Triple Crown")', () => {
    assert.deepEqual(
      speakers(
        'Former captain Tom Reyes believes his side can win.\n\nAfter claiming their first Harbour Shield for 19 years, Reyes tips his old team-mates to go one better. "This is the year," he said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('follows an unnamed spokeswoman of a body whose name joins words with "for"', () => {
    assert.deepEqual(
      speakers(
        'Lord Pike said he saw no difficulty.\n\nA Department for Coastal Affairs spokeswoman said the two men agreed. "It is a narrow dispute," she said.',
      ),
      ['A Department for Coastal Affairs spokeswoman'],
    );
  });

  it('does not take the one defended for the "he" of the sentence ("defended coach Ian Pike, who he believes …")', () => {
    assert.deepEqual(
      speakers(
        'Tom Reyes said the side had lost its way.\n\nReyes, though, defended coach Ian Pike, who he believes was the "only choice" for the job.',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads the name after "But" and before an apposition as the speaker', () => {
    assert.deepEqual(
      speakers(
        'But Ian Pike, chief economist at Harbour Frequency Economics, said the report was "much less alarming".',
      ),
      ['Ian Pike'],
    );
  });

  it('does not take a film named in a "whose" clause for the person described next', () => {
    assert.deepEqual(
      speakers(
        'Stars at the festival include Tom Reyes.\n\nReyes, whose film Harbour Nights is in competition, said he had wondered whether to come. "I thought it might be in bad taste," the British actor said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "the lock forward" as the player the story is about', () => {
    assert.deepEqual(
      speakers(
        'Italy skipper Tom Reyes believes the game will be scrappy.\n\n"It will not be a pretty game," said the lock forward.',
      ),
      ['Tom Reyes'],
    );
  });

  it('keeps "a spokeswoman for the Department for International Development" a spokeswoman, not the body', () => {
    assert.deepEqual(
      speakers(
        'A spokeswoman for the Department for International Fisheries said: "The government made a clear commitment."',
      ),
      ['A spokeswoman for the Department for International Fisheries'],
    );
  });

  it('reads "the charity’s director" as the director the article named', () => {
    assert.deepEqual(
      speakers(
        'Harbour Aid director Ann Lee said rich countries must act.\n\n"The year will end in failure," the charity\'s director added.',
      ),
      ['Ann Lee'],
    );
  });

  it('gives "the report" to the body that published it ten sentences before', () => {
    assert.deepEqual(
      speakers(
        'Some 45 million children will die, Harbour Aid says in a report. Fact number 1 is about the harbour. Fact number 2 is about the harbour. Fact number 3 is about the harbour. Fact number 4 is about the harbour. Fact number 5 is about the harbour. Fact number 6 is about the harbour. Fact number 7 is about the harbour. Fact number 8 is about the harbour. Fact number 9 is about the harbour. The report said: "Poverty threatens us all."',
      ),
      ['Harbour Aid'],
    );
  });

  it('leaves "this week" and "last week" between the subject and its verb out of the speaker', () => {
    assert.deepEqual(
      speakers(
        'Tom Pike and Ana Reyes lead the two parties.\n\nMr Pike this week said his team had reached a "collective view". Ms Reyes last week said the plan was sound, but admitted it was "not an easy issue".',
      ),
      ['Tom Pike', 'Ana Reyes'],
    );
  });

  it('reads "Will" before a surname as a given name, and keeps it an auxiliary in a question', () => {
    assert.deepEqual(
      speakers(
        '"We propose a civic commons," Will Pryce, senior research fellow at the institute told the BBC.',
      ),
      ['Will Pryce'],
    );
    assert.deepEqual(labels('Will Labour win the next election in the north?'), ['framing']);
  });

  it('does not take a film’s title after "A" for the "he" who speaks next', () => {
    assert.deepEqual(
      speakers(
        'Singer Tom Reyes has said a new film about his life starts his retirement.\n\nThe film, A Quiet Story, follows his career. "I am still going to make music," he said.',
      ),
      ['Tom Reyes'],
    );
  });

  it('does not give a participle after a quoted source to the one quoting ("It quoted a spokesman for …-based fund X complaining")', () => {
    assert.deepEqual(
      labels(
        'It quoted a spokesman for US-based hedge fund Harbour Capital complaining that the bid was driven by "empire-building".',
      ),
      ['attributed'],
    );
  });
});
