import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a word for what someone does opening the sentence before a name (personName)', () => {
  it('is no part of the name before a given name', () => {
    assert.deepEqual(speakers('Drummer Larry Mullen Jr said: "We were thrilled."'), [
      'Larry Mullen Jr',
    ]);
  });

  it('is no part of the name when hyphened to a lower-case word', () => {
    assert.deepEqual(speakers('Film-maker Spike Lee says: "It is a huge market."'), ['Spike Lee']);
  });

  it('stays when it may be a given name before a surname alone', () => {
    assert.deepEqual(speakers('Victor Wong said: "I had to find a way of reading them."'), [
      'Victor Wong',
    ]);
  });
});

describe('a capitalised preposition hyphened into a title (personName)', () => {
  it('leaves the name after "Under-Secretary" a person', () => {
    assert.deepEqual(
      speakers(
        'But US Treasury Under-Secretary John Taylor said the US could not support the plan. "It does not work for us," he said.',
      ),
      ['John Taylor'],
    );
  });
});

describe('words for peoples only (personName)', () => {
  it('name no one, so "the director" goes back to the person named', () => {
    const said = speakers(
      [
        'Film-maker Spike Lee says black actors are doing better than ever.',
        'The She Hate Me director urged students at his old college to seek "gatekeeper jobs". He spoke on a panel.',
        'Back at his old college, which teaches only African American students, Lee spoke about the trade. "Even Denzel (Washington), he\'s paid a lot. But when it is time to make a film, he has to ask," Lee said. He told young directors in the hall to try other routes. "It\'s a huge market," the 47-year-old director said.',
      ].join('\n\n'),
    );
    assert.equal(said.at(-1), 'Spike Lee');
  });
});

describe('a word for a doer opening the sentence before a surname alone (personName)', () => {
  it('is no part of the name', () => {
    assert.deepEqual(
      speakers(
        'Robbie Keane scored the only goal. Matchwinner Keane praised the team. "It was great play from Damien," he said.',
      ),
      ['Robbie Keane'],
    );
  });

  it('stays when it is a given name of that shape', () => {
    assert.deepEqual(speakers('Spencer Tracy said: "I was lucky."'), ['Spencer Tracy']);
  });
});

describe('a royal named by title and given name (personName)', () => {
  it('is who the given name alone means, not another person of that given name', () => {
    const said = speakers(
      'Prince Charles and his bride hosted a dinner on Thursday. Charles said he was "absolutely delighted". Tony Blair offered his congratulations, as did Liberal Democrat leader Charles Kennedy.',
    );
    assert.equal(said[0], 'Prince Charles');
  });
});

describe('a surname that is also an adverb (retagWordSurnames)', () => {
  it('is the name after "Mr" once the article wrote it after a given name', () => {
    assert.deepEqual(
      speakers(
        'David Prior, assistant clerk of the archives, showed us round. As Mr Prior remarks as we walk by: "All human life is here."',
      ),
      ['David Prior'],
    );
  });
});

describe('a title word after an honorific (personName)', () => {
  it('is the surname: "Ms King said"', () => {
    assert.deepEqual(speakers('Ms King said the singer "threw the bottle at my face".'), ['King']);
  });
});

describe('a body named after a lower-case description of it (bodyAfterDescription)', () => {
  it('is the body, without the description', () => {
    assert.deepEqual(
      speakers(
        '"We estimate it to be between 30-40%," the Washington-based independent think-tank The Brookings Institution says.',
      ),
      ['The Brookings Institution'],
    );
  });

  it('leaves a spokesman for a body the spokesman', () => {
    assert.deepEqual(
      speakers(
        'A spokesman for Manchester\'s Trafford Centre said it was "the biggest Christmas to date".',
      ),
      ["A spokesman for Manchester's Trafford Centre"],
    );
  });
});

describe('an acronym defined after a name with a possessive mark in it (acronymsIn)', () => {
  it('stands for the name: "the British Bankers\' Association (BBA)" … "the BBA said"', () => {
    const said = speakers(
      'Lending was weak, the British Bankers\' Association (BBA) said on Monday. "This is a weaker pattern," the BBA said.',
    );
    assert.deepEqual([...new Set(said)], ["British Bankers' Association"]);
  });
});
