import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('attribution(a finding tagged at the end)', () => {
  it('labels "…, a study found." and "…, the panel concluded." as the finder\'s claim', () => {
    assert.deepEqual(labels('The drug cut deaths by half, a study found.'), ['attributed']);
    assert.deepEqual(labels('The risk was low, the panel concluded.'), ['attributed']);
  });

  it('leaves a thing found, and a passive "was found", a fact', () => {
    assert.deepEqual(labels('Police found the body in a river.'), ['fact']);
    assert.deepEqual(labels('The body was found.'), ['fact']);
  });
});

describe('attribution(words passed to a hearer)', () => {
  it('labels "The jury was told the driver had been drinking." as someone\'s words, with or without "that"', () => {
    assert.deepEqual(labels('The jury was told the driver had been drinking.'), ['attributed']);
    assert.deepEqual(labels('Reporters were told that the talks had failed.'), ['attributed']);
    assert.deepEqual(labels('The court was told he kept the money in a safe.'), ['attributed']);
  });

  it('leaves an instruction and a thing told as facts', () => {
    assert.deepEqual(labels('Residents were told to stay indoors.'), ['fact']);
    assert.deepEqual(labels('He was told the news on Monday.'), ['fact']);
  });
});

describe("attribution(a group's demands stated as their content)", () => {
  it('labels "One of the key demands was …" and "Their main demand is …" as the group\'s position', () => {
    assert.deepEqual(labels('One of the key demands was a higher minimum wage.'), ['attributed']);
    assert.deepEqual(labels('Their main demand was a higher minimum wage.'), ['attributed']);
    assert.deepEqual(labels('Among their demands is a higher minimum wage.'), ['attributed']);
  });

  it("leaves a market's demand and demands met as facts", () => {
    assert.deepEqual(labels('The demand for housing rose last year.'), ['fact']);
    assert.deepEqual(labels('The union met the demands of the workers.'), ['fact']);
  });
});

describe('attribution(what became of demands)', () => {
  it('leaves "The union demands were rejected." a fact', () => {
    assert.deepEqual(labels('The union demands were rejected.'), ['fact']);
  });
});

describe('attribution(leaked papers showing)', () => {
  it('labels "The cables show that …" and "The emails show that …" as the papers\' claim', () => {
    assert.deepEqual(labels('The cables show that the embassy knew of the plan.'), ['attributed']);
    assert.deepEqual(labels('The emails show that the embassy knew of the plan.'), ['attributed']);
  });

  it('leaves minutes of time a fact', () => {
    assert.deepEqual(labels('The meeting lasted ninety minutes.'), ['fact']);
  });
});

describe('attribution(a body named before, speaking as "it")', () => {
  it('labels "It warned that …" and "It confirmed that …" as the body\'s words', () => {
    assert.deepEqual(labels('It warned that more rain was expected over the weekend.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('It confirmed that two people had died.'), ['attributed']);
  });

  it('leaves "It means that …" the writer\'s', () => {
    assert.deepEqual(labels('It means that prices will rise.'), ['fact']);
  });
});

describe('attribution(an answer to a question put to the subject)', () => {
  it('labels "Asked about …, he pointed to …" as his answer', () => {
    assert.deepEqual(labels('Asked about his best moment, he pointed to the 2019 cup final.'), [
      'attributed',
    ]);
  });

  it('leaves an instruction obeyed or refused a fact', () => {
    assert.deepEqual(labels('Asked to leave, the man refused.'), ['fact']);
  });
});

describe('attribution(words of praise, sympathy and thanks given)', () => {
  it('labels "paid tribute to" and "offered her condolences" as what the subject said', () => {
    assert.deepEqual(labels('Club president Hana Sato paid tribute to the player.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('Sato offered her condolences to the family.'), ['attributed']);
  });

  it('leaves a payment and attention paid as facts', () => {
    assert.deepEqual(labels('The firm paid the workers on Friday.'), ['fact']);
    assert.deepEqual(labels('He paid attention to the details.'), ['fact']);
  });
});
