import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports rounds 145-166 showed', () => {
  it('reads "claims" after a noun of a person, with a clause after it, as the verb', () => {
    assert.deepEqual(
      labels(
        'The prime minister claims this is the clearest sign yet. The spokesman says it will close.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads "It calls for …" and "It attributed … to …" as a body’s report', () => {
    assert.deepEqual(
      labels(
        'The TUC published its report on Monday. It calls for better pensions. It attributed the fall to new tax laws.',
      ),
      ['fact', 'attributed', 'attributed'],
    );
  });

  it('reads ", writes Mr Peston." closing a sentence as the writer’s report, not a work written', () => {
    assert.deepEqual(labels('He had then changed his mind in June, writes Mr Peston.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('Later he wrote Ring of Fire.'), ['fact']);
  });
});
