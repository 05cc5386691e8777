/**
 * The writer's and the reader's person and the words of direct address (English closed classes, general
 * grammar): news reports third parties, an essay enlists its reader and tells them what to do.
 */

/** Inclusive first-person plural: "we pay for it", "our streets". */
export const WE_WORDS: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/**
 * The people of a newsroom and its audience. After "our" they make the outlet's exclusive "we" (Quirk et al. 1985,
 * 6.18: a "we" that leaves the addressee out), the publication naming its own staff or readers ("told our
 * correspondent", "so our readers can see more"), not the inclusive "we" by which an essay enlists its reader.
 */
export const NEWSROOM_NOUNS: ReadonlySet<string> = new Set([
  'correspondent',
  'reporter',
  'journalist',
  'editor',
  'staff',
  'reader',
  'viewer',
  'listener',
]);

/** The reader addressed: "you know", "your city". */
export const YOU_WORDS: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
]);

/** Verbs that open a page's pointers or courtesies, not an exhortation: "See also", "Read more", "Thank you". */
export const NOT_DIRECTIVE: ReadonlySet<string> = new Set([
  'please',
  'thank',
  'thanks',
  'see',
  'read',
  'click',
  'watch',
  'listen',
]);

/**
 * Where a writer's byline asks to be followed: "Follow Pam Key on Twitter @pamkeyNEN." (Breitbart's sign-off, PolNeAR
 * rounds 1748 and 1750) is a page's courtesy, as "Read more" is, not an order about what to think.
 */
export const SOCIAL_FOLLOW =
  /^follow\b.*(?:\bon (?:Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|Mastodon)\b|@\w)/i;

/** Linking words that may open an exhortation: "And remember …", "So consider …". */
export const IMPERATIVE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'so',
  'yet',
  'now',
  'then',
]);

/** A negative imperative's opening: "Don't be fooled", "Never forget". */
export const NEGATIVE_IMPERATIVE = /^(?:do(?:n[’']t| not)|never)$/i;
