const PRONOUN =
  /^(he|she|they|it|we|i|you|him|her|them|us|his|hers|their|theirs|its|our|my|your|this|that|these|those)$/i;

/** True for "he", "His", "they": words that name someone only through an earlier sentence. */
export function isPronoun(text: string): boolean {
  return PRONOUN.test(text.trim());
}
