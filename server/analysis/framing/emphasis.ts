import type { Token } from '../grammar/token.ts';
import type { Evidence } from '../types.ts';
import { ALL_CAPITALS, UPPER_START } from '../grammar/letters.ts';

// Function words and verbs only: a capitalised noun or name is an acronym (NHS, COVID), not emphasis.
const EMPHASISABLE = new Set([
  'PART',
  'ADV',
  'AUX',
  'VERB',
  'DET',
  'PRON',
  'ADP',
  'SCONJ',
  'CCONJ',
]);

// what may stand between a determiner and its noun
const NOUN_MODIFIERS = new Set(['ADV', 'DET']);

/**
 * "the Bagle.AT variant", "Windows ME and NT", "Windows 95, 98, ME": capitals glued to the word before (no space), or
 * following a capitalised name, directly or across a list of numbers and capitals, finish a product's or a version's
 * name. A writer raising their voice sets a word apart ("Jones did NOT say"), and a verb or an adverb keeps its
 * emphasis even after a name ("Jones LIED").
 */
function namePart(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/[\p{L}\p{N}.\/-]/u.test(text[t.start - 1] ?? ' ')) return true;
  if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV') return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = tokens[k]!;
    // (not the sentence's first word, capitalised whatever it is: "Ministers, and NOT the courts")
    if (k > 0 && w.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(text.slice(w.start, w.end)))
      return true;
    const listed =
      w.lower === ',' ||
      w.lower === 'and' ||
      w.lower === 'or' ||
      w.pos === 'NUM' ||
      ALL_CAPITALS.test(text.slice(w.start, w.end));
    if (!listed) return false;
  }
  return false;
}

// A word written all in capitals. (A function of its own, not a closure: tsx names every closure it makes, a property
// set on each call.)
function allCapitals(text: string, t: Token): boolean {
  // a word opening with a lower-case ASCII letter, as most do, cannot be all capitals: no slice, no pattern
  const c = text.charCodeAt(t.start);
  return !(c >= 97 && c <= 122) && ALL_CAPITALS.test(text.slice(t.start, t.end));
}

/**
 * Typographic emphasis: a word set in capitals in a lower-case sentence ("is NOT a measure") is the writer
 * raising their voice. A headline set all in capitals has no such contrast, so it is skipped.
 */
export function emphasisCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const found = tokens.filter((t, i) => {
    if (!EMPHASISABLE.has(t.pos) || t.end - t.start < 2 || !allCapitals(text, t)) return false;
    // "BBC News": capitals before a capitalised word are part of a name.
    const next = tokens[i + 1];
    if (next && UPPER_START.test(text[next.start] ?? '')) return false;
    // "five AM stations", "the IT team": no determiner or number stands before a verb or a function word, so a
    // capitalised one there is an acronym naming a kind; "the VERY best" keeps its adverb
    const prev = tokens[i - 1];
    if (prev && (prev.pos === 'DET' || prev.pos === 'NUM') && !NOUN_MODIFIERS.has(t.pos))
      return false;
    // "built around 400 BC", "the comet 2004XR": capitals right after a numeral name its era, unit or catalogue
    // designation; a writer raising their voice puts the capitals on a word, not on a number's tail
    if (prev?.pos === 'NUM') return false;
    // "Many IT career forecasts", "US troops": a pronoun takes no describing word before it nor a noun after it, so
    // capitals read as one there are an acronym naming a kind (blind round 813)
    if (t.pos === 'PRON' && (prev?.pos === 'ADJ' || next?.pos === 'NOUN' || next?.pos === 'PROPN'))
      return false;
    if (namePart(text, tokens, i)) return false;
    return !masked(t.start, t.end);
  });
  if (found.length === 0) return [];
  const words = tokens.filter((t) => t.end - t.start > 1 && /\p{L}/u.test(text[t.start] ?? ''));
  if (words.filter((t) => allCapitals(text, t)).length * 2 >= words.length) return [];
  return found.map((t) => ({
    text: text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    cue: 'loaded',
  }));
}
