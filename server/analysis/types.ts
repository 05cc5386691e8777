/** The three things students learn to tell apart. */
export type Label = 'fact' | 'attributed' | 'framing';

export type SentenceKind = 'headline' | 'caption' | 'body';

export type QuoteType = 'speech' | 'term';

/**
 * Why a span of a sentence matters. Attribution cues decide `attributed`;
 * framing cues decide `framing`.
 */
export type Cue =
  // attribution
  | 'speech-quote'
  | 'reporting-verb'
  | 'according-to'
  | 'reportedly'
  | 'named-source'
  | 'anonymous-source'
  // framing
  | 'evaluative'
  | 'loaded'
  | 'intensifier'
  | 'speculation'
  | 'scaffolding'
  | 'generalisation'
  | 'agentless-passive'
  | 'rhetorical-question'
  | 'scare-quote';

/** A span of a sentence's `text` (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  text: string;
  cue: Cue;
  /** A weak instance of its cue (a valenced noun, a bare question): alone it counts as little as `WEAK_WEIGHT`. */
  weak?: boolean;
  /** Its own weight, when it shows the writer's voice less surely than its cue's usual instance ("we", "always"). */
  weight?: number;
  /** A valenced noun or verb that counts in full only because its sentence speaks in the present tense. */
  charge?: boolean;
}

/** One sentence as segmentation found it, before any labelling. */
export interface Segment {
  index: number;
  paragraph: number;
  kind: SentenceKind;
  /** The sentence as written, whitespace runs collapsed to one space. */
  text: string;
  /** Offsets of the sentence in the original article text (end exclusive). */
  start: number;
  end: number;
}

export interface Quote extends Span {
  /** What stands between the quote marks; start/end point at it inside the sentence text. */
  text: string;
  type: QuoteType;
  /** The speaker as named in the article, or null when the article does not say. */
  speaker: string | null;
  /**
   * Speech quotes: how likely `speaker` is right (0–1), the share of gold speech quotes whose speaker was found the
   * same way that were right; absent for terms and in old lessons.
   */
  speakerConfidence?: number;
  /** Speech quotes: how the speaker was found ("tag:name", "verb:pronoun", "previous", "none"). */
  speakerBasis?: string;
  /**
   * Speech quotes: the learned speaker model's probability (0–1) that `speaker` (null: none) is right, among the
   * candidates around the quotation (quotes/speakers/learned); absent while that model is off at run time.
   */
  speakerProbability?: number;
}

export interface Source extends Span {
  /** The source as the sentence names it: "Jim Jordan", "U.S. officials". */
  text: string;
  named: boolean;
}

export interface Attribution {
  /** True when the sentence's main claim is reported as coming from a source. */
  attributed: boolean;
  cues: Evidence[];
  sources: Source[];
  /**
   * Words that often report (a reporting verb, "listed", "findings", "officials") stand outside the quotes of a
   * sentence whose main claim no rule gave a source: a report may hide there, so such a fact is less sure.
   */
  sourceWords?: boolean;
  /** False when the first report cue comes after another verb, so it may carry only a side detail. */
  upFront?: boolean;
  /**
   * Which attribution rules fired, whatever the decision (the learned label model reads them as features):
   * "stance", "verb", "hearsay", "view", "rumour", "publication", "agent", "talk", "headline-tag",
   * "stance-adjective", "named-quote", "block", "endorsed".
   */
  families?: readonly string[];
  /** The share of the sentence's characters inside speech quotes (0–1). */
  speechShare?: number;
  /**
   * The report rests only on an aim told as someone's ("Organisers hope to …"): the writer's own framing words, strong
   * enough to frame, still decide, since an aim put on others may be the writer's charge ("they want to destroy …").
   */
  yieldsToFraming?: boolean;
}

export interface AnalyzedSentence extends Segment {
  label: Label;
  /** How likely the label is right: the share of first-contact sentences with the same basis labelled right. */
  confidence: number;
  /** What decided the label and its confidence ("attributed:speech-quote", "fact:clean"); absent in old lessons. */
  basis?: string;
  evidence: Evidence[];
  quotes: Quote[];
  sources: Source[];
}

export interface ArticleAnalysis {
  title: string;
  sentences: AnalyzedSentence[];
}
