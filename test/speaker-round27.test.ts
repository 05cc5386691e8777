import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers(after round 27)', () => {
  it('keeps "a spokesman" someone new, not a spokesman named later', () => {
    assert.deepEqual(
      speakers(
        'The Conservatives will back the bill. "It will take a decade," a spokesman said. Home affairs spokesman Mark Oaten said: "This is a U-turn."',
      ),
      ['a spokesman', 'Mark Oaten'],
    );
  });

  it('reads letters after a name ("QC") as no part of it, and the name after a description as the speaker', () => {
    assert.deepEqual(
      speakers(
        'The new chairman of the Bar Council, Guy Mansfield QC warned that people on the "margins of society" would be driven away.',
      ),
      ['Guy Mansfield'],
    );
  });

  it('gives the words to a man "quoted as saying" after "with"', () => {
    assert.deepEqual(
      speakers(
        'Geoff Dixon runs the airline. The company warned it may move 7,000 jobs, with Mr Dixon quoted as saying that it could no longer remain "all-Australian".',
      ),
      ['Geoff Dixon'],
    );
  });

  it('ends a quotation left unclosed when a later sentence opens a new one after "He added:"', () => {
    assert.deepEqual(
      speakers(
        'Mark Morrison spoke on Monday. He said: "The injunction is ludicrous. He added: "The whole world is waiting for this album."',
      ),
      ['Mark Morrison', 'Mark Morrison'],
    );
  });

  it('names a peer by title and name ("Lord Bach")', () => {
    assert.deepEqual(
      speakers('Lord Bach, the minister, said he was "obviously still disappointed".'),
      ['Lord Bach'],
    );
  });
});

describe('speakers(a position between a team and a name)', () => {
  it('reads "Ulster forward Ronan McCormack" as one subject, "forward" tagged an adverb or not', () => {
    assert.deepEqual(
      speakers('Ulster forward Ronan McCormack said he was "totally shocked" to be included.'),
      ['Ronan McCormack'],
    );
  });
});
