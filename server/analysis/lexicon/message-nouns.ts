/**
 * Nouns for a message one gives in words, chosen by hand (from no data set) among the nouns of communicated content
 * (explanation, account, view, opinion …). As the object of a verb of giving ("gave an account of", "offered his
 * explanation for", "shared her thoughts on") they make a support-verb construction that means the verb of saying
 * ("recounted", "explained", "said what she thought").
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  (
    'explanation explanations account thoughts view views opinion opinions assessment reasoning justification ' +
    'version interpretation perspective verdict ' +
    // words of praise, sympathy and thanks given to someone: "paid tribute to the player", "offered her condolences"
    'tribute tributes condolences sympathies thanks congratulations apology apologies ' +
    // … and warnings issued: "Anti-virus firms are issuing high-level warnings", "It issued the warning following …"
    'warning warnings'
  ).split(' '),
);

/** Verbs of giving that carry a message noun: "offered his explanation", "shared thoughts on". */
export const GIVING_VERBS: readonly string[] = [
  'give',
  'offer',
  'share',
  'provide',
  'present',
  'pay',
  'extend',
  'send',
  'issue',
  // ("China delivered another stern warning to the nation through its party newspaper", blind round 348)
  'deliver',
];

/**
 * Nouns for a text or a set of words put out, which carry a message only when what they are about follows them
 * ("released a statement regarding the death of …", "gave conflicting reports as to whether …"), chosen by hand
 * from no data set. Alone they name the act ("The channel released a statement after the accident").
 */
export const TOPIC_MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  (
    'statement statements report reports comments remarks details ' +
    // ("The Bush administration continued to make claims about having found …", blind round 353)
    'claim claims allegation allegations accusation accusations assertion assertions'
  ).split(' '),
);

/** Verbs that put such a text out: "issued a statement on", "released details about", "made remarks about". */
export const PUTTING_OUT_VERBS: readonly string[] = ['give', 'issue', 'release', 'make', 'publish'];

/** Words that open what a message is about: "about", "regarding", "as to whether", "on the case". */
export const ABOUT_WORDS: ReadonlySet<string> = new Set([
  'about',
  'regarding',
  'concerning',
  'on',
  'over',
  'as',
]);

/**
 * Nouns for a doubt one voices, which "raise" makes a verb of saying: "Reed and Schiff both raised concerns about
 * Trump's mindfulness" (they said they were concerned). Chosen by hand; what raises them must be able to speak ("the
 * delay raised questions" is a thing's effect).
 */
export const RAISED_DOUBTS: ReadonlySet<string> = new Set(
  'concern concerns question questions doubt doubts objection objections fear fears worry worries alarm'.split(
    ' ',
  ),
);

/**
 * Nouns for something said, whose "that"-clause is what was said: with an owner before them ("North Korea's
 * announcement Tuesday that it would no longer honor the agreements", "his claim that taxes would rise") they
 * report the owner's words as "announced that" would. Chosen by hand; "the idea that", "fears that" name no speaker.
 */
export const OWNED_CLAIM_NOUNS: ReadonlySet<string> = new Set(
  (
    'announcement claim claims statement assertion warning insistence allegation allegations pledge promise ' +
    'denial admission accusation contention declaration'
  ).split(' '),
);

/** Verbs that make a statement again: "renewed his denial", "repeated its call for", "reiterated the warning". */
export const REPEATING_VERBS: readonly string[] = ['renew', 'repeat', 'reiterate', 'reaffirm'];
