/**
 * (Left out on purpose: who the rules made the speaker of the quotations before and after, and how often a candidate
 * spoke before. They are today's rules, tuned on every labelled round, so in training they look surer than they are
 * on new text, and their first-contact values cannot be rebuilt quote by quote. Those speakers stay candidates.)
 *
 * The features the learned speaker choice weighs for each candidate speaker of a speech quotation, by name, each
 * with the reason it should matter. Values are 0/1 indicators unless said otherwise; a candidate's mention features
 * take the strongest of its mentions.
 */
export const FEATURES = [
  // the rules' own answer: decades of hand rules are right most of the time on the text they were written from
  'rulePick',
  // … by the kind of cue that found it: a tag beside the quote is surer than a speaker carried from an earlier quote
  'rulePickTag',
  'rulePickLeft',
  'rulePickInherited',
  'rulePickOther',
  // "none": the quotation has no speaker in the text (rare for speech: most speech has one)
  'none',
  // … more likely when the rules found none either, and when no mention stands in the quote's own sentence
  'noneRuleNone',
  'noneNoMentionHere',
  // where the candidate is mentioned: the quote's sentence, the one or two before, the one after
  'inSentence',
  'inPrev1',
  'inPrev2',
  'inNext1',
  // in the same sentence before the opening mark / after the closing mark (tags come after, leads before)
  'beforeQuote',
  'afterQuote',
  // closeness to the quote in tokens inside its sentence, 1/(1 + distance/4): tags sit right beside the marks
  'closeness',
  // the subject of a verb of saying (before it, or after it in an inverted tag "said Ann Berg")
  'subjectOfSaying',
  // the object of "according to", or the agent after "by"
  'accordingTo',
  'agent',
  // after another preposition or right after a verb: talked about, not talking
  'oblique',
  'objectOfVerb',
  // the first words of its sentence: the sentence's subject acts
  'sentenceStart',
  // in the quote's paragraph, and in the sentence opening that paragraph
  'sameParagraph',
  'paragraphStart',
  // named inside the quotation itself: people rarely name themselves, they name others
  'namedInQuote',
  // kinds of speaker: a full personal name, one word, a body, a description or phrase, reached through a pronoun
  'personFull',
  'singleWord',
  'body',
  'phrase',
  'viaPronoun',
  // the candidate appears in the headline: the article's main voice
  'inHeadline',
  // the quotation is a fragment (a few words, no stop of its own): it sits inside a sentence whose subject speaks
  'fragmentSubjectOfSaying',
  // the quotation opens its paragraph or goes on over sentences: a speech whose speaker was named just before
  'paragraphOpenInPrev1',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Index of each feature in a candidate's vector. */
export const FEATURE_INDEX: Readonly<Record<FeatureName, number>> = Object.fromEntries(
  FEATURES.map((f, i) => [f, i]),
) as Record<FeatureName, number>;

/** The features that carry the rules' own answer (the model is also judged without them). */
export const RULE_FEATURES: ReadonlySet<number> = new Set(
  (
    [
      'rulePick',
      'rulePickTag',
      'rulePickLeft',
      'rulePickInherited',
      'rulePickOther',
      'noneRuleNone',
    ] as const
  ).map((f) => FEATURE_INDEX[f]),
);
