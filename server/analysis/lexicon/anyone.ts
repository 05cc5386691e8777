/**
 * Pronouns for people at large. As the agent of a passive view or a perception they name no source: "the letter
 * could be seen by anyone" says who had access, not whose view it is. Chosen by hand from general English usage.
 */
export const ANYONE_WORDS: ReadonlySet<string> = new Set([
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'nobody',
]);
