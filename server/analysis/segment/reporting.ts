// Reporting verbs that may follow a quoted question or exclamation without a comma, after a capitalised subject of up
// to eight words, which may end in a place or a body after "of" or "for" ("“Thank you Donald Trump!” Democratic U.S.
// Representative Gerald Connolly of Virginia told reporters", round 450; "“… next year?” Independence Blue Cross Chief
// Executive Officer Daniel Hilferty said", round 479), or "asked" and the one asked ("“…?” Kennedy asked Stretch.").
const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{N}'’.-]*`;
// the subject: capitalised words, maybe a place or a body after "of" or "for", maybe an apposition set off by commas
// ("“Suicide bomber!” Brig. Gen. Rawan Barzani, the special forces commander, radioed …", round 609)
// (… with lower-case words of a title after the first: "“Not presidential material!” GOP frontrunner Donald Trump
// tweeted", round 604; and a party and state in brackets: "Rep. Steve King (R-Iowa), a staunch opponent …, wrote")
const SUBJECT = String.raw`${NAME_WORD}\s+(?:(?:${NAME_WORD}|\p{Ll}+)\s+){0,7}(?:(?:of|for)\s+(?:the\s+)?(?:${NAME_WORD}\s+){1,3})?`;
const APPOSED = String.raw`(?:${NAME_WORD}\s+){0,7}${NAME_WORD}(?:\s+\([^()]{1,20}\))?,\s+[^,.!?“”"]{2,100},\s+`;
const VERBS = String.raw`said|says|asked|asks|wrote|writes|added|adds|replied|continued|explained|declared|shouted|cried|exclaimed|tweeted|posted|bellowed|quipped|joked|laughed|snapped|whispered|countered|admitted|conceded|testified|insisted|noted|recalled|remarked|stated|wondered|pondered|mused|demanded|argued|answered|radioed|yelled|screamed|warned|responded`;
// an adverb of manner between the subject and its verb ("“Can I give it to James?” Brooke tearfully asked", AEB page
// of Fox News, blind round 914)
// (… or of time: "“…” Hailey later recalled", round 655)
const MANNER = String.raw`(?:(?:\p{Ll}+ly|later|also|then|again)\s+)?`;
const REPORTING_CLAUSE = new RegExp(
  String.raw`^(?:${SUBJECT}|${APPOSED})${MANNER}(?:(?:told|tells)\s+[\p{L}]|(?:asked|asks)\s+\p{Lu}[\p{L}'’-]*(?:\s*[.,]|\s+(?:on|in|at|during|after)\b)|(?:${VERBS})(?:\s*[.,;:!?]|\s+(?:in|on|at|to|during|after|before|from|via|when|while|as|with|through|yesterday|today|later|again|last|this|of)\b))`,
  'u',
);

// a quotation opening right after the clause (which closed on a comma or a colon): the clause introduces words of its
// own
const OPENS_QUOTATION = /^\s*["“]/;

/**
 * True when text at `at` is a capitalised reporting clause: `"Why?" Smith asked.` continues its sentence. A clause
 * that opens a quotation of its own (`"… be exempt?" Vatican archbishop Charles Scicluna said, "People must know …"`,
 * Wikinews, blind round 1661) is a new sentence.
 */
export function reportingClauseAt(text: string, at: number): boolean {
  const m = REPORTING_CLAUSE.exec(text.slice(at, at + 120));
  if (!m) return false;
  const end = at + m[0].length;
  return !(/[,:]$/.test(m[0]) && OPENS_QUOTATION.test(text.slice(end, end + 3)));
}
