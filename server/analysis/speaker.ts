import type { People } from './speaker-people.ts';
import {
  personName,
  phraseAfter,
  possessor,
  phraseText,
  sentenceSubject,
  subjectBefore,
  type Phrase,
} from './speaker-np.ts';
import type { QuoteUnit } from './quote-units.ts';
import type { Token } from './quote-tokens.ts';
import {
  NOT_SPEECH_PARTICLES,
  QUOTE_TAG_VERBS,
  REPORTING_VERBS,
  SPEECH_NOUNS,
} from './reporting-verbs.ts';
import { TITLES } from './speaker-words.ts';
import type { Segment } from './types.ts';

/** What the speaker search works on: the article's sentences, their tokens, which tokens are quoted, and its people. */
export interface SpeakerContext {
  segments: Segment[];
  tokens: Token[][];
  quoted: boolean[][];
  people: People;
}

/** A speaker found in the text, and the token that decided it (a reporting verb, "according", a speech noun). */
export interface SpeakerHit {
  speaker: string | null;
  seg: number;
  cue: number;
}

const QUOTE_TOKEN = /^["“”‘’'«»]$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const NAMING = new Set(['pseudonym', 'named', 'called', 'name', 'alias']);

/** "Trump claims he …", "Scientists report two treatments": a subject right before and no verb right after. */
function nounReadAsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADP')))
    return false;
  const pluralSubject =
    prev.pos === 'NOUN' && prev.lemma !== prev.lower && !/s$/.test(tokens[i]!.lower);
  return prev.pos === 'PROPN' || /^(he|she|they)$/.test(prev.lower) || pluralSubject;
}

/** True for a reporting verb used as a verb ("said", not "the said company"), not "called off". */
export function isReportingVerb(tokens: Token[], i: number, extra?: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  // the tagger sometimes reads "claims"/"says" after a name as a plural noun
  const verbLike =
    t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && nounReadAsVerb(tokens, i));
  if (!verbLike) return false;
  if (!REPORTING_VERBS.has(t.lemma) && !extra?.has(t.lemma)) return false;
  const next = tokens[i + 1];
  // a reporting word followed straight by a verb is a noun ("Democrat states discriminate")
  if (
    next?.pos === 'VERB' &&
    t.pos !== 'NOUN' &&
    /s$/.test(t.lower) &&
    tokens[i - 1]?.pos === 'PROPN'
  )
    return false;
  return !(
    t.lemma === 'call' &&
    next &&
    next.pos === 'ADP' &&
    NOT_SPEECH_PARTICLES.has(next.lower)
  );
}

/** True when the verb at i is passive ("was described", "has been interpreted"). */
export function isPassive(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && BE.has(tokens[k]!.lower) && tokens[k]!.pos === 'AUX';
}

/** Turns a phrase naming a speaker into the speaker string: fullest name, resolved pronoun, or the phrase as written. */
export function speakerOf(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const first = tokens[np.from]!;
  if (np.from === np.to && first.pos === 'PRON')
    return ctx.people.resolvePronoun(first.lower, seg, first.start);
  const of = tokens.findIndex((t, k) => k > np.from && k < np.to && t.lower === 'of');
  const head = of > 0 ? personName(tokens, text, { from: np.from, to: of - 1 }) : null;
  if (head) return ctx.people.fullest(phraseText(tokens, text, head));
  const name = personName(tokens, text, np);
  // "The International Monetary Fund" is named "International Monetary Fund"; "The father" stays as written
  if (
    !name &&
    first.lower === 'the' &&
    /^\p{Lu}/u.test(text.slice(tokens[np.from + 1]?.start ?? 0, tokens[np.to]!.end)) &&
    tokens[np.from + 1]?.pos === 'PROPN'
  ) {
    return phraseText(tokens, text, { from: np.from + 1, to: np.to });
  }
  if (name) return ctx.people.fullest(phraseText(tokens, text, name));
  const last = tokens[np.to]!;
  if (np.to - np.from === 1 && first.pos === 'DET' && TITLES.has(last.lower)) {
    return ctx.people.byTitle(last.lower) ?? phraseText(tokens, text, np);
  }
  const written = phraseText(tokens, text, np).replace(/[\s,;:]+$/, '');
  const headWord = tokens[of > 0 ? of - 1 : np.to]!;
  if ((first.pos === 'DET' || first.lower === 'one') && headWord.lemma === headWord.lower)
    ctx.people.addSpeaker(seg, first.start, written);
  return written;
}

function subjectOf(ctx: SpeakerContext, seg: number, verb: number): string | null {
  const tokens = ctx.tokens[seg]!;
  const np = subjectBefore(tokens, ctx.segments[seg]!.text, verb) ?? sentenceSubject(tokens);
  return np && np.from < verb ? speakerOf(ctx, seg, np) : null;
}

/** "said a protester using the pseudonym Katya" → the name after the naming word. */
function namedLater(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  for (let k = np.to + 1; k <= np.to + 6 && k < tokens.length; k++) {
    if (!NAMING.has(tokens[k]!.lower)) continue;
    const after = phraseAfter(tokens, k);
    if (after && personName(tokens, ctx.segments[seg]!.text, after))
      return speakerOf(ctx, seg, after);
  }
  return null;
}

/** `"…," X said` / `"…," said X` / `"…," he declared` right after the closing mark. */
export function rightTag(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  if (unit.closeAt < 0) return null;
  const seg = unit.closeSeg;
  const tokens = ctx.tokens[seg]!;
  let first = tokens.findIndex((t) => t.start > unit.closeAt);
  while (
    first >= 0 &&
    first < tokens.length &&
    tokens[first]!.pos === 'PUNCT' &&
    !QUOTE_TOKEN.test(tokens[first]!.lower)
  )
    first++;
  if (first < 0) return null;
  for (let r = first; r < Math.min(tokens.length, first + 16); r++) {
    const t = tokens[r]!;
    if (QUOTE_TOKEN.test(t.lower) || t.lower === '.' || t.lower === ';' || ctx.quoted[seg]![r])
      return null;
    if (!isReportingVerb(tokens, r, QUOTE_TAG_VERBS)) continue;
    if (r === first) {
      const np = phraseAfter(tokens, r);
      if (!np) return null;
      return { speaker: namedLater(ctx, seg, np) ?? speakerOf(ctx, seg, np), seg, cue: r };
    }
    let end = r - 1;
    while (end >= first && (tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'AUX')) end--;
    if (end < first) return { speaker: subjectOf(ctx, seg, r), seg, cue: r };
    const np: Phrase = { from: first, to: end };
    const ok = tokens
      .slice(first, end + 1)
      .every(
        (x) =>
          ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART'].includes(x.pos) ||
          x.lower === 'of' ||
          x.lower === '-',
      );
    return ok ? { speaker: speakerOf(ctx, seg, np), seg, cue: r } : null;
  }
  return null;
}

/** The nearest reporting verb or possessive speech noun before the opening mark ("Sheinbaum reiterated that ‘…’"). */
export function leftCue(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > unit.openAt) i--;
  const colon = tokens[i]?.lower === ':';
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (ctx.quoted[seg]![i] || QUOTE_TOKEN.test(t.lower)) return null;
    if (isReportingVerb(tokens, i)) {
      if (!isPassive(tokens, i)) return { speaker: subjectOf(ctx, seg, i), seg, cue: i };
      const by = tokens.findIndex((x, k) => k > i && k < i + 4 && x.lower === 'by');
      const np = by >= 0 ? phraseAfter(tokens, by) : null;
      return { speaker: np ? speakerOf(ctx, seg, np) : null, seg, cue: i };
    }
    if (t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lower)) {
      const prev = tokens[i - 1];
      const owner =
        prev && (prev.lower === '’s' || prev.lower === "'s") ? possessor(tokens, i - 1) : null;
      if (owner) return { speaker: speakerOf(ctx, seg, owner), seg, cue: i };
      if (prev && prev.pos === 'PRON' && /^(his|her)$/.test(prev.lower)) {
        return {
          speaker: ctx.people.resolvePronoun(prev.lower === 'his' ? 'he' : 'she', seg, prev.start),
          seg,
          cue: i,
        };
      }
    }
  }
  // "… made the following announcement: ‘…’": the clause before the colon introduces its subject's words
  const np = colon ? sentenceSubject(tokens) : null;
  return np ? { speaker: speakerOf(ctx, seg, np), seg, cue: np.to } : null;
}

/** "according to X" anywhere outside quotes in the sentence. */
export function accordingTo(ctx: SpeakerContext, seg: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]!.lower !== 'to' || ctx.quoted[seg]![i])
      continue;
    const np = phraseAfter(tokens, i + 1);
    if (np) return { speaker: speakerOf(ctx, seg, np), seg, cue: i };
  }
  return null;
}
