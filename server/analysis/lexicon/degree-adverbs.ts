/**
 * Adverbs in -ly whose adjective judges but which themselves grade how much, or say whether an act came off or was
 * lawful, rather than judge the way it was done ("badly damaged", "seriously injured", "successfully launched",
 * "effectively ended"): chosen by hand from general English usage (the degree and result adverbs of English grammars).
 * framing/manner.ts reads every other -ly adverb of a judging adjective before a finite verb as the writer's judgement
 * of the act.
 */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'badly sorely desperately dearly terribly awfully greatly highly hugely seriously severely gravely sharply ' +
    'heavily strongly widely deeply richly fairly vastly enormously tremendously incredibly extremely ' +
    'exceptionally remarkably successfully effectively efficiently easily freely safely properly correctly ' +
    'clearly fully openly positively negatively critically significantly substantially dramatically slightly ' +
    'largely mostly merely simply truly really actually certainly surely happily willingly drastically steeply ' +
    'massively considerably markedly ' +
    // an outcome or a legal standing stated, no way of acting judged: "unsuccessfully challenged Clinton", "illegally
    // entered the country"
    'unsuccessfully illegally legally lawfully unlawfully'
  ).split(' '),
);
