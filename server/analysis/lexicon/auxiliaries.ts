/**
 * Auxiliaries and the negation after them, which the framing detectors and the attribution rules read tense and
 * modality by (English closed classes, general grammar).
 */

/** Past and perfect auxiliaries: a sentence using one narrates ("was", "had"). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);

/** Modals whose reading depends on the words before them ("if they would have", "where they can"). */
export const BACKWARD_MODALS: ReadonlySet<string> = new Set(['would', 'can', 'cannot', 'ca']);

/** Negations after a modal: "could not" reports a past inability. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** Forms of "have" that make a perfect: "as the mayor has said". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Modals of possibility: "critics might argue" names a saying the writer only supposes. */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['might', 'may', 'could']);

/** Hedges that make "will" a guess: "it will probably claim". */
export const GUESS_HEDGES: ReadonlySet<string> = new Set([
  'probably',
  'likely',
  'perhaps',
  'possibly',
  'maybe',
]);

/** The modal auxiliaries, each before a bare verb ("could place them", "can be prosecuted"). */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
]);

/** Modals and "do", which take a bare verb: an adjective after one needs "be" first ("will be welcome"). */
export const BARE_VERB_AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
]);
