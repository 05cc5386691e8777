import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function body(sentence: string) {
  return analyzeArticle(`Harbour budget set\n\n${sentence}`).sentences[1]!;
}

describe('reports closing or opening the sentence', () => {
  it('reads "…, Mr Reyes forecast." as a report, though the tagger reads "forecast" as a noun', () => {
    const s = body(
      'Harbour fees would rise by 2% next year and 3% the year after, Mr Reyes forecast.',
    );
    assert.equal(s.label, 'attributed');
    assert.match(s.sources[0]?.text ?? '', /Reyes$/);
  });

  it('leaves "…, beating the analysts\' forecast." a fact', () => {
    assert.equal(body("Harbour fees rose by 4%, beating the analysts' forecast.").label, 'fact');
  });

  it('reads a closing "according to" as the source of the whole sentence after a relative clause in its subject', () => {
    const s = body(
      'The ferries that carry cars to the islands are set to have a busy year, according to harbour officials.',
    );
    assert.equal(s.label, 'attributed');
  });

  it('leaves "according to their rules" a way of acting, not a source', () => {
    const s = body('The clubs that own the boats share the fees out, according to their rules.');
    assert.equal(s.label, 'fact');
  });

  it('reads "As the mayor declared, …" as the mayor\'s words', () => {
    const s = body('As the mayor declared, the harbour must pay its own way.');
    assert.equal(s.label, 'attributed');
  });

  it('leaves a temporal "as" clause alone', () => {
    assert.equal(body('As the mayor announced the budget, the ferries left.').label, 'fact');
  });

  it('reads "…, shows a study by Quaylink." as the study\'s finding', () => {
    const s = body('Ferry users care more about timing than price, shows a study by Quaylink.');
    assert.equal(s.label, 'attributed');
  });

  it('reads "supporters of the plan claim it will …" as their claim, though the tagger reads "claim" as a noun', () => {
    const s = body('Supporters of the harbour plan claim it will bring more visitors.');
    assert.equal(s.label, 'attributed');
  });

  it('leaves "the pay claim that unions made" a noun', () => {
    assert.equal(body('The pay claim that harbour staff made was turned down.').label, 'fact');
  });
});
