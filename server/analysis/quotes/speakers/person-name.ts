import { titleStartOver } from '../../grammar/names.ts';
import { startsUpper } from '../../grammar/token.ts';
import { isBodyWord, isTitle, OFFICE_MODIFIERS, ORG_WORDS } from '../../lexicon/people.ts';
import { isCommonGivenName } from '../../lexicon/given-names.ts';
import type { SpeakerContext } from './context.ts';
import { runsAt } from './word-index.ts';
import { UPPER_START } from '../../grammar/letters.ts';

const MAX_WORDS = 14;

/**
 * Where each occurrence of the words stands in the article's sentences (headlines left out): [sentence, first token,
 * token after the last]. A hyphened word is three tokens ("Jean-Luc": "jean", "-", "luc").
 */
function occurrences(ctx: SpeakerContext, words: string[]): [number, number, number][] {
  const lowers = words.flatMap((w) => w.toLowerCase().split(/(-)/)).filter(Boolean);
  // (as a name is written, capitalised: "the land is" is no "Land")
  return runsAt(ctx, lowers).map(([s, i]) => [s, i, i + lowers.length]);
}

/**
 * The person's own name at the end of the capitalised words after a long title: after the longest run of its first
 * words that the article also writes on its own (a body: "Andean Pact" … "Wagner"), else from a common given name on
 * ("Coastal Routes | Lena Morales"), else its last two words ("Northern Districts | Aiko Mori").
 */
function nameAtEnd(ctx: SpeakerContext, run: string[]): string {
  if (run.length === 1) return run[0]!;
  for (let k = run.length - 1; k >= 1; k--) {
    const alone = occurrences(ctx, run.slice(0, k)).some(([s, , end]) => {
      const next = ctx.tokens[s]![end];
      return !next || !startsUpper(ctx.segments[s]!.text, next);
    });
    if (alone) return run.slice(k).join(' ');
  }
  for (let j = 1; j < run.length; j++) {
    const w = run[j]!.toLowerCase();
    if (isCommonGivenName(w)) return run.slice(j).join(' ');
  }
  // "Bank of England Governor Ann Lee", "Andean Trade Bloc Ruiz": a title or a body word ends what comes before the name
  for (let j = run.length - 2; j >= 0; j--) {
    const w = run[j]!.toLowerCase();
    if (isTitle(w, false) || isBodyWord(w)) return run.slice(j + 1).join(' ');
  }
  return run.slice(-2).join(' ');
}

/** A title, an honorific or a body's word ("Leader", "Mr.", "Senate"): no part of the name after it. */
function titleOrBody(word: string): boolean {
  const w = word.toLowerCase();
  return (
    isTitle(w, false) ||
    isTitle(w.replace(/\.$/, ''), false) ||
    isBodyWord(w) ||
    HONORIFICS.has(w.replace(/\.$/, ''))
  );
}

// someone's office, campaign or staff, who speak for them, after the owner's possessive: "Harry Reid's office" (a
// campaign named by its candidate alone, "the Romney campaign", is not read here)
const OWNED_PEOPLE =
  /^(\p{Lu}.*?)['\u2019]s (?:office|campaign|spokesman|spokeswoman|spokesperson|aides?|staff|team|lawyers?|attorneys?)$/u;

// the titles a British peer is named by with one name ("Lord Bach", "Baroness Hale")
const PEERAGES = new Set(['lord', 'baroness', 'lady']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof']);

/**
 * A person's name with a long title left on it, whatever cue found it: "Head of the Water Authority for the Northern
 * Districts Aiko Mori" → "Aiko Mori", and "Andean Pact Wagner" read after "Secretary General of the" → "Wagner". Gold
 * names a person by the fullest name the article gives, without titles. Only a speaker whose last word the article
 * names a person by, and no body word, is cut; any other speaker comes back as it is. The owner of an office or a
 * campaign (OWNED_PEOPLE) is read the same way.
 */
export function withoutLongTitle(ctx: SpeakerContext, speaker: string): string {
  // "a statement from Senate Majority Leader Harry Reid's office" is Harry Reid's office: the owner's title is cut as
  // a speaker's is (BASIL round 1803)
  // (… and "Mr. Seel’s office" is Carl Seel's, the fullest name the article gives)
  const owned = OWNED_PEOPLE.exec(speaker);
  if (owned) {
    const ownerWords = owned[1]!.split(/\s+/);
    const last = ownerWords[ownerWords.length - 1]!;
    if (!ownerWords.every((w) => UPPER_START.test(w)) || !ctx.people.knowsName(last))
      return speaker;
    let from = ownerWords.length - 1;
    while (from > 0 && !titleOrBody(ownerWords[from - 1]!)) from--;
    const name = ctx.people.fullest(ownerWords.slice(from).join(' '));
    return `${name}${speaker.slice(owned[1]!.length)}`;
  }
  const words = speaker.split(/\s+/);
  const last = words[words.length - 1]!;
  // "Steve King" … "King said": a surname that is also a title's word was read as a title alone, so it never went to
  // the full name; the article's full name ending in it is who it is
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(last) && isTitle(last.toLowerCase(), false)) {
    const full = ctx.people.knowsName(last) ? ctx.people.fullest(last) : last;
    return /\s/.test(full) ? full : speaker;
  }
  // "Science Minister Lord Sainsbury … David Sainsbury said … Lord Sainsbury added": a peer whom the article also
  // names with a given name is that person
  if (words.length === 2 && PEERAGES.has(words[0]!.toLowerCase())) {
    const given = ctx.people.formsOf(last).filter((form) => {
      const parts = form.split(/\s+/);
      const head = parts[0]!.toLowerCase().replace(/\.$/, '');
      return (
        parts.length === 2 && parts[1] === last && !PEERAGES.has(head) && !HONORIFICS.has(head)
      );
    });
    if (given.length === 1) return given[0]!;
  }
  if (words.length < 2 || words.length > MAX_WORDS) return speaker;
  if (ORG_WORDS.has(last.toLowerCase()) || !ctx.people.knowsName(last)) return speaker;
  let lower = -1;
  for (let k = words.length - 1; k >= 0 && lower < 0; k--)
    if (!UPPER_START.test(words[k]!)) lower = k;
  const first = words[0]!.toLowerCase();
  // "government of American Samoa", "Bank of Korea": a body, not an office before a name
  if (!UPPER_START.test(words[0]!) || ORG_WORDS.has(first)) return speaker;
  const titled =
    lower > 0
      ? isTitle(first) || OFFICE_MODIFIERS.has(first)
      : occurrences(ctx, words).some(
          ([s, i]) => titleStartOver(ctx.tokens[s]!, ctx.segments[s]!.text, i) < i,
        );
  if (!titled) return speaker;
  const run = words.slice(lower + 1);
  if (run.length === words.length && run.length < 3) return speaker;
  const name = nameAtEnd(ctx, run);
  const full = ctx.people.fullest(name);
  return full !== name && !speaker.includes(full) ? full : name;
}
