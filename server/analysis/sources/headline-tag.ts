import { addSource, cue, QUOTE_TOKEN, type Sentence } from './sentence.ts';
import { personName } from '../grammar/names.ts';
import { isPossessiveMark } from '../grammar/token.ts';
import { ANONYMOUS_HEADS, ORG_WORDS } from '../lexicon/people.ts';
import { INSTITUTION_NOUNS } from '../lexicon/source-kinds.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import {
  HEADLINE_FEELING_LINKS,
  HEADLINE_FEELINGS,
  HEADLINE_SPEECH_NOUNS,
  HEADLINE_TOPIC_LINKS,
} from '../lexicon/headline-speech-nouns.ts';
import { UPPER_START } from '../grammar/letters.ts';

// what a tag may be made of: a short noun phrase ("Cuban officials", "Reports", "Court")
const TAG_WORDS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const LONGEST_TAG = 5;

function isSourceHead(lower: string): boolean {
  return ANONYMOUS_HEADS.has(lower) || INSTITUTION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower);
}

/**
 * A headline's attribution tag set off by a colon: a short phrase naming who says it, before ("Reports: new rules to
 * replace the interview", "Court: the ban stands") or after the claim ("Mayor recovering after surgery: officials").
 * News headlines put the source there in place of "according to". The phrase before the colon must be a kind of
 * source (people, a body, a document), since a name there is usually the topic ("Brexit: …", "Indian Railway: …");
 * the phrase after it closing the headline may also be a body's or a person's name. Returns true when one is found.
 */
export function headlineTagCues(s: Sentence): boolean {
  const tk = s.tokens;
  const colon = tk.findIndex((t, i) => t.lower === ':' && !s.quoted[i]);
  if (colon <= 0 || colon >= tk.length - 1) return false;
  // the tag before the colon: the whole opening phrase
  if (colon <= LONGEST_TAG && tk.slice(0, colon).every((t) => TAG_WORDS.test(t.pos))) {
    const next = tk[colon + 1]!;
    if (
      isSourceHead(tk[colon - 1]!.lower) &&
      (next.pos !== 'PUNCT' || QUOTE_TOKEN.test(next.lower))
    ) {
      cue(s, colon, colon, 'according-to');
      addSource(s, { from: 0, to: colon - 1 });
      return true;
    }
  }
  // the tag after the colon: the whole closing phrase, the claim before it
  let end = tk.length - 1;
  while (end > colon && tk[end]!.pos === 'PUNCT' && !QUOTE_TOKEN.test(tk[end]!.lower)) end--;
  if (end <= colon || end - colon > LONGEST_TAG || colon < 3) return false;
  const tag = { from: colon + 1, to: end };
  if (!tk.slice(tag.from, end + 1).every((t) => TAG_WORDS.test(t.pos))) return false;
  const head = tk[end]!.lower;
  // (a person's name of two words or more: a lone capitalised word there may be a day or a place)
  const person = end > tag.from && !!personName(tk, s.text, tag);
  if (!isSourceHead(head) && !ORG_WORDS.has(head) && !person) return false;
  cue(s, colon, colon, 'according-to');
  addSource(s, tag);
  return true;
}

/**
 * "Warning over US pensions deficit", "Green fear for transport ballot": a headline that opens with a noun of saying or
 * fearing (after at most two words naming whose) and a preposition naming the topic reports someone's warning or fear,
 * as "X warns over …" would. Returns true when one is found.
 */
export function headlineNounCues(s: Sentence): boolean {
  return headlineSpeechNounCues(s) || headlineFeelingCues(s);
}

function headlineSpeechNounCues(s: Sentence): boolean {
  const tk = s.tokens;
  for (let k = 0; k <= 2 && k < tk.length - 1; k++) {
    const t = tk[k]!;
    // ("Fed chief warning on US deficit": the tagger may read the noun in -ing as a verb)
    if (s.quoted[k] || !(TAG_WORDS.test(t.pos) || HEADLINE_SPEECH_NOUNS.has(t.lower))) return false;
    if (!HEADLINE_SPEECH_NOUNS.has(t.lower) || !HEADLINE_TOPIC_LINKS.has(tk[k + 1]!.lower))
      continue;
    cue(s, k, k, 'reporting-verb');
    return true;
  }
  return false;
}

/**
 * "Wenger shock at Newcastle dip", "MP's shock at long lost daughter": a name (one or two words, or a noun with a
 * possessive) opening a headline, then a word of feeling and a preposition, reports what that person said they felt.
 */
function headlineFeelingCues(s: Sentence): boolean {
  const tk = s.tokens;
  for (let k = 1; k <= 3 && k < tk.length - 1; k++) {
    if (!HEADLINE_FEELINGS.has(tk[k]!.lower) || !HEADLINE_FEELING_LINKS.has(tk[k + 1]!.lower))
      continue;
    const owner = tk.slice(0, k);
    const possessive = owner.length >= 2 && isPossessiveMark(owner.at(-1));
    // ("Saint-Andre anger at absent stars": a hyphen may join a double surname)
    const named = owner.every(
      (t, i) =>
        (t.pos === 'PROPN' && UPPER_START.test(s.text.slice(t.start))) ||
        (t.lower === '-' && i > 0 && i < owner.length - 1),
    );
    if (s.quoted.slice(0, k).some(Boolean) || !(named || possessive)) return false;
    cue(s, k, k, 'reporting-verb');
    addSource(s, { from: 0, to: possessive ? k - 2 : k - 1 });
    return true;
  }
  return false;
}
