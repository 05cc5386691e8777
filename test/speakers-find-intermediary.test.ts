import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers: words passed on by an outlet', () => {
  it('gives the words to the one an "according to" source is quoting', () => {
    assert.deepEqual(
      speakers(
        'According to the Daily Post, quoting an army spokesman, the troops were put on "full alert".',
      ),
      ['an army spokesman'],
    );
  });

  it('gives the words to the source an outlet cites in its subject ("X, citing police sources, said")', () => {
    assert.deepEqual(
      speakers('The Daily Post, citing police sources, said the man was "armed and dangerous".'),
      ['police sources'],
    );
  });

  it('keeps the outlet when "citing" names a reason, not a source', () => {
    assert.deepEqual(
      speakers(
        'The Daily Post, citing rising costs, said the paper would be "printed twice a week".',
      ),
      ['Daily Post'],
    );
  });

  it('gives the words to the one a report quotes "as saying", even in quote marks', () => {
    // (the quoted description is a quotation of its own; the words after the colon are the last)
    const found = speakers(
      'The Herald quotes a "harbour official" as saying: "The pier is not safe."',
    );
    assert.equal(found[found.length - 1], 'a harbour official');
    assert.deepEqual(speakers('The agency quoted Ana Ruiz as saying the plan was "a disaster".'), [
      'Ana Ruiz',
    ]);
  });

  it('gives the words to the one an outlet "reported" or "cited" as saying', () => {
    assert.deepEqual(
      [
        'The Daily Post reported the harbour master as saying the port was "full".',
        'The Daily Post cited two officials as saying the deal was "close".',
      ].flatMap((t) => speakers(t)),
      ['the harbour master', 'two officials'],
    );
  });

  it('reads a description set right before a name as that name ("its news agency Coastal Wire")', () => {
    assert.deepEqual(
      speakers(
        'According to Radio North, quoting the island\'s main news agency Coastal Wire Service, the port was "closed".',
      ),
      ['Coastal Wire Service'],
    );
  });
});
