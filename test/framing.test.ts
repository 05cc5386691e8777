import assert from 'node:assert/strict';
import { FRAMING_THRESHOLD } from '../server/analysis/classify.ts';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { strength } from '../server/analysis/framing/weights.ts';
import type { Evidence, Quote } from '../server/analysis/types.ts';

const cues = (text: string, quotes: Quote[] = []): Evidence[] => findFramingCues(text, quotes);
const quoteOf = (text: string, inner: string, type: Quote['type']): Quote => {
  const start = text.indexOf(inner);
  return {
    text: inner,
    start,
    end: start + inner.length,
    type,
    speaker: type === 'speech' ? 'Ann Lee' : null,
  };
};

describe('findFramingCues(sentence, quotes)', () => {
  it('flags "marks a stark departure" as scaffolding', () => {
    const found = cues('This strategy marks a stark departure from previous approaches.');
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [['marks a stark departure', 'scaffolding']],
    );
  });

  it('flags "raises profound questions" and "hangs in the balance" as scaffolding', () => {
    const found = cues('The plan raises profound questions, and its future hangs in the balance.');
    assert.deepEqual(
      found.map((e) => e.cue),
      ['scaffolding', 'scaffolding'],
    );
  });

  it('flags loaded and evaluative words from the AFINN lexicon and the amplifier list', () => {
    const found = cues('The rhetoric has taken on a grim tone after a seismic shift in policy.');
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [
        ['grim', 'evaluative'],
        ['seismic', 'loaded'],
      ],
    );
  });

  it('reads an intensifier together with the word it grades', () => {
    const found = cues('The tone has become particularly grim.');
    assert.deepEqual(
      found.map((e) => e.text),
      ['particularly grim'],
    );
  });

  it('flags "could provoke" and "remain uncertain" as speculation', () => {
    const found = cues(
      'The deployment could provoke protests, and the consequences remain uncertain.',
    );
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [
        ['could provoke', 'speculation'],
        ['remain uncertain', 'speculation'],
      ],
    );
  });

  it('does not read "could not" as speculation about an outcome', () => {
    assert.deepEqual(cues('The two sides could not agree on a budget.'), []);
  });

  it('flags "questions remain unanswered" as a generalisation', () => {
    const found = cues('Questions about its long-term impact on the U.S. remain unanswered.');
    assert.equal(found[0]?.cue, 'generalisation');
  });

  it('flags an agentless "has been interpreted as" but not one with "by some"', () => {
    assert.deepEqual(
      cues('The statement has been interpreted as a tacit endorsement.').map((e) => e.cue),
      ['agentless-passive'],
    );
    assert.deepEqual(cues('The statement has been interpreted by some as a signal.'), []);
  });

  it('flags a question in the writer’s own voice as rhetorical', () => {
    assert.equal(cues('Who will pay for the new bridge?')[0]?.cue, 'rhetorical-question');
  });

  it('ignores loaded words inside a speech quote', () => {
    const text = 'The mayor said the plan was “a tragic, disastrous mistake” on Monday.';
    assert.deepEqual(cues(text, [quoteOf(text, 'a tragic, disastrous mistake', 'speech')]), []);
  });

  it('ignores loaded words inside quote marks even when no quote was found', () => {
    assert.deepEqual(cues('She called the plan ‘a tragic, disastrous mistake’ on Monday.'), []);
  });

  it('does not flag neutral adjectives such as "ten-storey"', () => {
    assert.deepEqual(
      cues('The ten-storey gas-powered American plant opened in 2018 with 40 red trucks.'),
      [],
    );
  });

  it('does not flag adjectives that state a condition, such as "injured" or "illegal"', () => {
    assert.deepEqual(cues('Two injured workers said the illegal dumping stopped.'), []);
    assert.deepEqual(cues('Rail carries most goods between the two ports.'), []);
  });

  it('does not flag literal event words such as "a rescued man" or "explosive devices"', () => {
    assert.deepEqual(
      cues('A rescued man was taken to hospital after explosive devices were found.'),
      [],
    );
  });

  it('marks a short lower-case term quote as a scare quote, but not a title', () => {
    const text = 'They defend racial ‘equity’ and the programme “Learning Together”.';
    const found = cues(text, [
      quoteOf(text, 'equity', 'term'),
      quoteOf(text, 'Learning Together', 'term'),
    ]);
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [['‘equity’', 'scare-quote']],
    );
  });

  it('does not count a term introduced by "as a" as a scare quote', () => {
    const text = 'The agency now classifies the drug as a ‘weapon of mass destruction’.';
    assert.deepEqual(cues(text, [quoteOf(text, 'weapon of mass destruction', 'term')]), []);
  });

  it('gives the words that make a question rhetorical as its evidence', () => {
    const found = cues('So why should taxpayers fund it?');
    assert.deepEqual(
      found.map((e) => [e.text, e.cue]),
      [['So why should', 'rhetorical-question']],
    );
  });

  it('flags a sentence that opens with an imperative as exhortation', () => {
    assert.deepEqual(
      cues('Consider the cost of the delay.').map((e) => [e.text, e.cue]),
      [['Consider', 'scaffolding']],
    );
    assert.deepEqual(cues('Residents left the town on Monday.'), []);
  });

  it('flags the writer’s "we" and the reader’s "you" outside quotes, but not "US" or a quoted "we"', () => {
    assert.deepEqual(
      cues('Sooner or later we pay for every road.').map((e) => [e.text, e.cue]),
      [['we pay', 'evaluative']],
    );
    assert.deepEqual(
      cues('By now you know the answer.').map((e) => e.text),
      ['you know'],
    );
    assert.deepEqual(cues('The US sent two ships to the port.'), []);
    assert.deepEqual(cues('Her new film, Who We Are Now, opens at the Rex.'), []);
    const text = 'The coach said “we played hard” after the match.';
    assert.deepEqual(cues(text, [quoteOf(text, 'we played hard', 'speech')]), []);
  });

  it('flags "can" with a verb as a timeless claim, but not "can be", which reports a possibility', () => {
    assert.deepEqual(
      cues('Any town can build a better square.').map((e) => [e.text, e.cue]),
      [['can build', 'generalisation']],
    );
    assert.deepEqual(cues('The rash can be red for a week.'), []);
  });

  it('flags a sweeping absolute once, but not one that tallies a counted set', () => {
    assert.deepEqual(
      cues('Nobody in the council ever reads the small print.').map((e) => [e.text, e.cue]),
      [['Nobody', 'generalisation']],
    );
    assert.deepEqual(cues('None of the nine boats had ever left the harbour.'), []);
  });

  it('flags an exhortation after a linking word and a negative imperative', () => {
    assert.deepEqual(
      cues('And remember that winter is long.').map((e) => [e.text, e.cue]),
      [['remember', 'scaffolding']],
    );
    assert.deepEqual(
      cues('Don’t be fooled by the figures.').map((e) => [e.text, e.cue]),
      [['Don’t be', 'scaffolding']],
    );
    assert.equal(cues('Let us be clear about the route.')[0]?.text, 'Let');
  });

  it('flags first-person stance without a cognition verb ("to me", "in my view")', () => {
    assert.deepEqual(
      cues('The square looks to me like a car park.').map((e) => [e.text, e.cue]),
      [['looks to me', 'evaluative']],
    );
    assert.equal(cues('In my view the plan is late.')[0]?.text, 'In my view');
  });

  it('flags a deontic judgement such as "it is imperative to"', () => {
    assert.deepEqual(
      cues('It is imperative to cut the queue at the clinic.').map((e) => e.cue),
      ['evaluative'],
    );
  });

  it('weighs a valenced noun as a charge in a present-tense claim, but as a weak cue in a past-tense report', () => {
    const claim = findFramingCues('Greed drives the whole housing market.', []);
    const report = findFramingCues('Greed drove the market in 2008.', []);
    assert.deepEqual(
      claim.map((e) => [e.text, e.cue]),
      [['Greed', 'loaded']],
    );
    assert.ok(strength(claim) >= FRAMING_THRESHOLD);
    assert.ok(strength(report) < FRAMING_THRESHOLD);
  });

  it('flags a word set in capitals for emphasis, but not an acronym, a name or an all-capitals headline', () => {
    assert.deepEqual(
      cues('The new rule is NOT a ban.').map((e) => [e.text, e.cue]),
      [['NOT', 'loaded']],
    );
    assert.deepEqual(cues('The NHS opened a clinic in the NT Times building.'), []);
    assert.deepEqual(cues('COUNCIL IS NOT CLOSING LIBRARY'), []);
  });

  it('returns offsets that match the sentence text', () => {
    const text =
      'At the heart of this shift lies a growing tension, which risks alienating allies.';
    const found = cues(text);
    assert.ok(found.length >= 2);
    for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it('does not read "can then be removed", "poses a risk to" or "he never came back" as the writer\'s claim', () => {
    for (const text of [
      'A vote is needed first, and the judge can then be removed from office.',
      'The drug is allowed only when the illness poses a risk to the patient.',
      'She waited at the gate, but he never came back.',
    ])
      assert.deepEqual(cues(text), [], text);
  });

  it('still flags "can then build", "risks alienating" and a present-tense "never"', () => {
    assert.ok(cues('Any village can then build its own school.').length > 0);
    assert.ok(cues('The levy risks alienating small farmers.').length > 0);
    assert.ok(cues('He never listens to his staff.').length > 0);
  });

  it('flags the writer\'s closing verdict "and it is" as scaffolding', () => {
    assert.deepEqual(
      cues('The menu describes the soup as filling, and it is.').map((e) => [e.text, e.cue]),
      [['and it is', 'scaffolding']],
    );
  });

  it('reads a counterfactual "would have faced" as speculation, but not inside an "if" clause', () => {
    assert.ok(
      cues('The mayor would have faced a recall vote but quit first.').some(
        (e) => e.cue === 'speculation',
      ),
    );
    assert.deepEqual(cues('They paid less than if they would have bought it.'), []);
  });

  it('names a procedure of law without judging it ("how impeachment inquiries work")', () => {
    assert.deepEqual(cues('Senators do not all agree on how impeachment hearings work.'), []);
  });

  it('reads "a military offensive" as a noun, but "offensive remarks" as evaluative', () => {
    assert.deepEqual(cues('The army began a spring offensive with air strikes.'), []);
    assert.ok(cues('He made offensive remarks.').length > 0);
  });

  it('flags the writer\'s "raises the concern that" as scaffolding', () => {
    assert.ok(
      cues('This result raises the concern that the pest will spread.').some(
        (e) => e.cue === 'scaffolding',
      ),
    );
  });

  it('does not read "can" in a relative clause describing a noun as a timeless claim', () => {
    assert.deepEqual(cues('Ticks live in tall grass, where they can bite passing deer.'), []);
    assert.ok(cues('Ticks can bite anyone.').length > 0);
  });

  it('reads "is widely suspected of" as an agentless passive, but not a plain "is suspected of"', () => {
    assert.deepEqual(
      cues('The owner is widely suspected of starting the fire.').map((e) => e.cue),
      ['agentless-passive'],
    );
    assert.deepEqual(cues('The owner is suspected of starting the fire.'), []);
  });

  it('reads a negated absolute ("did not always slow down") as a hedge, not a sweep', () => {
    assert.deepEqual(cues('The birds did not always find the feeder in time.'), []);
    assert.deepEqual(
      cues('The birds always find the feeder.').map((e) => e.cue),
      ['generalisation'],
    );
  });

  it('reads an adjective-tagged compound head ("a large book fair,") and "personal best" as names', () => {
    assert.deepEqual(cues('Like a large book fair, the show drew crowds from three towns.'), []);
    assert.deepEqual(cues('She ran a personal best time of 51.2 seconds.'), []);
    // the writer's own complement keeps its adjective (a critic's is the critic's: test/framing-causes.test.ts)
    assert.equal(cues('I found the ruling unfair.').length, 1);
  });

  it('treats "successful" as a stated outcome, not praise', () => {
    assert.deepEqual(cues('The second launch attempt was successful.'), []);
  });

  it('leaves the modal of a proposition ("the theory that ... may") to its holders', () => {
    assert.deepEqual(cues('One theory holds the idea that the moths may follow the moon.'), []);
    assert.equal(cues('The moths may follow the moon.').length, 1);
  });

  it('flags "it is hard to see how" as speculation', () => {
    assert.deepEqual(
      cues('It is hard to see how the mill reopens.').map((e) => e.cue),
      ['speculation'],
    );
  });

  it('reads a sentence-initial "What, exactly, ...?" as a rhetorical question strong enough to decide', () => {
    const found = cues('What, exactly, did the board expect?');
    assert.deepEqual(
      found.map((e) => e.cue),
      ['rhetorical-question'],
    );
    assert.ok(strength(found) >= FRAMING_THRESHOLD);
  });
});
