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

  it('reads a request with a date before its infinitive ("advised the lower court on 9 May to drop …") as fact', () => {
    assert.deepEqual(
      labels(
        'The high court advised the lower court on May 9, 2010 to drop the charge. The ministry urged citizens on Monday to stay home.',
      ),
      ['fact', 'attributed'],
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

describe('reports after a relative clause, a time phrase or an agreeing verb', () => {
  it('attributes "declared that …" after a relative clause; declaring a state or independence is an act', () => {
    assert.deepEqual(
      labels(
        'The dockers union, which includes the crane crews, declared that the strike was over. The mayor declared a state of emergency on Monday. The island declared independence in 1960.',
      ),
      ['attributed', 'fact', 'fact'],
    );
  });

  it('attributes a joined clause whose subject follows a time phrase ("… and on Friday the council announced …")', () => {
    assert.deepEqual(
      labels(
        'Most of the votes were counted by noon and on Friday the council announced the new ward would open in May. The crews worked all night and on Monday the bridge reopened.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('attributes "X agreed, saying only …" and a pledge ("committed to proceeding with …")', () => {
    assert.deepEqual(
      labels(
        'Mayor Ana Ruiz agreed, saying only a large crew could have moved the statue. The chairman, Tom Reyes, later committed to holding a second vote. He committed the error twice.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });

  it('attributes a quantifier standing as the subject ("Some reported wanting to …"), not "some reported cases"', () => {
    assert.deepEqual(
      labels(
        'Some reported wanting to leave before the storm, while others stayed. Some reported cases were mild.',
      ),
      ['attributed', 'fact'],
    );
  });
});

describe('sources named as agents or as talk', () => {
  it('attributes an agentless projection ("is projected to win"), not a picture projected onto a wall', () => {
    assert.deepEqual(
      labels('The senator is projected to win the state. Slides were projected onto the wall.'),
      ['attributed', 'fact'],
    );
  });

  it('attributes a passive naming or voicing verb with its agent ("identified as … by", "sentiment was shared by")', () => {
    assert.deepEqual(
      labels(
        'The missing hiker was identified as Tom Reyes by a park ranger. Similar concern was shared by a senator from Kent. The same view was voiced by two nurses. The tent was shared by two hikers.',
      ),
      ['attributed', 'attributed', 'attributed', 'fact'],
    );
  });

  it('attributes a finding made by someone ("An audit by X found …") and statements that "came from" someone', () => {
    assert.deepEqual(
      labels(
        'An audit by the Harbour Gazette found no such payment. Estimates by two charities indicated the river had risen. Messages of sympathy have come from the league and the mayor. The name comes from a river.',
      ),
      ['attributed', 'attributed', 'attributed', 'fact'],
    );
  });

  it('attributes talk that there has been ("There have been complaints about …") and "By reports …", not "no reports of"', () => {
    assert.deepEqual(
      labels(
        'There have been many complaints about landlords leaving roofs unrepaired. By reports he won five of the six seats. There were no reports of injuries.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});

describe("rules, legal consequences and titles are not the writer's framing", () => {
  it('reads "must" stating a requirement of a class of people as fact, a prescription to one actor as framing', () => {
    assert.deepEqual(
      labels(
        'Three-quarters of members must vote to expel a councillor. Clubs score points by result; teams must reach 40 points to stay up. The council must act now. Therefore, fares must be cut to bring riders back.',
      ),
      ['fact', 'fact', 'framing', 'framing'],
    );
  });

  it('reads "the penalties a tribunal may impose" and "could be subject to a fine" as fact, a forecast as framing', () => {
    assert.deepEqual(
      labels(
        'The only penalties a tribunal may impose are fines and a ban. Drivers who ignore the signs could be subject to a fine under the park bylaws. The storm may cause floods.',
      ),
      ['fact', 'fact', 'framing'],
    );
  });

  it('reads the words of a work\'s title ("Never Tell Anyone") as a name, not an exhortation or a sweep', () => {
    assert.deepEqual(
      labels(
        'The vote follows the film Never Tell Anyone, released in May. Never Tell Anyone is a documentary by two brothers. Never tell anyone your password.',
      ),
      ['fact', 'fact', 'framing'],
    );
  });
});
