/**
 * Given names that are also English verbs or adjectives, which wink-nlp tags as such even right before a
 * surname ("Rob/VERB Bartlett", "Don/VERB Imus", "Grant/VERB Shapps"), so the name loses its first word or the
 * sentence loses its subject. Chosen by hand from common English given names; each one was checked to be a word
 * the tagger reads as a verb or adjective.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  (
    'rob don grant drew sue hope rose wade mark bill pat frank jack rich lance chuck bob nick chase ' +
    'carol josh skip sandy rusty dusty dawn joy faith grace earnest bud buck cliff clay dean glen'
  ).split(' '),
);
