// The author's bio under a story ("Jo Doe is a reporter for NBC News.", "Jo Doe is the business reporter for The
// Huffington Post. You can send him an e-mail …", "Jo Doe is a freelance writer living in Minneapolis") is about the
// writer, not the story: NBC News, the Huffington Post and Digg close their stories with one. It is caught only among
// the last paragraphs, so a story sentence that introduces a reporter ("Jo Doe is a reporter for the Times who
// covered the trial") in the story's body stays.

const LAST = 3;
const BIO =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} is (?:a|an|the) (?:[^.!?]{0,60} )?(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|blogger)\b/u;

/** The paragraphs without an author's bio among the last `LAST`. */
export function withoutClosingBio(paragraphs: readonly string[]): string[] {
  const start = Math.max(0, paragraphs.length - LAST);
  return paragraphs.filter((p, i) => i < start || !BIO.test(p));
}
