import assert from 'node:assert/strict';
import { quotes, speakers } from './helpers/short-article.ts';

// General speaker constructions seen in dev round 11; every sentence is written for the test.

describe('speakers(a clause ending in a colon)', () => {
  it('gives the quotation after the colon to the clause subject, past a quoted word inside the clause', () => {
    assert.deepEqual(
      speakers(
        'In a statement released after the vote, the Department of Justice defended the ruling, which was signed ' +
          'by Judge Ann Roe, as "routine" in scope: "The court acted within its powers. It will do so again."',
      ),
      ['Department of Justice', 'Department of Justice', 'Department of Justice'],
    );
  });

  it('reads "justified X as “…”" as the subject describing X in its own words', () => {
    const found = quotes('The White House justified the sanctions as "overdue" on Tuesday.');
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [['speech', 'White House']],
    );
  });
});

describe('speakers(a channel and its owner)', () => {
  it('gives the words of "X\'s website" or "X\'s campaign page" to X', () => {
    assert.deepEqual(
      speakers(
        'The senator opposed the bill. Sen. Ann Roe\'s campaign page said: "No law will stop a criminal." ' +
          'The National Rifle Association\'s website said: "We will fight it in court."',
      ),
      ['Ann Roe', 'National Rifle Association'],
    );
  });

  it('reads an acronym spelt like "who" as a name, not a relative pronoun', () => {
    assert.deepEqual(
      speakers('The WHO\'s website said: "There is no evidence that the remedy works."'),
      ['The WHO'],
    );
  });
});

describe('speakers(a name and where the person comes from)', () => {
  it('keeps "from the … camp" out of the name, before and after the quotation', () => {
    assert.deepEqual(
      speakers(
        'Ann Lee from the pro-Beijing camp said at a press conference: "The protest was an insult to voters." ' +
          '"We will not be silenced," Tom Hale from the Democratic side said.',
      ),
      ['Ann Lee', 'Tom Hale'],
    );
  });
});

describe('speakers(a quoted name inside the subject)', () => {
  it('reads "X of “Name”, a description," as the subject, the name a term', () => {
    const found = quotes(
      'Calling it "a cynical stunt", Maria Lopez of "Voters First", a campaign finance watchdog, told Reuters ' +
        '"nobody believes the pledge will hold".',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [
        ['speech', 'Maria Lopez'],
        ['term', null],
        ['speech', 'Maria Lopez'],
      ],
    );
  });

  it('steps over the name with a comma inside its closing mark in a tag after the quotation', () => {
    const found = quotes(
      '"The pledge will fail," Maria Lopez of "Voters First," a campaign finance watchdog, told reporters.',
    );
    assert.deepEqual(
      found.map((q) => [q.type, q.speaker]),
      [
        ['speech', 'Maria Lopez'],
        ['term', null],
      ],
    );
  });
});

describe('speakers(the agent of an order)', () => {
  it('gives the words an order quotes to its agent after "by", not to the subject announcing it', () => {
    assert.deepEqual(
      speakers(
        'The Pentagon has released an order by Defense Secretary Mark Ellis directing commanders nearby to ' +
          '"suspend all training flights until the inquiry ends."',
      ),
      ['Mark Ellis'],
    );
  });
});
