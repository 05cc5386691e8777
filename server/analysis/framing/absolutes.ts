import { inList, type Token } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import { ANY_WORDS } from '../lexicon/absolutes.ts';
import { PAST_AUXILIARIES, PERFECT_AUXILIARIES } from '../lexicon/auxiliaries.ts';
import { withWeight } from './weights.ts';
import type { Evidence } from '../types.ts';

/**
 * "He never came out": "never" on one past event of a named or pronoun subject narrates what did not happen; so does
 * "never" after an auxiliary of the perfect, or the past ("has never failed a drugs test", "were never borne out",
 * "had never been made"): on the blind rounds 560–872 (labelled by hand before the analyzer saw them) such sentences,
 * framed by "never" alone, were facts 5 times of 5.
 */
function pastEvent(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 1];
  const subject = tokens[k - 1];
  const aux = subject?.lower ?? '';
  if (tokens[k]!.lower === 'never' && (PAST_AUXILIARIES.has(aux) || PERFECT_AUXILIARIES.has(aux)))
    return true;
  return (
    tokens[k]!.lower === 'never' &&
    !!verb &&
    verb.pos === 'VERB' &&
    verb.lower !== verb.lemma &&
    !/(?:s|ing)$/.test(verb.lower) &&
    !!subject &&
    (subject.pos === 'PROPN' || /^(he|she|they)$/.test(subject.lower))
  );
}

/**
 * "banning anyone wearing …", "who, if anyone, is to blame": an any-word in a condition, or an object narrowed by
 * what follows it, picks out whoever it may be; as a subject ("Anyone can see …") or a bare object ("can bite
 * anyone") it sweeps.
 */
function anyNotSubject(tokens: Token[], k: number): boolean {
  if (!ANY_WORDS.has(tokens[k]!.lower)) return false;
  const prev = tokens[k - 1];
  if (!prev || /^(?:PUNCT|CCONJ)$/.test(prev.pos)) return false;
  if (/^(?:if|whether)$/.test(prev.lower)) return true;
  const next = tokens[k + 1];
  return (
    !!next &&
    ((next.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower)) ||
      /^(?:who|that|with|from|in)$/.test(next.lower))
  );
}

/**
 * "Sanderson put everything on his American Express card", "they had to leave with nothing more than the clothes on
 * their back" (Dragnet round 1119): "everything" or "nothing" as the object of one past act tells what was done with
 * what there was, and "nothing more than" means "only"; neither sweeps past the evidence ("Nothing has changed" does).
 */
function narratedObject(tokens: Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  if (word !== 'everything' && word !== 'nothing') return false;
  if (word === 'nothing' && tokens[k + 1]?.lower === 'more' && tokens[k + 2]?.lower === 'than')
    return true;
  const verb = tokens[k - 1];
  return (
    !!verb &&
    verb.pos === 'VERB' &&
    verb.lower !== verb.lemma &&
    !verb.lower.endsWith('ing') &&
    !PERFECT_AUXILIARIES.has(tokens[k - 2]?.lower ?? '')
  );
}

/**
 * "For the first time ever, voters approved same-sex marriage", "Obama's most retweeted ever" (Dragnet rounds 1113,
 * 1123): "ever" after "first time" or a superlative gives a record's scope, something checked against the whole
 * history, not a sweep past the evidence.
 */
function recordEver(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'ever') return false;
  const before = tokens[k - 1];
  const firstTime = before?.lower === 'time' && tokens[k - 2]?.lower === 'first';
  const superlative =
    !!before &&
    (/est$/.test(before.lower) || tokens[k - 2]?.lower === 'most') &&
    /^(?:ADJ|VERB|ADV)$/.test(before.pos);
  return firstTime || superlative;
}

/**
 * The first absolute outside quotes, as one sweeping generalisation ("nobody ever" is one claim), just enough
 * alone to decide. A sentence that counts ("none of the nine boats had ever") tallies a known set: not a sweep.
 */
export function absoluteCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  if (tokens.some((t) => t.pos === 'NUM' && !masked(t.start, t.end))) return [];
  const k = tokens.findIndex((x) => inList(x, InList.ABSOLUTE) && !masked(x.start, x.end));
  const t = tokens[k];
  // "did not always slow down": a negated absolute hedges rather than sweeps
  const negated = /^(?:not|n't|n’t)$/.test(tokens[k - 1]?.lower ?? '');
  if (
    !t ||
    negated ||
    pastEvent(tokens, k) ||
    anyNotSubject(tokens, k) ||
    recordEver(tokens, k) ||
    narratedObject(tokens, k)
  )
    return [];
  const e: Evidence = {
    text: text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    cue: 'generalisation',
  };
  return [withWeight(e, 0.5)];
}
