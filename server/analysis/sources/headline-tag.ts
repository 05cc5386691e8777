import { addSource, cue, QUOTE_TOKEN, type Sentence } from './sentence.ts';
import type { Token } from '../grammar/token.ts';
import { personName } from '../grammar/names.ts';
import { innerHyphen, isPossessiveMark } from '../grammar/token.ts';
import { wordsWrittenAsNames } from '../grammar/shouted-lines.ts';
import {
  ANONYMOUS_HEADS,
  KIN_FEMALE,
  KIN_MALE,
  ORG_WORDS,
  PARTY_MEMBERS,
  TITLES,
} from '../lexicon/people.ts';
import {
  INSTITUTION_NOUNS,
  SEATS_OF_GOVERNMENT,
  WIRE_TAG_COLLECTIVES,
  WIRE_TAG_TOPICS,
} from '../lexicon/source-kinds.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import {
  HEADLINE_FEELING_LINKS,
  HEADLINE_FEELINGS,
  HEADLINE_SPEECH_NOUNS,
  HEADLINE_TOPIC_LINKS,
} from '../lexicon/headline-speech-nouns.ts';
import { UPPER_START } from '../grammar/letters.ts';
import { isDash, isSpacedDash } from '../grammar/spaced-dashes.ts';
import { isPersonNoun, isPersonNounOrPlural } from '../grammar/person-noun.ts';
import { SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';
import { DATE_NAME } from '../lexicon/subject-pieces.ts';
import { GIVEN_NAMES_THAT_ARE_WORDS, isCommonGivenName } from '../lexicon/given-names.ts';

// what a tag may be made of: a short noun phrase ("Cuban officials", "Reports", "Court")
const TAG_WORDS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const LONGEST_TAG = 5;
const KIN: ReadonlySet<string> = new Set([...KIN_MALE, ...KIN_FEMALE]);

function isSourceHead(lower: string): boolean {
  return (
    ANONYMOUS_HEADS.has(lower) ||
    INSTITUTION_NOUNS.has(lower) ||
    DOCUMENT_NOUNS.has(lower) ||
    SEATS_OF_GOVERNMENT.has(lower)
  );
}

/**
 * A headline's attribution tag set off by a colon: a short phrase naming who says it, before ("Reports: new rules to
 * replace the interview", "Court: the ban stands") or after the claim ("Mayor recovering after surgery: officials").
 * News headlines put the source there in place of "according to". The phrase before the colon must be a kind of
 * source (people, a body, a document) or a person the article names in full ("Schumer: delay tax vote" over a story
 * of "Chuck Schumer"), since a name there is usually the topic ("Brexit: …", "Indian Railway: …"); the phrase after
 * the claim may also be a body's or a person's name, and may follow a dash ("Taxes must be trusted - Kennedy").
 * `body` is the article's text after the headline. Returns true when one is found.
 */
export function headlineTagCues(s: Sentence, body: () => string): boolean {
  const tk = s.tokens;
  const colon = tk.findIndex((t, i) => t.lower === ':' && !s.quoted[i]);
  if (colon > 0 && colon < tk.length - 1 && openingTag(s, colon, body)) return true;
  // the tag after the last colon or spaced dash: the whole closing phrase, the claim before it ("Exclusive: Trump
  // names career diplomat to head Cuban embassy - sources")
  let end = tk.length - 1;
  while (end > 0 && tk[end]!.pos === 'PUNCT' && !QUOTE_TOKEN.test(tk[end]!.lower)) end--;
  let mark = end;
  while (mark > 0 && end - mark <= LONGEST_TAG && !(isTagMark(s, mark, body) && !s.quoted[mark]))
    mark--;
  if (mark < 3 || mark === end || end - mark > LONGEST_TAG) return false;
  const tag = { from: mark + 1, to: end };
  if (!tagWords(s, tag)) return false;
  if (!closingSource(s, tag) && !shoutedName(s, tag, body)) return false;
  // ("U.S. SUGAR POLICY MAY SELF-DESTRUCT, CONGRESSMAN": after a comma only a person or a body seen speaking is a
  // tag; "… GROWTH IN JAPAN, EUROPE" lists places)
  if (tk[mark]!.lower === ',' && !commaSource(s, tag, body)) return false;
  cue(s, mark, mark, 'according-to');
  addSource(s, tag);
  return true;
}

// a colon, or a dash with a space either side ("… - sources"): a hyphen inside a word has none
function isTagMark(s: Sentence, k: number, body: () => string): boolean {
  const t = s.tokens[k]!;
  return (
    t.lower === ':' ||
    (isSpacedDash(s.tokens, k) && s.text[t.end] === ' ') ||
    wireDash(s, k, body) ||
    wireComma(s, k)
  );
}

/**
 * The words of a closing tag: a short noun phrase. A wire headline in capitals, parsed lowered, may have its name read
 * as a verb ("NO MAJOR FARM POLICY CHANGES THIS YEAR - DOLE"), and a name may hold a hyphen or follow a possessive
 * ("- LEIGH-PEMBERTON", "- BUNDESBANK'S SCHLESINGER", Reuters-21578, rounds 1315, 1360, 1425).
 */
function tagWords(s: Sentence, tag: { from: number; to: number }): boolean {
  const tk = s.tokens;
  const shouting = !/\p{Ll}/u.test(s.text);
  return tk.slice(tag.from, tag.to + 1).every((t, i) => {
    const k = tag.from + i;
    if (TAG_WORDS.test(t.pos)) return true;
    if (!shouting) return false;
    if (k === tag.to) return t.pos === 'VERB';
    return k > tag.from && (isPossessiveMark(t) || innerHyphen(tk, k));
  });
}

/**
 * "JAPAN TRADE SURPLUS WILL GROW AGAIN IN 1987, OECD", "NORANDA FOREST SEES STRONG PROFIT, CHAIRMAN" (Reuters-21578,
 * rounds 1264, 1339): a wire headline in capitals may set its tag after a comma. Only a candidate mark here:
 * commaSource decides.
 */
function wireComma(s: Sentence, k: number): boolean {
  return s.tokens[k]!.lower === ',' && !/\p{Ll}/u.test(s.text);
}

// a tag after a comma: a person or a source by kind, or a word the story writes in capitals and has speaking
function commaSource(s: Sentence, tag: { from: number; to: number }, body: () => string): boolean {
  const head = s.tokens[tag.to]!.lower;
  if (
    isSourceHead(head) ||
    isPersonNounOrPlural(head) ||
    (WIRE_TAG_COLLECTIVES.has(head) && !WIRE_TAG_TOPICS.has(head))
  )
    return true;
  const written = s.text.slice(s.tokens[tag.from]!.start, s.tokens[tag.to]!.end);
  return (
    /^\p{Lu}{2,}$/u.test(written) &&
    new RegExp(`\\b${written} (?:said|says|told|added|noted|wrote|stated)\\b`).test(body())
  );
}

/**
 * "SIGN OF SLOWING IN GERMAN MONEY GROWTH -BUNDESBANK", "GRAIN REPORTS IMPROVE U.S. FARM OUTLOOK-ANALYSTS"
 * (Reuters-21578, rounds 1182, 1231, 1237): a wire headline in capitals may type its tag's dash against the last word,
 * with a space before it or, before a kind of source, none at all (a hyphen joining two words of the claim,
 * "NEAR-SUPERCOMPUTERS", is none).
 */
function wireDash(s: Sentence, k: number, body: () => string): boolean {
  const tk = s.tokens;
  const t = tk[k]!;
  const last = tk.at(-1)!;
  if ((t.lower !== '-' && !isDash(t)) || k + 1 > tk.length - 1 || /\p{Ll}/u.test(s.text))
    return false;
  if (s.text[t.end] === ' ') return false;
  // ("NO HEAVY COFFEE EXPORT IMPLIED-COLOMBIA OFFICIAL", "… LOUVRE ACCORD-DEALERS", Reuters-21578, rounds 1281, 1409:
  // a tag of a few words, or a plural, closing on a kind of source)
  const source = isSourceHead(last.lower) || isPersonNounOrPlural(last.lower);
  // (not after a country's dotted initials: "TALKS OF U.S.-JAPAN TRADE OFFICIALS" joins two countries)
  const dotted = tk[k - 1]!.lower.endsWith('.');
  if (k + 1 !== tk.length - 1) return k + 3 >= tk.length - 1 && source && !dotted;
  // ("SOVIET UNION TO IMPORT MORE GRAIN IN 86/87-USDA", round 1463: a word the story writes in capitals)
  const written = s.text.slice(last.start, last.end);
  const shouted =
    /^\p{Lu}{2,}$/u.test(written) && !dotted && new RegExp(`\\b${written}\\b`).test(body());
  // ("CREDITORS/DEBTORS SHARE RESPONSIBILITY-WEIZSAECKER", "… SHOULD STAY SAME-AMSTUTZ", rounds 1483 and 1496: a word
  // the story writes only as a name, where the word before the hyphen is none: "… IRAN-IRAQ" joins two)
  const names = /^\p{Lu}{3,}$/u.test(written) ? wordsWrittenAsNames(body()) : null;
  const named =
    !!names &&
    names.has(written.toLowerCase()) &&
    !names.has(s.text.slice(tk[k - 1]!.start, tk[k - 1]!.end).toLowerCase());
  return t.start > tk[k - 1]!.end || source || shouted || named;
}

function openingTag(s: Sentence, colon: number, body: () => string): boolean {
  const tk = s.tokens;
  if (addressedTag(s, colon, body)) return true;
  if (colon > LONGEST_TAG || !tk.slice(0, colon).every((t) => TAG_WORDS.test(t.pos))) return false;
  const next = tk[colon + 1]!;
  if (next.pos === 'PUNCT' && !QUOTE_TOKEN.test(next.lower)) return false;
  if (
    !isSourceHead(tk[colon - 1]!.lower) &&
    !(colon === 1 && namedInFull(s, tk[0]!, body())) &&
    !(colon === 1 && speaksInStory(s, tk[0]!, body()) && claimAfter(s, colon)) &&
    !(speakerBeforeClause(s, colon, body) && claimAfter(s, colon))
  )
    return false;
  cue(s, colon, colon, 'according-to');
  addSource(s, { from: 0, to: colon - 1 });
  return true;
}

/**
 * "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade" (PolNeAR round 1755): a one-word name the story
 * gives in full, "to" and whom it spoke to, then a claim after the colon: the name speaks it.
 */
function addressedTag(s: Sentence, colon: number, body: () => string): boolean {
  const tk = s.tokens;
  if (colon < 3 || colon > LONGEST_TAG || tk[1]!.lower !== 'to') return false;
  if (!tk.slice(2, colon).every((t) => TAG_WORDS.test(t.pos))) return false;
  if (!claimAfter(s, colon) || !namedInFull(s, tk[0]!, body())) return false;
  cue(s, colon, colon, 'according-to');
  addSource(s, { from: 0, to: 0 });
  return true;
}

// "Schumer" is a person when the article calls him "Chuck Schumer": a common given name right before the word
/**
 * "Kentucky governor: Electing Hillary Clinton may eventually lead to violence", "Cruz campaign: We could have stopped
 * Trump …", "Mitt Romney: Donald Trump is a 'phony, a fraud'" (blind rounds 518–541): a person's title or a campaign
 * before the colon, or a person's full name with a common given name, speaks the clause after it.
 */
function speakerBeforeClause(s: Sentence, colon: number, body: () => string): boolean {
  const tk = s.tokens;
  const head = tk[colon - 1]!.lower;
  // (… and a plural of such a title, a kin word: "Congressional auditors: VA health care is high-risk", "Texas Mom:
  // My Son Was Attacked …", PTC page and blind round 581)
  if (isPersonNounOrPlural(head) || KIN.has(head)) return true;
  if (head === 'campaign') return true;
  // (… and a party's members: "Senate Republicans: No Legislation Until After Tax Cut Extension", BASIL round 1788)
  if (PARTY_MEMBERS.has(head)) return true;
  // "Cardinal Müller: Blessing homosexual couples would be an ‘atrocity’": a title and a name
  const named = (k: number) =>
    tk[k]!.pos === 'PROPN' && UPPER_START.test(s.text.slice(tk[k]!.start));
  if (colon > 1 && TITLES.has(tk[0]!.lower) && tk.slice(1, colon).every((_, j) => named(j + 1)))
    return true;
  const name = colon > 1 ? personName(tk, s.text, { from: 0, to: colon - 1 }) : null;
  if (!name || name.from !== 0) return false;
  // "Juanita Broaddrick: Senator Feinstein Had No Interest …": a full name the story repeats, given name and all
  return (
    isCommonGivenName(tk[0]!.lower) ||
    body().includes(s.text.slice(tk[0]!.start, tk[colon - 1]!.end))
  );
}

/** A claim after the colon: a finite verb, or a quotation ("US military commander: Russian military ‘far more capable’"). */
function claimAfter(s: Sentence, colon: number): boolean {
  return finiteAfter(s.tokens, colon) || s.quoted.some((q, k) => q && k > colon);
}

/** Whether a finite verb follows the colon at `colon`: a claim, not a topic's label ("Brexit: the next steps"). */
function finiteAfter(tk: Token[], colon: number): boolean {
  return tk
    .slice(colon + 1)
    .some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

/**
 * "McCain: Trump doesn't understand Syria" over a story where "McCain said …": a one-word name the story has speaking
 * (news page, blind round 601). Only before a claim: a name speaking in the story may still be a headline's topic.
 */
function speaksInStory(s: Sentence, word: Token, body: string): boolean {
  const name = oneWordName(s, word);
  if (!name || !body.includes(`${name} `)) return false;
  return new RegExp(`\\b${name} (?:said|says|told|added|argued|warned|wrote|tweeted)\\b`, 'u').test(
    body,
  );
}

/** The word as written when it is a capitalised name of letters only ("McCain"), else null. */
function oneWordName(s: Sentence, word: Token): string | null {
  if (word.pos !== 'PROPN' || !UPPER_START.test(s.text.slice(word.start))) return null;
  const name = s.text.slice(word.start, word.end);
  return /^\p{L}+$/u.test(name) ? name : null;
}

function namedInFull(s: Sentence, word: Token, body: string): boolean {
  const name = oneWordName(s, word);
  if (!name) return false;
  // (the pattern below needs the word after a space: a plain search rules most headlines out before a scan of the
  // whole body, letter class by letter class, at every place)
  if (!body.includes(` ${name}`)) return false;
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${name}\\b`, 'gu')))
    if (
      isCommonGivenName(m[1]!.toLowerCase()) ||
      GIVEN_NAMES_THAT_ARE_WORDS.has(m[1]!.toLowerCase())
    )
      return true;
  return false;
}

// the phrase closing a headline after its colon or dash names a source: a kind of source or of person ("…: special
// counsel"), a message ("…: letter"), a body's name, a person's name of two words or more, or one capitalised word
// ("…: McConnell", "…: Politico") that is no day or month
function closingSource(s: Sentence, tag: { from: number; to: number }): boolean {
  const tk = s.tokens;
  const head = tk[tag.to]!.lower;
  if (isSourceHead(head) || ORG_WORDS.has(head) || isPersonNoun(head) || SPEECH_NOUNS.has(head))
    return true;
  // ("COFFEE PRICES SET TO CONTINUE SLIDE - TRADERS", "… - TRADE", rounds 1303, 1310: the market's people, or the
  // trade as a wire tag names its sources; "… QUOTAS UNCERTAIN--U.S.", round 1264: a country by its dotted initials)
  if (isPersonNounOrPlural(head) || WIRE_TAG_COLLECTIVES.has(head)) return true;
  const written = s.text.slice(tk[tag.from]!.start, tk[tag.to]!.end);
  if (/^(?:\p{Lu}\.){2,}$/u.test(written) && !/\p{Ll}/u.test(s.text)) return true;
  if (tag.to > tag.from) return !!personName(tk, s.text, tag);
  const word = tk[tag.from]!;
  return (
    word.pos === 'PROPN' &&
    UPPER_START.test(s.text.slice(word.start)) &&
    !DATE_NAME.test(word.lower)
  );
}

/**
 * "BRAZIL HAS NO SET COFFEE EXPORT TARGETS - IBC", "NO POLICY FOR OR AGAINST CERTIFICATES -- OMB" (Reuters-21578,
 * rounds 1159, 1163): in a headline all in capitals, parsed lowered, no tag looks like a name; one word the story
 * writes in capitals too ("the Brazilian Coffee Institute (IBC) said") is one.
 */
function shoutedName(s: Sentence, tag: { from: number; to: number }, body: () => string): boolean {
  if (/\p{Ll}/u.test(s.text)) return false;
  const tk = s.tokens;
  // the tag's last word, a hyphen's parts joined ("LEIGH-PEMBERTON"); before it, only a possessive ("BUNDESBANK'S
  // SCHLESINGER") or the other parts
  let first = tag.to;
  while (first - 2 >= tag.from && innerHyphen(tk, first - 1)) first -= 2;
  if (first !== tag.from && !(first - 2 === tag.from && isPossessiveMark(tk[first - 1])))
    return false;
  const written = s.text.slice(tk[first]!.start, tk[tag.to]!.end);
  if (!/^\p{Lu}[\p{Lu}-]*\p{Lu}$/u.test(written)) return false;
  if (first === tag.from && new RegExp(`\\b${written}\\b`).test(body())) return true;
  // ("PARIS MEET AGREED NOT TO PUBLISH BANDS - LAWSON", "… -BUNDESBANK" over "Nigel Lawson said", "the Bundesbank
  // said", rounds 1182, 1222, 1248: the word as the story writes it, named in full or speaking)
  const named = written
    .split('-')
    .map((part) => part[0] + part.slice(1).toLowerCase())
    .join('-');
  return new RegExp(
    `(?:\\p{Lu}\\p{Ll}+ ${named}\\b|\\b${named} (?:said|says|told|added|noted|wrote|stated)\\b)`,
    'u',
  ).test(body());
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
