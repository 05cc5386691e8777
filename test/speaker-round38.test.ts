import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers round 38 showed', () => {
  it('reads "the presenter" as the person the headline and the lead name', () => {
    assert.deepEqual(
      articleSpeakers(
        'Radio host Reyes breaks leg\n\nVeteran radio host Tom Reyes is in hospital after a fall at home.\n\nThe presenter said that he is "hopeful" of being back on air by May.',
      ),
      ['Tom Reyes'],
    );
  });

  it('leaves "the driver" unnamed, a bystander rather than the person the article is about', () => {
    assert.deepEqual(
      articleSpeakers(
        'Radio host Reyes breaks leg\n\nVeteran radio host Tom Reyes is in hospital after a crash.\n\nThe driver said the road was "like glass".',
      ),
      ['The driver'],
    );
  });

  it('gives words a second clause brands to that clause’s subject, past a long object', () => {
    assert.deepEqual(
      speakers(
        'The mayor said the plan was "fair to everyone" but councillor Ann Lee branded the way the vote was held as "a disgrace".',
      ),
      ['The mayor', 'Ann Lee'],
    );
  });

  it('leaves a party nickname out of the name after it', () => {
    assert.deepEqual(speakers('Tory David Price said the cuts were "long overdue".'), [
      'David Price',
    ]);
  });

  it('names a body without the lower-case words that describe it', () => {
    assert.deepEqual(
      speakers(
        'The official Harbour News Agency said the checks made the port "safer for everyone".',
      ),
      ['Harbour News Agency'],
    );
  });

  it('reads names after a preposition as talked about, so "he" goes back to the man who spoke', () => {
    assert.deepEqual(
      speakers(
        'Home prints can be cheaper, said Mr Hale, who led the test. At Kestrel the same print costs £2.50 and at Snappy Snaps £9.99. A large print at Boots costs £4.99. "It is better to print at home," he said.',
      ),
      ['Hale'],
    );
  });
});
