import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

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

  it('does not read a title still to defend as a stance ("will defend her title")', () => {
    assert.deepEqual(labels('Okafor will defend her 400m title at the indoor trials in Oslo.'), [
      'fact',
    ]);
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
