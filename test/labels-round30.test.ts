import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports found past what stands between subject and verb', () => {
  it('reads a singular verb after "and" as agreeing with the last name only', () => {
    assert.deepEqual(
      labels('The two clubs meet on 3 May at Ashton Gate and Reyes says his side is ready.'),
      ['attributed'],
    );
  });

  it('reads a plain verb after a plural subject and an apposition', () => {
    assert.deepEqual(
      labels(
        'Certain ferry firms, like Harbour Line, claim the fares they charge do not break the rules.',
      ),
      ['attributed'],
    );
  });

  it('reads the verb after a relative clause set off by commas as the subject’s', () => {
    assert.deepEqual(
      labels('In June, Harbour Bank, which owns the ferry line, forecast a 5% fall in fares.'),
      ['attributed'],
    );
  });

  it('reads a closing tag whose subject holds a name with "of"', () => {
    assert.deepEqual(
      labels(
        'Ferry use fell in May, official Port of Arran figures have shown. Fares rose in June, Port of Arran figures show.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('talk said to exist', () => {
  it('reads warnings or speculation that there is as unnamed sources', () => {
    assert.deepEqual(
      labels(
        'There have been warnings that the harbour wall may fail. There is also speculation that the mayor will resign.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads talk denied as none', () => {
    assert.deepEqual(labels('There is no claim that the mayor lied.'), ['fact']);
  });
});

describe('verbs of saying used for something else', () => {
  it('reads a product recall as fact, a memory told as a report', () => {
    assert.deepEqual(
      labels('The firm is recalling 20,000 kettles. It is also calling back 1,500 heaters.'),
      ['fact', 'fact'],
    );
    assert.deepEqual(labels('She recalled how the water rose.'), ['attributed']);
  });

  it('reads a capitalised verb in a list of names as a name', () => {
    assert.deepEqual(
      labels('The recalled models are the Harbour Mini, Express, Coaster and Breeze.'),
      ['fact'],
    );
  });

  it('reads a try converted as fact, and "added" before what was said as a report', () => {
    assert.deepEqual(labels('Everitt added the conversion to reach 1,000 points.'), ['fact']);
    assert.deepEqual(labels('He added in a statement that the ferry would run.'), ['attributed']);
  });

  it('reads a passive whose agent is an act, not a source, as fact', () => {
    assert.deepEqual(labels('They were denied by some late defending from the home side.'), [
      'fact',
    ]);
  });

  it('reads an expectation set off after a comma as a side detail', () => {
    assert.deepEqual(
      labels(
        'The mock votes will take place around 5 May, widely expected to be the date of the election.',
      ),
      ['fact'],
    );
  });
});
