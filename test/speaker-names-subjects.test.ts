import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Which phrase of the clause names the speaker; every sentence is written for the test.

describe('speaker names: a place before a participle', () => {
  it('gives "… in City, State saying" to the clause subject, not to the place', () => {
    assert.deepEqual(
      speakers(
        'After the count, Ann Lee issued a statement at her home outside Portland, Ore. saying, "The count goes on."',
      ),
      ['Ann Lee'],
    );
    assert.deepEqual(
      speakers('The mayor spoke from his office in Dayton, Ohio saying "We are not done."'),
      ['The mayor'],
    );
  });
});

describe('speaker names: an age before "who"', () => {
  it('steps over ", 31," to the name the relative clause stands for', () => {
    assert.deepEqual(
      speakers(
        'Another helper was bus driver Tom Reyes, 31, who cited his training: "Never leave a man behind."',
      ),
      ['Tom Reyes'],
    );
  });
});

describe('speaker names: a description named beside it', () => {
  it('gives "One of the groups, the Northern Forces (NF), … and said" to the named body', () => {
    assert.deepEqual(
      speakers(
        'One of the groups, the Northern Forces (NF), opposed the move and said it had been given "firm promises of help."',
      ),
      ['Northern Forces'],
    );
  });
});

describe('speaker names: a text and the participle naming its author', () => {
  it('gives "according to a statement released by X" to X', () => {
    assert.deepEqual(
      speakers('According to a statement issued by the mayor, "the roads stay closed until noon."'),
      ['the mayor'],
    );
  });
});
