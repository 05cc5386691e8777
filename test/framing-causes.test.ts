import assert from 'node:assert/strict';
import { findFramingCues } from '../server/analysis/framing/framing.ts';
import { labels } from './helpers/short-article.ts';

// Session 4: general causes of false and missed framing, each with a sentence written for the test.
const cueTexts = (text: string): string[] => findFramingCues(text, []).map((e) => e.text);

describe('framing causes (session 4)', () => {
  it('leaves a hedge adverb in a source\'s clause to the source ("warned … could potentially")', () => {
    assert.deepEqual(
      cueTexts('Union leaders warned the new rota could potentially leave wards without nurses.'),
      [],
    );
    assert.deepEqual(cueTexts('The new rota could potentially leave wards without nurses.'), [
      'could potentially leave',
    ]);
  });

  it('reads capitals after a determiner or number as an acronym ("five AM stations"), not emphasis', () => {
    assert.deepEqual(cueTexts('The company owns twelve FM and five AM stations.'), []);
    assert.deepEqual(cueTexts('She moved to the IT desk last spring.'), []);
    assert.deepEqual(cueTexts('This is NOT a pay rise.'), ['NOT']);
  });

  it('says what a legal case concerns with "at the center of the case", and weighs with "at the heart of"', () => {
    assert.deepEqual(cueTexts('At the center of the lawsuit was a fishing licence.'), []);
    assert.deepEqual(cueTexts('At the heart of the matter is trust.'), ['At the heart of']);
  });

  it('reads a perfect whose participle looks like its base form as narration ("have come")', () => {
    assert.deepEqual(
      labels('The mayor and her aides have come under scrutiny over the fraud at the depot.'),
      ['fact'],
    );
    assert.deepEqual(labels('Fraud ruins the depot.'), ['framing']);
  });

  it("hands an adjective after a judging verb's object to the assessor, not to the writer", () => {
    assert.deepEqual(cueTexts('Inspectors deemed the old pier unsafe.'), []);
    assert.deepEqual(cueTexts('She considered her best novel to be her first.'), []);
    assert.deepEqual(cueTexts('Critics found it awful.'), []);
    assert.deepEqual(cueTexts('I found it awful.'), ['awful']);
    assert.deepEqual(cueTexts('He found a good seat.'), ['good']);
  });

  it('reads judgements AFINN leaves out: verdict adjectives and derogatory verbs', () => {
    assert.deepEqual(cueTexts('The council adopted a misguided parking scheme.'), ['misguided']);
    assert.deepEqual(cueTexts('The ministers bungled the rollout of the new permits.'), [
      'bungled',
    ]);
    // a derogatory verb counts as a verb only; a literal event verb is not in the list
    assert.deepEqual(cueTexts('Gunmen hijacked a bus near the border.'), []);
  });

  it('reads a verdict adjective as the predicate of a present "is" ("the answer is plain"), not before a noun', () => {
    assert.deepEqual(cueTexts('The answer is plain.'), ['plain']);
    assert.deepEqual(cueTexts('Its collapse is inevitable.'), ['inevitable']);
    assert.deepEqual(cueTexts('The file is stored as plain text.'), []);
    assert.deepEqual(cueTexts('The answer was plain to the jury.'), []);
  });

  it("reads stock metaphors of verdict and argumentative connectives as the writer's", () => {
    assert.deepEqual(cueTexts('The budget is a house of cards.'), ['house of cards']);
    assert.deepEqual(cueTexts('After all, the ferry still runs twice a day.'), ['After all']);
    assert.deepEqual(
      cueTexts('They added the suggestion that, after all, the ferry would pay for itself.'),
      [],
    );
  });

  it("leaves a judgement or hedge in the clause of a third party's saying or fearing verb to them", () => {
    assert.deepEqual(cueTexts('The farmers feared the old dam could fail.'), []);
    assert.deepEqual(cueTexts('Tenants argue that the rent rise is reckless.'), []);
    assert.deepEqual(cueTexts('I think the rent rise is reckless.').includes('reckless'), true);
    assert.deepEqual(cueTexts('It suggests the rent rise is reckless.'), ['reckless']);
    // the tagger reads "notes" after a noun as a plural noun; it is still the complaint's verb
    assert.deepEqual(cueTexts('The petition notes many tenants lack reliable heating.'), []);
    assert.deepEqual(cueTexts('The old dam could fail.'), ['could fail']);
  });

  it("reads a group's feelings ascribed by the writer ('reacted to the news with grief') as framing", () => {
    assert.deepEqual(labels('The village reacted to the news with grief and disbelief.'), [
      'framing',
    ]);
    assert.deepEqual(labels('The village reacted to the news with a vote.'), ['fact']);
  });

  it('reads a modal opening a relative clause on a noun as a property of the noun, not a forecast', () => {
    assert.deepEqual(
      cueTexts('The mill leaves fewer traces that could be detected from the air.'),
      [],
    );
    assert.deepEqual(cueTexts('The mill leaves traces, and inspectors could detect them.'), [
      'could detect',
    ]);
    assert.deepEqual(cueTexts('It is a rule that should be scrapped.'), ['should be']);
  });

  it('reads the writer\'s verdict on how an effort landed ("failed to resonate", "backfired") as framing', () => {
    assert.deepEqual(labels('The new bus timetable failed to resonate with commuters.'), [
      'framing',
    ]);
    assert.deepEqual(labels('The new bus timetable failed to reach the printers.'), ['fact']);
  });
});

describe('framing(a label before a colon)', () => {
  it('reads "Update:" and "Note:" opening a line as labels, not orders to the reader', () => {
    assert.deepEqual(cueTexts('Update: The council met again on Friday.'), []);
    assert.deepEqual(cueTexts('Note: The figures are rounded to the nearest thousand.'), []);
  });

  it('still reads a bare imperative as an order', () => {
    assert.deepEqual(cueTexts('Consider the cost.'), ['Consider']);
  });
});

describe('framing(a superlative with a checkable scope)', () => {
  it('reads a ranking against a period or a record as a fact, not a judgement', () => {
    assert.deepEqual(cueTexts('It was the worst storm to strike the region since 1950.'), []);
    assert.deepEqual(cueTexts('The earthquake was the strongest recorded in Chile this year.'), []);
  });

  it('still reads a superlative with no scope as the writer judging', () => {
    assert.deepEqual(cueTexts('It was the worst decision of the council.'), ['worst']);
  });
});

describe('framing(plain news nouns and states)', () => {
  it('reads "Rescue workers" and "Peace talks" opening a sentence as kinds of people and work', () => {
    assert.deepEqual(cueTexts('Rescue workers struggled to reach the remote village.'), []);
    assert.deepEqual(cueTexts('Peace talks resumed on Monday.'), []);
  });

  it('reads "left homeless" as a condition and a scoped superlative degree word as a ranking', () => {
    assert.deepEqual(cueTexts('Hundreds of people were left homeless by the floods.'), []);
    assert.deepEqual(cueTexts('The country is facing its worst economic slump in decades.'), []);
  });

  it('still reads a judging word misread as a name as the writer judging', () => {
    assert.deepEqual(cueTexts('Brilliant performances marked the final.'), ['Brilliant']);
  });
});

describe('framing(an -ing act before a title word)', () => {
  it('keeps "obstructing justice" an act, not a title', () => {
    assert.deepEqual(
      cueTexts('He was impeached for lying to investigators and obstructing justice.'),
      [],
    );
  });
});
