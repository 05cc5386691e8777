import type { Token } from '../grammar/token.ts';
import { strength, weightOf } from '../framing/index.ts';
import { POSSIBILITY_MODALS } from '../lexicon/auxiliaries.ts';
import { WE_WORDS, YOU_WORDS } from '../lexicon/address.ts';
import { INTENSIFIERS } from '../lexicon/intensifiers.ts';
import { REPORTING_VERBS, SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { SOURCE_NOUNS, SOURCE_VERBS } from '../lexicon/source-words.ts';
import type { Attribution, Cue, Evidence, Label, Quote, Segment } from '../types.ts';

/** What the label model reads of one sentence: the stages' evidence and the rules' own decision. */
export interface SentenceEvidence {
  segment: Segment;
  tokens: Token[];
  quotes: Quote[];
  attribution: Attribution;
  /** Framing cues as classify weighs them (a headline's present tense already read as reported). */
  framing: Evidence[];
  /** The label the rules gave (classify.ts). */
  rules: Label;
}

/**
 * Every feature, named, with why it should matter. Values are 0/1 unless the line says otherwise; the trainer
 * standardises them, so a count and a flag weigh alike. Words enter only as general classes from lexicon/.
 */
export const FEATURES: readonly { name: string; why: string }[] = [
  { name: 'bias', why: 'the base rate of each label' },
  { name: 'rules:attributed', why: 'the rules found a source: strong, tuned evidence' },
  { name: 'rules:framing', why: 'the rules found enough of the writer’s voice' },
  { name: 'fam:stance', why: 'a stated stance of a source ("welcomed", "opposes") reports a view' },
  { name: 'fam:verb', why: 'a reporting verb with a source subject is the commonest report' },
  {
    name: 'fam:hearsay',
    why: 'a passive report ("is said to", "was reported") has a hidden source',
  },
  { name: 'fam:view', why: 'a view verb ("believes") reports a mind, not a fact' },
  { name: 'fam:rumour', why: 'rumour nouns mark a claim nobody vouches for' },
  { name: 'fam:publication', why: 'a publication reporting ("the paper reported")' },
  { name: 'fam:agent', why: 'a report with its agent after it ("… by officials")' },
  { name: 'fam:talk', why: 'talk verbs ("spoke of") carry someone’s words' },
  { name: 'fam:headline-tag', why: 'a headline’s source tag before or after a colon' },
  { name: 'fam:stance-adjective', why: 'a source "concerned that" or "critical of" states a view' },
  { name: 'fam:named-quote', why: 'a direct quotation of someone the article names' },
  { name: 'fam:block', why: 'inside a quoted block, every sentence is the speaker’s' },
  {
    name: 'fam:endorsed',
    why: 'the writer assents to the report ("…, and it is"): the claim is the writer’s',
  },
  { name: 'cue:according-to', why: '"according to" always names where a claim comes from' },
  { name: 'cue:reportedly', why: '"reportedly" hedges a claim onto unnamed reports' },
  { name: 'source:named', why: 'a named source is surer than an unnamed one' },
  { name: 'source:anonymous', why: 'an unnamed source ("officials") still reports' },
  { name: 'speech:share', why: 'share of the sentence inside speech quotes (0–1)' },
  { name: 'speech:mostly', why: 'half or more of the sentence is someone’s words' },
  {
    name: 'report:inside',
    why: 'the report cue follows another verb, so it may carry only a side detail',
  },
  {
    name: 'source-words',
    why: 'a word that often reports stands outside quotes though no rule fired',
  },
  { name: 'frame:evaluative', why: 'sum of evaluative cue weights (judging adjectives)' },
  { name: 'frame:loaded', why: 'sum of loaded word weights' },
  { name: 'frame:intensifier', why: 'sum of intensifier weights ("very", "extremely")' },
  { name: 'frame:speculation', why: 'sum of speculation weights (the writer guesses outcomes)' },
  { name: 'frame:scaffolding', why: 'sum of scaffolding weights ("marks a turning point")' },
  { name: 'frame:generalisation', why: 'sum of generalisation weights ("always", "everyone")' },
  { name: 'frame:agentless-passive', why: 'sum of agentless evaluative passive weights' },
  { name: 'frame:question', why: 'a rhetorical question is the writer asking' },
  { name: 'frame:scare-quote', why: 'scare quotes distance the writer from a word' },
  { name: 'frame:strength', why: 'the rules’ combined framing strength 1 − Π(1 − w)' },
  { name: 'frame:strong', why: 'combined strength of the non-weak cues alone' },
  { name: 'frame:weak', why: 'how many weak cues (valenced nouns and verbs), at most 3' },
  { name: 'quote:term', why: 'a quoted term or title is no report by itself' },
  { name: 'quote:speaker', why: 'a speech quote whose speaker was found' },
  { name: 'quote:no-speaker', why: 'a speech quote nobody was found to have said' },
  { name: 'kind:headline', why: 'headlines compress reports and drop verbs of saying' },
  { name: 'kind:caption', why: 'captions describe a picture, nearly always fact' },
  { name: 'pos:first', why: 'the first body sentence is the news itself, usually fact' },
  {
    name: 'pos:relative',
    why: 'where in the article (0–1): closing sentences give background and views',
  },
  { name: 'prev:attributed', why: 'a continuation carries the previous sentence’s source' },
  { name: 'prev:speech', why: 'a speech quote before often goes on in this sentence' },
  { name: 'prev:framing', why: 'a writer who judged once tends to go on' },
  { name: 'prev:same-paragraph', why: 'carrying a source works within a paragraph' },
  {
    name: 'next:attributed',
    why: 'a speaker named after the words ("…, he added." in the next sentence)',
  },
  { name: 'next:speech', why: 'a long quotation spans sentences' },
  {
    name: 'len:log-words',
    why: 'log of the word count: long sentences carry more clauses to report',
  },
  { name: 'len:short', why: 'under eight words: a fragment or tag' },
  { name: 'num:any', why: 'figures anchor a sentence in checkable detail' },
  { name: 'num:count', why: 'how many numerals, at most 4: survey and result sentences' },
  {
    name: 'person:we',
    why: 'first person plural outside quotes is the writer enlisting the reader',
  },
  { name: 'person:you', why: 'addressing the reader outside quotes' },
  { name: 'person:i', why: 'first person singular outside quotes: someone speaks unquoted' },
  {
    name: 'modal:possible',
    why: 'might, may, could outside quotes: a guess or a reported possibility',
  },
  { name: 'class:adjective', why: 'share of adjectives outside quotes: description and degree' },
  { name: 'class:adverb', why: 'share of adverbs outside quotes: manner and degree' },
  {
    name: 'class:superlative',
    why: 'a superlative ("largest", "most") outside quotes ranks things',
  },
  {
    name: 'class:intensifier',
    why: 'a degree word outside quotes, whether or not a rule weighed it',
  },
  {
    name: 'class:reporting-verb',
    why: 'a verb of saying outside quotes, whether or not a rule found its source',
  },
  { name: 'class:source-word', why: 'a noun or verb that often names a source or document' },
  { name: 'class:speech-noun', why: 'a noun of speech ("statement", "remarks") outside quotes' },
  { name: 'class:pronoun-start', why: 'opens with a pronoun: continues someone just named' },
  { name: 'class:proper-share', why: 'share of proper nouns: names, places, organisations' },
  { name: 'punct:question', why: 'ends in a question mark' },
  { name: 'punct:colon', why: 'a colon introduces a statement or a list' },
  { name: 'punct:quote-start', why: 'opens with a quote mark' },
];

/** Where each feature sits in the vector. */
export const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(
  FEATURES.map((f, i) => [f.name, i]),
);

const FAMILY_CUES: readonly [string, Cue][] = [
  ['frame:evaluative', 'evaluative'],
  ['frame:loaded', 'loaded'],
  ['frame:intensifier', 'intensifier'],
  ['frame:speculation', 'speculation'],
  ['frame:scaffolding', 'scaffolding'],
  ['frame:generalisation', 'generalisation'],
  ['frame:agentless-passive', 'agentless-passive'],
  ['frame:question', 'rhetorical-question'],
  ['frame:scare-quote', 'scare-quote'],
];

function at(name: string): number {
  const i = FEATURE_INDEX.get(name);
  if (i === undefined) throw new Error(`labels: unknown feature "${name}"`);
  return i;
}

const INDEX = {
  bias: at('bias'),
  attributed: at('rules:attributed'),
  framing: at('rules:framing'),
  speechShare: at('speech:share'),
};

function set(x: Float64Array, name: string, v: number | boolean): void {
  x[at(name)] = typeof v === 'number' ? v : v ? 1 : 0;
}

function insideQuote(t: Token, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => t.start >= q.start && t.end <= q.end);
}

function wordFeatures(x: Float64Array, e: SentenceEvidence): void {
  const out = e.tokens.filter((t) => !insideQuote(t, e.quotes));
  const words = out.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE');
  const n = Math.max(1, words.length);
  let adj = 0;
  let adv = 0;
  let propn = 0;
  for (const t of words) {
    if (t.pos === 'ADJ') adj++;
    else if (t.pos === 'ADV') adv++;
    else if (t.pos === 'PROPN') propn++;
  }
  set(x, 'class:adjective', adj / n);
  set(x, 'class:adverb', adv / n);
  set(x, 'class:proper-share', propn / n);
  set(
    x,
    'class:superlative',
    words.some((t) => t.lower === 'most' || (t.pos === 'ADJ' && /[^e]est$/.test(t.lower))),
  );
  set(
    x,
    'class:intensifier',
    words.some((t) => INTENSIFIERS.has(t.lower)),
  );
  set(
    x,
    'class:reporting-verb',
    words.some((t) => t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)),
  );
  set(
    x,
    'class:source-word',
    words.some((t) => SOURCE_NOUNS.has(t.lower) || (t.pos === 'VERB' && SOURCE_VERBS.has(t.lemma))),
  );
  set(
    x,
    'class:speech-noun',
    words.some((t) => t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lemma)),
  );
  set(
    x,
    'person:we',
    words.some((t) => WE_WORDS.has(t.lower)),
  );
  set(
    x,
    'person:you',
    words.some((t) => YOU_WORDS.has(t.lower)),
  );
  set(
    x,
    'person:i',
    words.some((t) => t.lower === 'i' && t.pos === 'PRON'),
  );
  set(
    x,
    'modal:possible',
    words.some((t) => t.pos === 'AUX' && POSSIBILITY_MODALS.has(t.lower)),
  );
  const numerals = e.tokens.filter((t) => t.pos === 'NUM').length;
  set(x, 'num:count', Math.min(4, numerals));
  set(x, 'class:pronoun-start', e.tokens[0]?.pos === 'PRON');
  set(x, 'len:log-words', Math.log(1 + n));
  set(x, 'len:short', n < 8);
}

function ownFeatures(x: Float64Array, e: SentenceEvidence): void {
  const a = e.attribution;
  x[INDEX.bias] = 1;
  x[INDEX.attributed] = e.rules === 'attributed' ? 1 : 0;
  x[INDEX.framing] = e.rules === 'framing' ? 1 : 0;
  for (const family of a.families ?? []) {
    const i = FEATURE_INDEX.get(`fam:${family}`);
    if (i !== undefined) x[i] = 1;
  }
  set(
    x,
    'cue:according-to',
    a.cues.some((c) => c.cue === 'according-to'),
  );
  set(
    x,
    'cue:reportedly',
    a.cues.some((c) => c.cue === 'reportedly'),
  );
  set(
    x,
    'source:named',
    a.sources.some((s) => s.named),
  );
  set(
    x,
    'source:anonymous',
    a.sources.some((s) => !s.named),
  );
  const share = a.speechShare ?? 0;
  x[INDEX.speechShare] = share;
  set(x, 'speech:mostly', share >= 0.5);
  set(x, 'report:inside', a.upFront === false);
  set(x, 'source-words', a.sourceWords === true);
  for (const [name, cue] of FAMILY_CUES) {
    let sum = 0;
    for (const c of e.framing) if (c.cue === cue) sum += weightOf(c);
    set(x, name, sum);
  }
  set(x, 'frame:strength', strength(e.framing));
  set(x, 'frame:strong', strength(e.framing.filter((c) => c.weak !== true)));
  set(x, 'frame:weak', Math.min(3, e.framing.filter((c) => c.weak === true).length));
  set(
    x,
    'quote:term',
    e.quotes.some((q) => q.type === 'term'),
  );
  set(
    x,
    'quote:speaker',
    e.quotes.some((q) => q.type === 'speech' && q.speaker !== null),
  );
  set(
    x,
    'quote:no-speaker',
    e.quotes.some((q) => q.type === 'speech' && q.speaker === null),
  );
  const kind = e.segment.kind;
  set(x, 'kind:headline', kind === 'headline');
  set(x, 'kind:caption', kind === 'caption');
  const text = e.segment.text;
  set(x, 'num:any', /\d/.test(text));
  set(x, 'punct:question', /\?["'”’)]*$/.test(text));
  set(x, 'punct:colon', text.includes(':'));
  set(x, 'punct:quote-start', /^["'“‘]/.test(text));
  wordFeatures(x, e);
}

/**
 * The feature vector of each sentence of one article (or of unrelated lines, when `article` is false: no
 * neighbours, no position). Reads only what the stages already found; allocates one array per sentence.
 */
export function labelFeatures(all: readonly SentenceEvidence[], article = true): Float64Array[] {
  const firstBody = article ? all.findIndex((e) => e.segment.kind === 'body') : -1;
  return all.map((e, i) => {
    const x = new Float64Array(FEATURES.length);
    ownFeatures(x, e);
    if (!article) return x;
    set(x, 'pos:first', i === firstBody);
    set(x, 'pos:relative', all.length > 1 ? i / (all.length - 1) : 0);
    const prev = all[i - 1];
    const next = all[i + 1];
    if (prev) {
      set(x, 'prev:attributed', prev.rules === 'attributed');
      set(
        x,
        'prev:speech',
        prev.quotes.some((q) => q.type === 'speech'),
      );
      set(x, 'prev:framing', prev.rules === 'framing');
      set(x, 'prev:same-paragraph', prev.segment.paragraph === e.segment.paragraph);
    }
    if (next) {
      set(x, 'next:attributed', next.rules === 'attributed');
      set(
        x,
        'next:speech',
        next.quotes.some((q) => q.type === 'speech'),
      );
    }
    return x;
  });
}
