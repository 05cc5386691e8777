import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a name set beside a body described as the subject (registerGroups)', () => {
  it('lets a later "it" point at the body by its name', () => {
    assert.deepEqual(
      speakers(
        'The state news agency, Vesta, named the officer on Monday. It says he died while "doing the sacred duty of the border forces."',
      ),
      ['Vesta'],
    );
  });
});

describe('a relative clause left open before the verb of saying (unclosedRelative)', () => {
  it('gives the words to the one the clause describes', () => {
    assert.deepEqual(
      speakers(
        'Ilse Brand, who tracks extremist web sites for a broadcaster said, "He was an administrator on the forum."',
      ),
      ['Ilse Brand'],
    );
  });

  it('never to the object of a preposition inside an earlier clause', () => {
    assert.notDeepEqual(
      speakers(
        'One guest was Ilse Brand, a woman who once urged strikes on the UK, who this time called for "calm and patience" instead.',
      ),
      ['UK'],
    );
  });
});
