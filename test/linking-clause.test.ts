import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a sentence that only comes as or after a report (linksToReport)', () => {
  it('is attributed when it comes as a source said something', () => {
    assert.equal(
      labelOf('The fall came as Indonesia said it expected its debts to be frozen.'),
      'attributed',
    );
  });

  it('is attributed when it comes a day after a named person said something', () => {
    assert.equal(
      labelOf('His warning came a day after Sir Digby Jones said stability was all important.'),
      'attributed',
    );
  });

  it('stays a fact when what came before was an act, not words', () => {
    assert.equal(
      labelOf('The move came after France and Germany vowed to cut their deficits.'),
      'fact',
    );
  });

  it('stays a fact when the sentence tells an event of its own', () => {
    assert.equal(
      labelOf('Shares in Cairn rose 6% after the firm said its oilfield was larger.'),
      'fact',
    );
  });
});
