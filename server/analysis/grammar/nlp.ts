import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';

// The model is read on first use, not on import: a server that only serves lessons never needs it in its
// main thread (lessons are built in a worker), and it holds about 20 MB.
const require = createRequire(import.meta.url);
let modelData: unknown;
const model = () =>
  (modelData ??= require('wink-eng-lite-web-model')) as Parameters<typeof winkNLP>[0];

/** An object that stands for `make()`'s result and makes it on first use. */
function onFirstUse<T extends object>(make: () => T): T {
  let made: T | undefined;
  return new Proxy({} as T, { get: (_, key) => Reflect.get((made ??= make()), key) });
}

/**
 * The analyzer's wink-nlp instance: tokens, parts of speech and lemmas only. Leaving out sentence boundaries
 * (the analyzer segments the text itself), entities, negation and sentiment, which it does not read, roughly halves
 * the cost of a parse; tokens, tags and lemmas are the same as the default pipeline's. `doc.sentences()` is one
 * sentence here: use `nlp` for anything beyond tokens. Loading the model is the slow part, so it happens once.
 */
let posOnly: WinkMethods | undefined;
const tag = () => (posOnly ??= winkNLP(model(), ['pos']));
export const tagger: WinkMethods = onFirstUse(tag);
export const its: WinkMethods['its'] = onFirstUse(() => tag().its);
export const as: WinkMethods['as'] = onFirstUse(() => tag().as);

let full: WinkMethods | undefined;

/**
 * The default wink-nlp pipeline (adds entities, negation and sentiment), loaded on first use so that a process
 * which only analyzes does not pay for loading the model twice.
 */
export const nlp: WinkMethods = onFirstUse(() => (full ??= winkNLP(model())));
