import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('speakers rounds 79-86 showed', () => {
  it('keeps a double surname that opens with a title’s word ("Saint-") whole', () => {
    assert.deepEqual(
      speakers(
        'Coach Pierre Saint-Laurent has re-opened the row.\n\n"We lost too many players," he said. Saint-Laurent said: "It hurts."',
      ),
      ['Pierre Saint-Laurent', 'Pierre Saint-Laurent'],
    );
  });

  it('reads "of" inside a title, not as the preposition before someone talked about', () => {
    assert.deepEqual(
      speakers(
        'Leeds Tigers director of football Mark Bellamy has spoken out.\n\nThe club play on Friday. "It is a hard week," he said.',
      ),
      ['Mark Bellamy'],
    );
  });

  it('keeps a full name with a given name before "MP" after a long title with "the"', () => {
    assert.deepEqual(
      speakers(
        'Chairman of the Transport Select Committee John Ramsay MP, said: "The plan is a muddle."',
      ),
      ['John Ramsay'],
    );
  });

  it('reads "the MP for Leyton East" as the member the article named', () => {
    assert.deepEqual(
      speakers(
        'Labour MP Dora Finch has praised the plan.\n\nThe MP for Leyton East said the minister had been "very brave".',
      ),
      ['Dora Finch'],
    );
  });

  it('reads "the Leyton East MP" as the member the article named, not a body', () => {
    assert.deepEqual(
      speakers(
        'Labour MP Dora Finch has found her brother.\n\n"It was a shock," said the Leyton East MP.',
      ),
      ['Dora Finch'],
    );
  });

  it('does not take a place before a noun ("at Leeds’s King George station") for the pronoun’s person', () => {
    assert.deepEqual(
      speakers(
        'Labour MP Dora Finch has found her brother.\n\nDescribing the meeting at Leeds\'s King George station, she said: "It was a shock."',
      ),
      ['Dora Finch'],
    );
  });

  it('takes an honorific and a surname after two places set off by commas as the speaker', () => {
    assert.deepEqual(
      speakers(
        'Tom Hale won the seat.\n\nSpeaking from a bar in Mill Lane, west Cardiff, Mr Hale said he was "very proud".',
      ),
      ['Tom Hale'],
    );
  });

  it('leaves a day after the subject out of it ("Mr Hale on Tuesday rejected …, saying")', () => {
    assert.deepEqual(
      speakers(
        'Tom Hale won the seat.\n\nMr Hale on Tuesday rejected the claims, saying: "That is untrue."',
      ),
      ['Tom Hale'],
    );
  });

  it('reads "added" right after a quotation as its tag, with a firm named with "and" before the speaker', () => {
    assert.deepEqual(
      speakers(
        'Rates rose again.\n\n"Borrowers will feel it," added Ana Ruiz. "Savers will not," added Smith and Jones\'s Tom Reyes.',
      ),
      ['Ana Ruiz', 'Tom Reyes'],
    );
  });

  it('reads no infinitive after a quotation as its tag', () => {
    assert.deepEqual(
      speakers(
        'Finance minister Karl Weber spoke on Monday.\n\nHe said he expected "a gentle recovery" to continue.',
      ),
      ['Karl Weber'],
    );
  });

  it('hands an untagged quotation after a sentence that reports no one to the last speaker', () => {
    assert.deepEqual(
      speakers(
        'Lena Berg told a radio show how the project works. "The tablets link to a server."\n\nThe server turns the lessons into pages. "It downloads them each night. It also keeps a copy of every page."',
      ),
      ['Lena Berg', 'Lena Berg', 'Lena Berg'],
    );
  });
});

describe('speakers rounds 87-94 showed', () => {
  it('takes the speaker of a sentence closed by a tag after a comma from the tag, for the quotation after it', () => {
    assert.deepEqual(
      speakers(
        'Nina Lund is the data regulator.\n\nAll files are covered, but what matters is their content, said Ms Lund.\n\n"If in doubt, keep it."',
      ),
      ['Nina Lund'],
    );
  });

  it('keeps a full name whose surname ends in -s before a bare apostrophe ("Rory Evans\' new show")', () => {
    assert.deepEqual(
      speakers(
        'Two actors have joined Rory Evans\' new show, the comedian has said.\n\n"We wanted big names," Evans told reporters.',
      ),
      ['Rory Evans'],
    );
  });

  it('reads capitals right after a possessive ("their Grand Slam hopes") as no person for a later "he"', () => {
    assert.deepEqual(
      speakers(
        'Fly-half Tom Reyes hailed the win.\n\nThe Leinster number 10 kicked 14 points to keep alive their Grand Slam hopes. He told reporters: "It was special."',
      ),
      ['Tom Reyes'],
    );
  });

  it('reads "the world champion" as the story’s subject, like "the American"', () => {
    assert.deepEqual(
      speakers(
        '100m champion Ana Ruiz will race in Leeds in May.\n\n"I feel strong," said the world champion.',
      ),
      ['Ana Ruiz'],
    );
  });

  it('leaves a nationality before a given name and a surname out of the name ("fellow American Rob Deane")', () => {
    assert.deepEqual(
      speakers(
        'The teenager was beaten by fellow American Rob Deane in Miami.\n\n"He has a long future," said Deane.',
      ),
      ['Rob Deane'],
    );
  });

  it('ends a name at a capitalised auxiliary ("VOTE Was Ann Lee right to leave?")', () => {
    assert.deepEqual(
      speakers(
        'Ann Lee has quit the show.\n\nVOTE Was Ann Lee right to leave the show?\n\n"I had to go," Lee said.',
      ),
      ['Ann Lee'],
    );
  });

  it('gives words between two reports to the one before them', () => {
    assert.deepEqual(
      speakers(
        'Tom Hale runs the airline.\n\nMr Hale said the planes will link small towns. "We chose these planes because they suit short routes." Ana Ruiz, the maker\'s chief, has said that her firm will train pilots.',
      ),
      ['Tom Hale'],
    );
  });

  it('lets a name after "is" be the one a later "he said" means', () => {
    assert.deepEqual(
      speakers(
        '"There will be no dancing," said Mr Bell, the producer. The director is Owen Carter, best known for Fog. "It will be a hybrid," he said.',
      ),
      ['Bell', 'Owen Carter'],
    );
  });
});

describe('reports rounds 79-86 showed', () => {
  it('reads "all said" and "both said" as reports', () => {
    assert.deepEqual(
      labels(
        'The three banks all said lending was slowing.\n\nThey both said the plan would fail.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a subject with a hyphened position ("full-back Tom Reyes believes") as a source', () => {
    assert.deepEqual(labels('But full-back Tom Reyes believes the side can recover.'), [
      'attributed',
    ]);
  });

  it('reads a finding tagged by a body of six words after a comma as reported', () => {
    assert.deepEqual(
      labels('Sales slowed in March, the Federation of Small Retail Business Owners found.'),
      ['attributed'],
    );
  });

  it('reads a body whose name holds a capitalised preposition as the subject after "But"', () => {
    assert.deepEqual(labels('But Residents Against Noise said the limit should fall.'), [
      'attributed',
    ]);
  });

  it('lets people named by their role ("the organisers") reveal and suggest', () => {
    assert.deepEqual(labels('The organisers revealed that the band will play a second night.'), [
      'attributed',
    ]);
  });

  it('reads suggestions rubbished as answered in words', () => {
    assert.deepEqual(labels('The coach has rubbished suggestions that his team is in decline.'), [
      'attributed',
    ]);
  });

  it('reads a title the tagger takes for a verb before a name ("skipper Tom Reyes") as the subject’s title', () => {
    assert.deepEqual(
      labels(
        'Skipper Tom Reyes said the side would recover.\n\nClub skipper Ana Ruiz also revealed she is a fan.\n\nThey coach Tom Reyes every week.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });

  it('lets a body named as "it" express concern', () => {
    assert.deepEqual(
      labels(
        'The audit office published its report.\n\nIt also expressed concern that the accounts were late again.',
      ),
      ['fact', 'attributed'],
    );
  });
});
