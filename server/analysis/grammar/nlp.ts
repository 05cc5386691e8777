import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The analyzer's wink-nlp instance: tokens, parts of speech and lemmas only. Leaving out sentence boundaries
 * (the analyzer segments the text itself), entities, negation and sentiment, which it does not read, roughly halves
 * the cost of a parse; tokens, tags and lemmas are the same as the default pipeline's. `doc.sentences()` is one
 * sentence here: use `nlp` for anything beyond tokens. Loading the model is the slow part, so it happens once.
 */
export const tagger = winkNLP(model, ['pos']);
export const its = tagger.its;
export const as = tagger.as;

let full: WinkMethods | undefined;

/**
 * The default wink-nlp pipeline (adds entities, negation and sentiment), loaded on first use so that a process
 * which only analyzes does not pay for loading the model twice.
 */
export const nlp: WinkMethods = new Proxy({} as WinkMethods, {
  get: (_, key) => Reflect.get((full ??= winkNLP(model)), key),
});
