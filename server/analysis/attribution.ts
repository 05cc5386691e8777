import { sentenceTokens, type Token } from './quote-tokens.ts';
import { VIEW_VERBS } from './reporting-verbs.ts';
import { blockQuoted } from './source-blockquote.ts';
import { sourceOf } from './source-kind.ts';
import { isPassive, isReportingVerb } from './speaker-verbs.ts';
import { phraseAfter, type Phrase } from './speaker-np.ts';
import { sentenceSubject, subjectBefore } from './speaker-subject.ts';
import { ANONYMOUS_HEADS, SUBORDINATORS } from './speaker-words.ts';
import type { Attribution, Cue, Evidence, Quote, Segment, Source } from './types.ts';

const HEDGES = new Set(['reportedly', 'allegedly', 'reputedly', 'purportedly', 'supposedly']);
const NOT_SOURCES = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'i',
  'we',
  'you',
  'which',
  'what',
  'emphasis',
  'italics',
]);
const QUOTE_TOKEN = /^["“”‘’'«»]$/;
// "The evidence suggests" is the writer's inference; "officials suggest" reports a source
const INFERENCE = new Set(['suggest', 'indicate', 'imply', 'show', 'reveal', 'mean']);
const DOCUMENTS = new Set([
  'report',
  'reports',
  'study',
  'studies',
  'research',
  'survey',
  'poll',
  'polls',
  'data',
  'findings',
  'analysis',
  'documents',
  'records',
  'sources',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const GO_ON = new Set(['go', 'continue', 'proceed', 'far', 'went']);

interface Sentence {
  tokens: Token[];
  text: string;
  quoted: boolean[];
  cues: Evidence[];
  sources: Source[];
}

function cue(s: Sentence, from: number, to: number, kind: Cue): void {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to]!.end;
  if (!s.cues.some((c) => c.start === start && c.end === end))
    s.cues.push({ text: s.text.slice(start, end), start, end, cue: kind });
}

function addSource(s: Sentence, np: Phrase): void {
  const first = s.tokens[np.from]!;
  if (np.from === np.to && NOT_SOURCES.has(first.lower)) return;
  const source = sourceOf(s.tokens, s.text, np);
  if (s.sources.some((x) => x.start === source.start)) return;
  s.sources.push(source);
  s.cues.push({
    text: source.text,
    start: source.start,
    end: source.end,
    cue: source.named ? 'named-source' : 'anonymous-source',
  });
}

/** True when the clause holding token k is a side detail: it opens with "which", "while", "as", "although" … */
function subordinate(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (SUBORDINATORS.has(t.lower)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || QUOTE_TOKEN.test(t.lower) || t.pos === 'VERB')
      return false;
  }
  return false;
}

/** Whether a subject can be a source for an inference verb: a name, a person, a group, a body or a document. */
function canSpeak(tokens: Token[], np: Phrase): boolean {
  const head = tokens[np.to]!;
  return (
    head.pos === 'PROPN' ||
    head.pos === 'PRON' ||
    ANONYMOUS_HEADS.has(head.lower) ||
    DOCUMENTS.has(head.lower)
  );
}

/** "the outbreak that had … killed 62, including, according to government reports, 54 children": a side detail. */
function inRelative(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i > 0; i--) {
    const t = tokens[i]!;
    if (t.lower === 'which' || t.lower === 'who') return true;
    if (t.lower === 'that' && tokens[i - 1]!.pos === 'NOUN' && tokens[i + 1]?.pos !== 'NOUN')
      return true;
  }
  return false;
}

/** A verb's source: its subject, or the sentence's subject for "…, stating that" and "… and said". */
function speakerPhrase(s: Sentence, i: number): Phrase | null {
  const prev = s.tokens[i - 1];
  if (
    prev &&
    (QUOTE_TOKEN.test(prev.lower) ||
      (prev.lower === ',' && QUOTE_TOKEN.test(s.tokens[i - 2]?.lower ?? '')))
  ) {
    return phraseAfter(s.tokens, i); // `"…," said a protester`
  }
  const np = subjectBefore(s.tokens, s.text, i);
  if (np) return np;
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  const participle =
    /ing$/.test(t.lower) &&
    !!next &&
    (next.lower === 'that' || QUOTE_TOKEN.test(next.lower) || s.quoted[i + 1] === true);
  const coordinated = ['and', 'but'].includes(s.tokens[i - 1]?.lower ?? '');
  let k = i - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'AUX' || s.tokens[k]!.pos === 'ADV')) k--;
  // "Mast, whose … bags, has framed": the subject stands before a long interruption
  const interrupted = s.tokens[k]?.lower === ',';
  const subject = participle || coordinated || interrupted ? sentenceSubject(s.tokens) : null;
  if (!subject || subject.to >= i) return null;
  // "She was drug tested and questioned": a verb joined to a passive is passive too
  const joined = s.tokens[i - 2];
  const passive = !!joined && joined.pos === 'VERB' && /(ed|en|wn)$/.test(joined.lower);
  if (
    coordinated &&
    passive &&
    s.tokens.slice(subject.to + 1, i).some((x) => x.pos === 'AUX' && BE.has(x.lower))
  )
    return null;
  return subject;
}

/** "agreed to add two members": an infinitive after a verb other than "went on to" reports nothing. */
function infinitive(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'to') return false;
  const governor = tokens[i - 2]?.lower === 'on' ? tokens[i - 3] : tokens[i - 2];
  return !(governor && (GO_ON.has(governor.lemma) || GO_ON.has(governor.lower)));
}

/** Finds the reporting constructions of one sentence; returns true when one carries its main claim. */
function reportingCues(s: Sentence): boolean {
  let main = false;
  s.tokens.forEach((t, i) => {
    if (s.quoted[i]) return;
    if ((HEDGES.has(t.lower) || t.lower === 'according') && inRelative(s.tokens, i)) return;
    if (HEDGES.has(t.lower)) {
      cue(s, i, i, 'reportedly');
      main = true;
    } else if (
      t.lower === 'according' &&
      s.tokens[i + 1]?.lower === 'to' &&
      s.tokens[i - 1]?.pos !== 'VERB'
    ) {
      cue(s, i, i + 1, 'according-to');
      const np = phraseAfter(s.tokens, i + 1);
      if (np) addSource(s, np);
      main = true;
    } else if (isReportingVerb(s.tokens, i, VIEW_VERBS) && isPassive(s.tokens, i)) {
      const by = s.tokens.findIndex((x, k) => k > i && k <= i + 3 && x.lower === 'by');
      const np = by > 0 ? phraseAfter(s.tokens, by) : null;
      if (!np || subordinate(s.tokens, i)) return;
      cue(s, i, i, 'reporting-verb');
      addSource(s, np);
      main = true;
    } else if (
      t.lower === 'as' &&
      isReportingVerb(s.tokens, i + 1) &&
      /ed$|^said$|^told$/.test(s.tokens[i + 1]!.lower)
    ) {
      cue(s, i, i + 1, 'reporting-verb'); // "As revealed at trial, …"
      main = true;
    } else if (
      isReportingVerb(s.tokens, i) &&
      !isPassive(s.tokens, i) &&
      !infinitive(s.tokens, i)
    ) {
      const np = speakerPhrase(s, i);
      if (!np || (np.from === np.to && NOT_SOURCES.has(s.tokens[np.from]!.lower))) return;
      if (
        NOT_SOURCES.has(s.tokens[np.to]!.lower) ||
        (INFERENCE.has(t.lemma) && !canSpeak(s.tokens, np))
      )
        return;
      if (subordinate(s.tokens, np.from)) return;
      cue(s, i, i, 'reporting-verb');
      addSource(s, np);
      main = true;
    }
  });
  return main;
}

function quotedMask(tokens: Token[], quotes: Quote[]): boolean[] {
  return tokens.map((t) => quotes.some((q) => t.start >= q.start && t.end <= q.end));
}

/**
 * Decides, per sentence, whether its main claim is reported as coming from a source — a sentence mostly made of
 * speech quotes, "according to", "reportedly", or a reporting verb whose subject is a source and whose clause is not
 * a side detail — with evidence spans on the deciding words and the sources, named or anonymous.
 */
export function attributeSentences(segments: Segment[], quotes: Quote[][]): Attribution[] {
  const block = blockQuoted(segments);
  return segments.map((segment, n) => {
    const tokens = sentenceTokens(segment);
    const own = quotes[n] ?? [];
    const s: Sentence = {
      tokens,
      text: segment.text,
      quoted: quotedMask(tokens, own),
      cues: [],
      sources: [],
    };
    const speech = own.filter((q) => q.type === 'speech');
    const speechShare =
      speech.reduce((sum, q) => sum + q.end - q.start, 0) / Math.max(1, segment.text.length);
    const reported = reportingCues(s);
    const mostlySpeech = speechShare >= 0.5 || block[n] === true;
    if (block[n] && speech.length === 0)
      speech.push({
        text: segment.text,
        start: 0,
        end: segment.text.length,
        type: 'speech',
        speaker: null,
      });
    if (mostlySpeech || (reported && speech.length > 0)) {
      for (const q of speech)
        s.cues.push({ text: q.text, start: q.start, end: q.end, cue: 'speech-quote' });
    }
    s.cues.sort((a, b) => a.start - b.start);
    return { attributed: reported || mostlySpeech, cues: s.cues, sources: s.sources };
  });
}
