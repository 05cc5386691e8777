import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Label rules drawn from the general causes of dev round 11; every sentence is written for the test.

describe('requests and topics are acts, not claims', () => {
  it('reads a request put to someone ("asked residents to stay", "advised drivers not to") as fact, a public call as attributed', () => {
    assert.deepEqual(
      labels(
        'The council asked residents to stay indoors until noon. The port authority advised drivers not to use the old ferry ramp. The mayor urged residents to conserve water.',
      ),
      ['fact', 'fact', 'attributed'],
    );
  });

  it('keeps a text\'s advice a report ("the agency\'s website advises visitors to …")', () => {
    assert.deepEqual(
      labels("The park agency's website advises visitors to carry their own water."),
      ['attributed'],
    );
  });

  it('reads "spoke about <topics>" as fact and "spoke of <a claim>" as attributed', () => {
    assert.deepEqual(
      labels(
        'In her speech she spoke about rents, bus fares and school meals. The minister spoke of a deal being close.',
      ),
      ['fact', 'attributed'],
    );
  });
});
