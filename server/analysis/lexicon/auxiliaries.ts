/**
 * Auxiliaries and the negation after them, which the framing detectors read tense and modality by (English closed
 * classes, general grammar).
 */

/** Past and perfect auxiliaries: a sentence using one narrates ("was", "had"). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);

/** Modals whose reading depends on the words before them ("if they would have", "where they can"). */
export const BACKWARD_MODALS: ReadonlySet<string> = new Set(['would', 'can', 'cannot', 'ca']);

/** Negations after a modal: "could not" reports a past inability. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** Forms of "have" that make a perfect: "as the mayor has said". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
