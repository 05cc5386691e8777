import { npEndingAt, phraseAfter, type Phrase, isQuoteChar } from '../../grammar/phrases.ts';
import { RELAYING_VERBS } from '../../lexicon/relaying-verbs.ts';
import { QUOTED_AS_ACTS } from '../../lexicon/reporting-verbs.ts';
import { personName } from '../../grammar/names.ts';
import { startsUpper, type Token } from '../../grammar/token.ts';
import { ANONYMOUS_HEADS, ORG_WORDS, TITLES } from '../../lexicon/people.ts';
import { LOWER_START } from '../../grammar/letters.ts';

// how far back from "as saying" the opening mark of a quoted description may stand ("a “senior Senate aide”")
const MAX_QUOTED_WORDS = 6;

/**
 * "According to the Daily Post, quoting an army spokesman, …", "The Daily Post, quoting police sources, said …": an
 * outlet that passes on someone's words names them in a participle set off right after it; the words are theirs.
 * "citing" passes words on only from a person or a source ("citing police sources"), not from a reason ("citing
 * security concerns", "citing the move as …"). The source's phrase, else null.
 */
export function relayedSource(tokens: Token[], text: string, np: Phrase): Phrase | null {
  const verb = tokens[np.to + 2];
  if (tokens[np.to + 1]?.lower !== ',' || (verb?.lower !== 'quoting' && verb?.lower !== 'citing'))
    return null;
  const source = phraseAfter(tokens, np.to + 2);
  // (the participle's piece ends with its object: a comma or the sentence's end after it)
  const after = source ? tokens[source.to + 1] : undefined;
  if (!source || (after && after.lower !== ',' && after.lower !== '(')) return null;
  if (verb.lower === 'citing' && !namesSource(tokens, text, source)) return null;
  return nameAfterDescription(tokens, text, source);
}

/**
 * "the country's main news agency Korean Central News Agency": a describing phrase set right before a name (a close
 * apposition) speaks as the name; the capitalised words after the last lower-case one, when both are there.
 */
function nameAfterDescription(tokens: Token[], text: string, np: Phrase): Phrase {
  let k = np.to;
  while (k >= np.from && startsUpper(text, tokens[k])) k--;
  return k > np.from && k < np.to && LOWER_START.test(text.slice(tokens[k]!.start))
    ? { from: k + 1, to: np.to }
    : np;
}

/** A person's name, or a phrase whose head is a person or a body ("sources", "a spokesman", "the ministry"). */
function namesSource(tokens: Token[], text: string, np: Phrase): boolean {
  const head = tokens[np.to]!.lower;
  return (
    !!personName(tokens, text, np) ||
    ANONYMOUS_HEADS.has(head) ||
    TITLES.has(head) ||
    ORG_WORDS.has(head)
  );
}

/**
 * "The paper quoted a Senate aide as saying …", "GovExec quotes a “Senate aide” as saying: “…”", "quoted her as
 * telling": the object of "quote"
 * (or "report", "cite") before "as saying" at `as` speaks, not the one quoting. Its phrase (its quote marks inside when the description
 * itself is quoted), else null.
 */
export function quotedAsSaying(tokens: Token[], as: number): Phrase | null {
  if (tokens[as]?.lower !== 'as' || !QUOTED_AS_ACTS.has(tokens[as + 1]?.lower ?? '')) return null;
  // "…, with Mr Dixon quoted as saying that …": the passive's subject is the one quoted
  // … past its auxiliaries: '"…", one resident was quoted as saying', "the mayor has also been quoted as saying"
  if (/^quoted$/.test(tokens[as - 1]?.lower ?? '')) {
    let end = as - 2;
    while (end > 0 && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'ADV')) end--;
    const quoted = npEndingAt(tokens, end, 0);
    // (… or a personal pronoun: '"I demand better transparency," he is quoted as saying by Manager Magazin', blind
    // round 648)
    if (
      quoted &&
      (/^(?:PROPN|NOUN)$/.test(tokens[quoted.to]!.pos) ||
        /^(?:he|she|they)$/.test(tokens[quoted.to]!.lower))
    )
      return quoted;
  }
  let end = as - 1;
  // ("Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying", Wikinews, blind round 1679: an
  // apposition set off by commas between the one quoted and "as")
  if (tokens[end]?.lower === ',') {
    let open = end - 1;
    while (open > 0 && end - open <= 12 && tokens[open]!.lower !== ',') open--;
    if (open <= 0 || tokens[open]!.lower !== ',') return null;
    end = open - 1;
  }
  let np: Phrase | null;
  if (isQuoteChar(tokens[end]?.lower ?? '')) {
    let open = end - 1;
    while (open > 0 && end - open <= MAX_QUOTED_WORDS && !isQuoteChar(tokens[open]!.lower)) open--;
    if (open <= 0 || !isQuoteChar(tokens[open]!.lower)) return null;
    const from = tokens[open - 1]!.pos === 'DET' ? open - 1 : open;
    np = { from, to: end };
    end = from;
  } else {
    np = npEndingAt(tokens, end, 0);
    // ("The paper quotes Paul Hurley as saying": the tagger reads "quotes" as a noun, which the phrase then takes in)
    const quotes = np ? tokens.slice(np.from, np.to).findIndex((t) => t.lower === 'quotes') : -1;
    if (np && quotes >= 0) np = { from: np.from + quotes + 1, to: np.to };
    end = np ? np.from : -1;
  }
  const verb = tokens[end - 1];
  // ("quoted", and "The BBC reported the minister as saying", "cited two officials as saying")
  return np && verb && (/^quot(?:e|es|ed|ing)$/.test(verb.lower) || RELAYING_VERBS.has(verb.lemma))
    ? np
    : null;
}

/**
 * `"…," The Christian Science Monitor quoted Ned Foley, a law professor at Ohio State.`: after a quotation, an
 * outlet that "quoted" someone names the speaker in the verb's object, "as saying" or not. The object's phrase when it
 * names a person or a source and closes at a comma or the sentence's end, else null.
 */
export function quotedObject(tokens: Token[], text: string, verb: number): Phrase | null {
  if (!/^quot(?:e|es|ed)$/.test(tokens[verb]?.lower ?? '')) return null;
  const np = phraseAfter(tokens, verb);
  if (!np || !namesSource(tokens, text, np)) return null;
  const after = tokens[np.to + 1]?.lower;
  return after === undefined || after === ',' || after === '.' ? np : null;
}

/** A speaker's words as the text gave them inside quote marks ("a “Senate aide”"), without the marks. */
export function withoutMarks(speaker: string | null): string | null {
  return (
    speaker &&
    speaker
      .replace(/\s*["“”‘’«»]\s*/g, ' ')
      .trim()
      .replace(/\s+/g, ' ')
  );
}
