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

/** Where a feature sits in the vector; an unknown name is a programming error. */
export function featureAt(name: string): number {
  const i = FEATURE_INDEX.get(name);
  if (i === undefined) throw new Error(`labels: unknown feature "${name}"`);
  return i;
}

/** Writes a feature's value, a flag as 0 or 1. */
export function setFeature(x: Float64Array, name: string, v: number | boolean): void {
  x[featureAt(name)] = typeof v === 'number' ? v : v ? 1 : 0;
}
