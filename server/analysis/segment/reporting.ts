// Reporting verbs that may follow a quoted question or exclamation without a comma, after a capitalised subject of up
// to eight words, which may end in a place or a body after "of" or "for" ("“Thank you Donald Trump!” Democratic U.S.
// Representative Gerald Connolly of Virginia told reporters", round 450; "“… next year?” Independence Blue Cross Chief
// Executive Officer Daniel Hilferty said", round 479), or "asked" and the one asked ("“…?” Kennedy asked Stretch.").
const REPORTING_CLAUSE =
  /^(?:[\p{Lu}][\p{L}\p{N}'’.-]*\s+){1,8}(?:(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{N}'’.-]*\s+){1,3})?(?:(?:told|tells)\s+[\p{L}]|(?:asked|asks)\s+\p{Lu}[\p{L}'’-]*\s*[.,]|(?:said|says|asked|asks|wrote|writes|added|adds|replied|continued|explained|declared|shouted|cried|exclaimed|tweeted|posted|insisted|noted|recalled|remarked|stated|wondered|pondered|mused|demanded|argued|answered)(?:\s*[.,;:!?]|\s+(?:in|on|at|to|during|after|before|from|via|when|while|as|with|through|yesterday|today|later|again|last|this|of)\b))/u;

/** True when text at `at` is a capitalised reporting clause: `"Why?" Smith asked.` continues its sentence. */
export function reportingClauseAt(text: string, at: number): boolean {
  return REPORTING_CLAUSE.test(text.slice(at, at + 120));
}
