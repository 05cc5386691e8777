/**
 * Adverbs that tie a "can" to the present state of things: "Air passengers can now demand greater compensation",
 * "Local police can still buy this equipment", "foreigners can only trade via proxy shares", "It can also act as a
 * remote". After one of them the sentence reports what is allowed or possible now (a rule just changed, a device's
 * features), not a timeless claim of what is possible (framing/modality.ts). Chosen by hand from the adverbs of time
 * and restriction; drawn from BBC and US news rounds where such sentences were labelled fact 8 times of 8.
 */
export const ANCHORING_ADVERBS: ReadonlySet<string> = new Set(
  'now still only also already'.split(' '),
);
