import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a word for what someone does opening the sentence before a name (personName)', () => {
  it('is no part of the name before a given name', () => {
    assert.deepEqual(speakers('Drummer Larry Mullen Jr said: "We were thrilled."'), [
      'Larry Mullen Jr',
    ]);
  });

  it('is no part of the name when hyphened to a lower-case word', () => {
    assert.deepEqual(speakers('Film-maker Spike Lee says: "It is a huge market."'), ['Spike Lee']);
  });

  it('stays when it may be a given name before a surname alone', () => {
    assert.deepEqual(speakers('Victor Wong said: "I had to find a way of reading them."'), [
      'Victor Wong',
    ]);
  });
});

describe('a capitalised preposition hyphened into a title (personName)', () => {
  it('leaves the name after "Under-Secretary" a person', () => {
    assert.deepEqual(
      speakers(
        'But US Treasury Under-Secretary John Taylor said the US could not support the plan. "It does not work for us," he said.',
      ),
      ['John Taylor'],
    );
  });
});
