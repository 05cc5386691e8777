import { isPastParticiple, isPossessiveMark, startsUpper, type Token } from './token.ts';
import { phraseAfter, possessor, type Phrase } from './phrases.ts';
import { POSTING_PLACES, PUBLICATION_WORDS, SPEAKING_TEXTS } from '../lexicon/speaking-texts.ts';

const AUTHOR_LINKS = new Set(['from', 'by', 'of']);

/** The head noun of a text phrase: the word before "from/by/of" ("a statement from the office"), else the last. */
function headOf(tokens: Token[], np: Phrase): number {
  for (let k = np.from + 1; k <= np.to; k++) {
    if (AUTHOR_LINKS.has(tokens[k]!.lower)) return k - 1;
    // ("A CAA letter to PIA accused PIA of …": the text's recipient after "to" is not its head)
    if (tokens[k]!.lower === 'to' && SPEAKING_TEXTS.has(tokens[k - 1]!.lower)) return k - 1;
  }
  return np.to;
}

/** Whether the phrase is a text that speaks: its head is a statement, a release, a letter, an act … */
export function isSpeakingText(tokens: Token[], np: Phrase): boolean {
  return SPEAKING_TEXTS.has(tokens[headOf(tokens, np)]!.lower);
}

/**
 * Who speaks through a text: "a press release from the Senate Democratic Caucus" → the caucus, "the governor's
 * statement" → the governor, "an EPA press release" → EPA (its capitalised modifiers); a text with no author named
 * ("The executive order", "Public Law 94-171") speaks for itself.
 */
export function documentAuthor(tokens: Token[], text: string, whole: Phrase): Phrase {
  let np = whole;
  const head = headOf(tokens, np);
  if (AUTHOR_LINKS.has(tokens[head + 1]?.lower ?? '')) {
    const author = phraseAfter(tokens, head + 1);
    if (author) return author;
  }
  // "a memo posted online by Senator Ann Roe", "A tweet sent from her account": how the text came out, then its author
  if (head === np.to) {
    const made = tokens[head + 1];
    let at = head + 2;
    if (tokens[at]?.pos === 'ADV' || tokens[at]?.lower === 'online') at++;
    // "A message sent to the firm F-Secure by Google's security team": its recipient may come before its author
    const recipient = tokens[at]?.lower === 'to' ? phraseAfter(tokens, at) : null;
    if (recipient && recipient.to - at <= 6) at = recipient.to + 1;
    if (
      (isPastParticiple(made) || (made?.pos === 'VERB' && made.lower === 'sent')) &&
      AUTHOR_LINKS.has(tokens[at]?.lower ?? '') &&
      tokens[at]!.lower !== 'of'
    ) {
      const author = phraseAfter(tokens, at);
      if (author) return author;
    }
  }
  // "A statement released on behalf of his family said": a text put out for someone speaks for them (WMT news test
  // set, round 1722)
  {
    const on = isPastParticiple(tokens[head + 1]) ? head + 2 : head + 1;
    if (
      tokens[on]?.lower === 'on' &&
      tokens[on + 1]?.lower === 'behalf' &&
      tokens[on + 2]?.lower === 'of'
    ) {
      const client = phraseAfter(tokens, on + 2);
      if (client) return client;
    }
  }
  // '"…," said a statement on Amuary's website': a text posted on someone's website speaks for whose it is
  if (head === np.to && tokens[head + 1]?.lower === 'on') {
    const place = phraseAfter(tokens, head + 1);
    if (place && POSTING_PLACES.has(tokens[place.to]!.lower)) {
      const owner = documentAuthor(tokens, text, place);
      if (owner !== place) return owner;
    }
  }
  // "according to a report in The Economic Times of India": a text printed in a paper is the paper's
  if (head === np.to && tokens[head + 1]?.lower === 'in') {
    const paper = phraseAfter(tokens, head + 1);
    if (
      paper &&
      startsUpper(text, tokens[paper.to]!) &&
      tokens.slice(paper.from, paper.to + 1).some((t) => PUBLICATION_WORDS.has(t.lower))
    )
      return paper;
  }
  np = { from: np.from, to: head };
  for (let k = np.to - 1; k > np.from; k--)
    if (isPossessiveMark(tokens[k])) return possessor(tokens, k) ?? whole;
  // "an EPA press release": capitalised words before a lower-case head name its author
  let from = np.from;
  if (tokens[from]!.pos === 'DET') from++;
  let to = from - 1;
  while (to + 1 < np.to && startsUpper(text, tokens[to + 1]!)) to++;
  const rest = tokens.slice(to + 1, np.to + 1);
  return to >= from && rest.every((t) => !startsUpper(text, t)) ? { from, to } : whole;
}
