import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 8: general causes of false and missed framing, each with a sentence written for the test.

const cues = (text: string) => findFramingCues(text, []).map((e) => [e.text, e.cue]);

describe('framing causes (session 8)', () => {
  describe('a collective mood stated as a fact', () => {
    it('reads a mood that grows or lingers with no one feeling it aloud as a generalisation', () => {
      assert.deepEqual(cues('Worry continues to grow over the state of the old bridge.'), [
        ['Worry continues to grow', 'generalisation'],
      ]);
      assert.deepEqual(labels('Anger has deepened in the valley since the mill closed.'), [
        'framing',
      ]);
      // a figure in the sentence does not anchor it: the mood is still the writer's reading
      assert.deepEqual(
        labels('As the town marked 40 years since the flood, unease lingers about the levees.'),
        ['framing'],
      );
    });

    it('reads "there is growing frustration" and "there are doubts" as the writer sweeping a crowd', () => {
      assert.deepEqual(labels('There are also doubts about whether the ferry will run in May.'), [
        'framing',
      ]);
      assert.deepEqual(labels('There is growing frustration with the slow repairs.'), ['framing']);
    });

    it('reads a headline opening with a new or growing mood as framing', () => {
      const [headline] = analyzeArticle(
        'Fresh anxiety over hospital waiting lists\n\nBody.',
      ).sentences;
      assert.equal(headline?.label, 'framing');
    });

    it('leaves a mood that someone voices or that explains an act', () => {
      // voiced: a report, found by the attribution stage first
      assert.deepEqual(labels('The mayor expressed concern about the state of the bridge.'), [
        'attributed',
      ]);
      assert.deepEqual(labels('There has been scepticism among engineers about the plan.'), [
        'attributed',
      ]);
      // a motive for an act: "over fears of", "due to concerns about"
      assert.deepEqual(labels('The council shut the road over fears of a landslide.'), ['fact']);
      assert.deepEqual(labels('Shops limited sales of bread due to concerns about supply.'), [
        'fact',
      ]);
      // "concerns were raised" says someone raised them; no mood grows by itself
      assert.deepEqual(cues('Concerns were raised at the meeting about parking.'), []);
    });
  });

  describe('a feeling the writer ascribes with a verb of affect', () => {
    it('reads "many farmers still resent the merger" as the writer stating what others feel', () => {
      assert.deepEqual(cues('Many farmers still resent the merger of the two councils.'), [
        ['resent', 'evaluative'],
      ]);
      assert.deepEqual(labels('Many farmers still resent the merger of the two councils.'), [
        'framing',
      ]);
    });

    it('leaves the verb alone before a that-clause, where it gives a view held', () => {
      assert.deepEqual(cues('Some growers dreaded that the frost would come early.'), []);
    });
  });

  describe('words that describe rather than judge', () => {
    it('reads a hedge on a modifier inside a noun phrase as a class of the noun, not a forecast', () => {
      assert.deepEqual(labels('The dam has slow and potentially lasting effects on the river.'), [
        'fact',
      ]);
      assert.deepEqual(labels('Nurses visited families possibly exposed to the fumes.'), ['fact']);
      // a hedged clause of its own, or a verb with its object, is still the writer's forecast
      assert.deepEqual(labels('The ferry now runs twice a day, potentially cutting queues.'), [
        'framing',
      ]);
      assert.deepEqual(cues('The plan may anger farmers and potentially splitting the party.'), [
        ['may anger', 'speculation'],
        ['potentially splitting', 'speculation'],
      ]);
    });

    it('reads a compound modifier whose first part names a domain as a kind ("pest-resistant", "user-friendly")', () => {
      assert.deepEqual(cues('Farmers planted a pest-damaging crop of beans.'), []);
      assert.deepEqual(cues('The group runs environmentally friendly projects in the hills.'), []);
      // a strong word after a domain adverb still judges
      assert.deepEqual(cues('The board backed economically disastrous policies.'), [
        ['disastrous', 'loaded'],
      ]);
    });

    it('counts a set an act reached ("All ferries were cancelled") as a tally, not a sweep', () => {
      assert.deepEqual(labels('All passenger ferries have been cancelled for the weekend.'), [
        'fact',
      ]);
      assert.deepEqual(labels('Every bridge in the county was closed on Monday.'), ['fact']);
      assert.deepEqual(labels('All politicians are liars.'), ['framing']);
    });

    it('reads "!" glued to a capitalised name with the sentence going on as part of the name', () => {
      assert.deepEqual(cues('The quiz show Blitz! returned to the air last week.'), []);
      assert.deepEqual(cues('The plan is a disgrace!'), [['disgrace!', 'loaded']]);
    });
  });

  describe('words the tagger or the lexicon misread as judgements', () => {
    it('reads an -ed word tagged as an adjective right after a name or a subject pronoun as its past verb', () => {
      // a verb's valence names the act (weak), it does not judge it
      assert.deepEqual(cues('At the port, Ruiz smuggled in watches and tobacco.'), []);
      assert.deepEqual(labels('At the port, Ruiz smuggled in watches and tobacco.'), ['fact']);
      // after a possessive the adjective still judges
      assert.deepEqual(labels('Their misguided plan failed.'), ['framing']);
    });

    it('reads a status in law or a state after a disaster as a condition ("a banned party", "the stricken ferry")', () => {
      assert.deepEqual(labels('She edited a banned newspaper in the capital.'), ['fact']);
      assert.deepEqual(labels('Tugs towed the stricken ferry to the harbour.'), ['fact']);
      assert.deepEqual(labels('He was granted compassionate leave from the prison.'), ['fact']);
    });

    it('reads an adjective between an article and a preposition as a noun ("after the welcome at the pier")', () => {
      assert.deepEqual(labels('After the welcome at the pier, the band drove to the hall.'), [
        'fact',
      ]);
      // a superlative there still ranks, and a modifier before a comma and another modifier still judges
      assert.deepEqual(labels('The plan is the best in the region.'), ['framing']);
      assert.deepEqual(cues('It became a sprawling, costly scheme.')[0], ['sprawling', 'loaded']);
    });
  });

  describe('a concession opening the sentence', () => {
    it('reads "Despite …" as a weak mark of the writer that decides beside another cue', () => {
      assert.deepEqual(
        labels('However, despite the costly repairs, the old pier remains closed to walkers.'),
        ['framing'],
      );
      // alone it decides nothing: a concession may open a plain report
      assert.deepEqual(labels('Despite the rain, the race went ahead on Sunday.'), ['fact']);
      assert.deepEqual(cues('In spite of the cost, the town built the stadium.'), [
        ['In spite of', 'scaffolding'],
      ]);
      // inside a clause it may be the reported party's
      assert.deepEqual(cues('The ferry sailed on time despite the rain.'), []);
    });
  });

  it('leaves an agentless passive inside a condition ("a strike if the offer is seen as final")', () => {
    assert.deepEqual(labels('The union threatened a strike if the offer is perceived as final.'), [
      'fact',
    ]);
    assert.deepEqual(labels('The offer is perceived as final.'), ['framing']);
  });
});
