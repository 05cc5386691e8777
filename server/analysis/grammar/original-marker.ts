/**
 * Wikinews marks the original wording of a translated quotation with its language code in double brackets and the
 * language's name: "((es))Spanish language: …", "((hi))Hindi language: …", and sometimes the name alone,
 * "((ru))Russian: …" (Wikinews, blind round 1665).
 */
export const ORIGINAL_MARKER = /^\(\(\p{Ll}{2,3}\)\)\p{Lu}\p{L}+(?: language)?:/u;

/** The same marker anywhere in a sentence ("… be first" ((es))Spanish language: Puerto Rico necesita …). */
export const HAS_ORIGINAL_MARKER = /\(\(\p{Ll}{2,3}\)\)\p{Lu}\p{L}+(?: language)?:/u;
