import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// What the name of a speaker is: a body's name kept whole, a person's name without the occupation before it.
// Every sentence is written for the test.

describe('speaker names: a body named with small joining words', () => {
  it('keeps "for", "of" and "and" inside one body name instead of reading its tail as a person', () => {
    assert.deepEqual(
      speakers('The National Institute of Allergy and Infectious Diseases said "the trial works."'),
      ['National Institute of Allergy and Infectious Diseases'],
    );
  });

  it('lets no part of a body name after "for" take a later "he" from the person named before it', () => {
    assert.deepEqual(
      speakers(
        'According to Dr. Alexis Reyes, once the head of the Centers for Disease Control and Prevention, the ' +
          'outbreak is "grave." He said, in an interview last week, "no virus has spread like this one."',
      ),
      ['Alexis Reyes', 'Alexis Reyes'],
    );
  });

  it('still reads two speakers joined by "and", and a person named after a body and "and"', () => {
    assert.deepEqual(speakers('The Senate and Nancy Pelosi said "no."'), ['Nancy Pelosi']);
    assert.deepEqual(speakers('The Department of Justice and Jane Roe said "no."'), ['Jane Roe']);
  });
});

describe('speaker names: an occupation before the name', () => {
  it('leaves a capitalised occupation opening the sentence out of the name', () => {
    assert.deepEqual(
      speakers('Broadcaster Lena Holt commented, "The man with the ladder is a hero."'),
      ['Lena Holt'],
    );
    assert.deepEqual(speakers('Chef Tom Reyes said, "We fed everyone."'), ['Tom Reyes']);
  });

  it('leaves titles already known to people.ts out as before', () => {
    assert.deepEqual(speakers('Prosecutor Jane Doe said "the case is closed."'), ['Jane Doe']);
    assert.deepEqual(speakers('The firm hired lawyer John Smith, who said "we will appeal."'), [
      'John Smith',
    ]);
  });
});
