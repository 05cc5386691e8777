import assert from 'node:assert/strict';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 6: general causes of false and missed framing, each with a sentence written for the test.
const cueTexts = (text: string): string[] => findFramingCues(text, []).map((e) => e.text);

describe('framing causes (session 6)', () => {
  it('gives a hedge to a source whose saying verb has auxiliaries ("which the chief has said may …")', () => {
    assert.deepEqual(
      cueTexts(
        'The launch depends on the strike, which the union chief has said may end by Friday.',
      ),
      [],
    );
    assert.deepEqual(cueTexts('The strike may end by Friday.'), ['may end']);
  });

  it('reads a passive whose agent follows a few words later ("condemned in a letter by X") as not agentless', () => {
    assert.deepEqual(cueTexts('The port was condemned in a joint letter by three mayors.'), []);
    assert.deepEqual(cueTexts('The port was condemned in a joint letter.'), ['was condemned']);
  });

  it('reads the other pole of a listed state ("dangerous", "peaceful") as a condition, like "safe" and "violent"', () => {
    assert.deepEqual(cueTexts('Talks aim at a peaceful end to the war.'), []);
    assert.deepEqual(cueTexts('The roads had become dangerous for drivers.'), []);
    assert.deepEqual(cueTexts('It was a reckless plan.'), ['reckless']);
  });

  it('reads a valenced noun naming a topic ("a system of reporting abuse", "fraud investigators") as no charge', () => {
    const weakOnly = (text: string) => findFramingCues(text, []).every((e) => e.weak === true);
    assert.ok(weakOnly('The church runs a system of reporting abuse to a central office.'));
    assert.ok(weakOnly('The agency employs fraud investigators.'));
    // the same noun as the present-tense subject of a claim is the writer's charge
    assert.ok(!weakOnly('Greed drives the market.'));
  });

  it('reads an agentless passive of belief ("is believed to be", "are thought to work") as the writer\'s view', () => {
    assert.deepEqual(
      labels('The wreck found off the cape is believed to be a fishing trawler from the 1950s.'),
      ['framing'],
    );
    assert.deepEqual(labels('Only three of the eight pumps are thought to work after the flood.'), [
      'framing',
    ]);
    // a named holder, a saying verb or "it is believed that" still passes on others' view
    assert.deepEqual(labels('The wreck is believed by the navy to be a fishing trawler.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('The wreck is said to be a fishing trawler from the 1950s.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('It is believed that the wreck is a trawler.'), ['attributed']);
  });

  it('reads an appraisal word AFINN leaves out (Martin & White: tenacity, composition, valuation, manner) as evaluative', () => {
    assert.deepEqual(cueTexts('A tenuous truce between the two towns broke down this week.'), [
      'tenuous',
    ]);
    assert.deepEqual(cueTexts('Peru will join too; it has, however, been cautious.'), ['cautious']);
    assert.deepEqual(cueTexts('The band playfully mocked the rules on the first night.'), [
      'playfully',
    ]);
    assert.deepEqual(labels('Peru will join too; it has, however, been cautious.'), ['framing']);
    // a word with a plain physical sense is no appraisal
    assert.deepEqual(cueTexts('The glass is fragile.'), []);
  });

  it('reads an analogy the writer draws ("akin to", "reminiscent of") as framing, but not "similar to"', () => {
    assert.deepEqual(cueTexts('The change is akin to a shift from pensions to private savings.'), [
      'akin to',
    ]);
    assert.deepEqual(labels('The row is reminiscent of two earlier cases.'), ['framing']);
    assert.deepEqual(cueTexts('The row is similar to two earlier cases.'), []);
  });

  it('reads "every X in the Y" or a lone "all" in a narrating sentence as a tally of a known set, not a sweep', () => {
    assert.deepEqual(
      cueTexts('Every school in the league was sent a box of parts two months before the final.'),
      [],
    );
    assert.deepEqual(cueTexts('All have received a copy from the trust.'), []);
    // an open class, the present tense or a pronoun ("everyone") still sweeps
    assert.deepEqual(cueTexts('Every politician lied about it.'), ['Every politician']);
    assert.deepEqual(cueTexts('Every parent in the town knows the feeling.'), ['Every parent']);
    assert.deepEqual(cueTexts('Everyone knew the plan would fail.'), ['Everyone']);
  });
});
