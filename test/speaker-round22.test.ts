import assert from 'node:assert/strict';
import { speakers, labelsOfEach as labels } from './helpers/short-article.ts';

describe('labels(sources the subject walk missed)', () => {
  it('finds a body named after an opening date with no comma', () => {
    assert.deepEqual(
      labels(
        'In January the Harbour Institute for Coastal Studies said the port would need dredging.',
      ),
      ['attributed'],
    );
  });

  it('finds a subject after a connective adverb with no comma', () => {
    assert.deepEqual(labels('However they said that the band would return.'), ['attributed']);
  });

  it('reads a clause opened by a gerund as what was said', () => {
    assert.deepEqual(
      labels(
        'Ana Ruiz says replacing the bridge will be easy.',
        "Ana Ruiz says replacing Tom Reyes as the club's captain will be easy.",
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads ", the Daily Post was told." closing a clause as what someone told', () => {
    assert.deepEqual(
      labels(
        'The deal was agreed at a meeting on Sunday, the Daily Post was told.',
        'After the crash, the family was told.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads "pointed to" as citing evidence', () => {
    assert.deepEqual(labels("Analysts pointed to the currency's weak run."), ['attributed']);
  });
});

describe('labels(a hedge inside what people fear or hope)', () => {
  it('leaves "concerns that banks may sell" to the concern', () => {
    assert.deepEqual(
      labels('The currency fell on concerns that central banks may sell their holdings.'),
      ['fact'],
    );
  });
});

describe('speakers(phrases the tagger misreads)', () => {
  it('reads a hyphened modifier opening the sentence as part of the subject', () => {
    assert.deepEqual(
      speakers(
        'Chart-topping pop band Skyline have confirmed that they plan to "take a break", after months of rumours.',
      ),
      ['Skyline'],
    );
  });

  it('gives a message to its sender when its recipient is named first', () => {
    assert.deepEqual(
      speakers('A message sent to the security firm by Ana Ruiz said: "We can do better."'),
      ['Ana Ruiz'],
    );
  });
});
