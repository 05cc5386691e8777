import assert from 'node:assert/strict';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import type { Quote } from '../server/analysis/types.ts';
import { segments } from './helpers/segments.ts';

function first(sentence: string): Quote {
  const all = findQuotes(segments([[sentence]])).flat();
  assert.ok(all.length > 0, sentence);
  return all[0]!;
}

describe('findQuotes(a describing verb whose object has a hyphen)', () => {
  it('gives "described al-Rashid\'s arrest as “…”" to the describer as speech', () => {
    const q = first(
      'Mara Ellis described al-Rashid\'s arrest as "a dark day", speaking to the press.',
    );
    assert.deepEqual([q.type, q.speaker], ['speech', 'Mara Ellis']);
  });

  it('steps over a hyphened adjective in the object too', () => {
    const q = first('The union described the long-delayed offer as "an insult" on Friday.');
    assert.equal(q.type, 'speech');
  });
});

describe('findQuotes(a verb of viewing with an object of its own)', () => {
  it('gives "thought of the judge as “…”" to its subject as speech', () => {
    const q = first('Pia Novak thought of the judge as "a fair man" until the verdict.');
    assert.deepEqual([q.type, q.speaker], ['speech', 'Pia Novak']);
  });

  it('gives "citing the ruling as “…”" to the subject of the clause', () => {
    const q = first(
      'Several senators rejected the bill, citing the ruling as "a clear overreach".',
    );
    assert.equal(q.type, 'speech');
  });

  it('gives "sees the levy as “…”" to its subject', () => {
    const q = first('The farmers\' union sees the new levy as "a tax on the poor".');
    assert.equal(q.type, 'speech');
  });

  it('keeps the words a name when the object has moved away ("what many see as")', () => {
    const q = first('The vote was what many see as a "turning point" for the town.');
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('keeps the words a name after a passive, adverbs stepped over', () => {
    const q = first('The old bridge is widely regarded as a "landmark" of the region.');
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('keeps a passive describing verb with an adverb a name too', () => {
    const q = first('The square was once described as the "heart" of the old city.');
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });
});

describe('findQuotes(verbs of naming with and without an agent)', () => {
  it('keeps a name after a participle that follows its noun ("a group referred to as “…”") a term', () => {
    const q = first(
      'Police raided the offices of a network referred to as "Blue Lantern" on Monday.',
    );
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });

  it('still gives "which the mayor has referred to as “…”" to the mayor', () => {
    const q = first('Residents oppose the plan, which the mayor has referred to as "overdue".');
    assert.equal(q.type, 'speech');
  });

  it('types a rating given in the passive ("are rated “…”") as a term', () => {
    const q = first('Of the flaws found this year, eleven are rated "severe" by the vendor.');
    assert.equal(q.type, 'term');
  });

  it('types "identified him only as “…”" as a name even after an earlier verb of saying', () => {
    const q = first(
      'While announcing the charges, the prosecutor identified the witness only as "Person C" to protect her.',
    );
    assert.equal(q.type, 'term');
  });

  it('does not take a naming verb with its subject pronoun before it for a label cue', () => {
    const all = findQuotes(
      segments([
        ['Lena Ortiz said she would fight what she termed a "spiteful" audit of her office.'],
      ]),
    ).flat();
    assert.deepEqual([all[0]!.type, all[0]!.speaker], ['speech', 'Lena Ortiz']);
  });

  it('keeps "a programme dubbed “…”" a term, with no agent', () => {
    const q = first('The ministry began a training programme dubbed "fresh start" last year.');
    assert.deepEqual([q.type, q.speaker], ['term', null]);
  });
});

describe('findQuotes(a verb that only gives a name, across its object)', () => {
  it('types the name given after a long object as a term ("named the illness that spread … “…”")', () => {
    const q = first(
      'Vets named the illness that spread through the herd "coastal wasting disease of cattle".',
    );
    assert.equal(q.type, 'term');
  });

  it('types the name after "renamed" and a long object as a term', () => {
    const q = first(
      'The hospital renamed the children\'s ward that it opened last spring "the lighthouse wing".',
    );
    assert.equal(q.type, 'term');
  });

  it('stops at a clause of its own between the naming verb and the quotation', () => {
    const all = findQuotes(
      segments([['The board named Ana Roe chair, and she promised "a fresh start" for the club.']]),
    ).flat();
    assert.deepEqual([all[0]!.type, all[0]!.speaker], ['speech', 'Ana Roe']);
  });

  it('stops at a verb of saying between them', () => {
    const all = findQuotes(
      segments([['Tom Reyes, who was named coach in May, said the season was "a disaster".']]),
    ).flat();
    assert.deepEqual([all[0]!.type, all[0]!.speaker], ['speech', 'Tom Reyes']);
  });
});
