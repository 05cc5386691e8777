import { NAMING_SUBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import { ORG_WORDS } from '../lexicon/people.ts';
import { isPossessiveMark } from '../grammar/token.ts';
import { JUDGING_VERBS } from '../lexicon/describing-verbs.ts';
import {
  agentAfter,
  agentNaming,
  describingVerb,
  hasTermCue,
  isClause,
  isTitleCase,
  quoteType,
} from './type.ts';
import { primeTokens, sentenceTokens } from '../grammar/tokens.ts';
import { firstFrom, lastBy, markInside } from '../grammar/token-search.ts';
import { quotedNameOpen } from '../grammar/quoted-name.ts';
import { carriesHeadlinePredicate } from '../grammar/headline-predicate.ts';
import { closesWithQuotedLine, opensWithQuotedLine } from '../grammar/quoted-line.ts';
import { pairQuotes, type QuoteUnit } from './units.ts';
import {
  citesWork,
  isNameLike,
  isNickname,
  modifiesNoun,
  qualifiesInHeadline,
} from './term-shape.ts';
import { accordingTo, leftCue, rightTag } from './speakers/cues.ts';
import { closingTag } from './speakers/closing-tag.ts';
import { hearsay } from './speakers/reports.ts';
import { governingCue, governingFill } from './speakers/governing.ts';
import { registerGroups, speakerOf, subjectOf } from './speakers/speaker.ts';
import { isQuoteChar, npEndingAt, phraseAfter } from '../grammar/phrases.ts';
import { isPassive, isReportingVerb } from '../grammar/verbs.ts';
import { sentenceSubject } from '../grammar/subjects.ts';
import { isGenericSubject } from '../grammar/generic.ts';
import type { SpeakerContext, SpeakerHit } from './speakers/context.ts';
import { People } from './speakers/people.ts';
import { lowerCaseWords } from './speakers/lower-case-words.ts';
import { isCommonGivenName } from '../lexicon/given-names.ts';
import {
  inherit,
  joinCoordinated,
  shareCarriedBack,
  shareSentence,
  type Found,
  describedThenNamed,
} from './inherit.ts';
import { speakerConfidence } from './speakers/confidence.ts';
import type { Quote, Segment } from '../types.ts';
import { isPictureCredit } from '../segment/index.ts';
import { countWords } from '../grammar/word-count.ts';
import {
  bodyAfterDescription,
  fullBodyName,
  legalName,
  namedBodyOfDescription,
} from './speakers/body-name.ts';
import { withoutLongTitle } from './speakers/person-name.ts';
import { namedInside } from './speakers/named-inside.ts';
import { pointedBackSpeaker } from './speakers/pointed-back.ts';
import { signCarrier } from './speakers/sign-carrier.ts';
import { issuerOf } from './speakers/issuer.ts';
import { learnedSpeakers } from './speakers/learned/apply.ts';
import { headlineSpeakers } from './speakers/headline.ts';
import { spelledOutAcronym } from './speakers/acronym.ts';
import { isBareLeadText, leadSource } from './speakers/lead-source.ts';

/** A text's noun left as the speaker ("the report said") speaks for the lead's named source, when there is one. */
function leadTextSpeakers(ctx: SpeakerContext, found: Found[]): void {
  if (!found.some((f) => f.speaker && isBareLeadText(f.speaker))) return;
  const source = leadSource(ctx);
  if (source) for (const f of found) if (f.speaker && isBareLeadText(f.speaker)) f.speaker = source;
}

/**
 * Whatever cue found a speaker, its final form is settled here, once per distinct speaker: a body's name cut short
 * by the parse is given in full ("Sydney Morning" → "Sydney Morning Herald"), a person's name loses a long title left on
 * it ("Head of the Water Authority for the Northern Districts Aiko Mori" → "Aiko Mori").
 */
function canonicalSpeakers(ctx: SpeakerContext, found: Found[]): void {
  // a person's name is never a piece of a body's ("Ann Lee of the Harbour Trust" is Ann Lee): only a speaker read as a
  // body or a phrase, or a single word, may be given a longer name
  const person = new Set<string>();
  for (const f of found)
    if (f.speaker && /:(?:name|pronoun|title|description)$/.test(f.basis) && /\s/.test(f.speaker))
      person.add(f.speaker);
  const settled = new Map<string, string>();
  for (const f of found) {
    if (f.type !== 'speech' || !f.speaker) continue;
    let full = settled.get(f.speaker);
    if (full === undefined) {
      // "His wife Sharon, who called the police, …" and later "Sharon Osbourne gave details": a given name alone is the
      // one person the article names in full with it
      // ("Google" is not "Google News": only a common given name is looked up)
      const given = isCommonGivenName(f.speaker.toLowerCase())
        ? ctx.people.fullest(f.speaker)
        : f.speaker;
      const named = given.startsWith(f.speaker + ' ');
      if (named) person.add(given);
      // ("Haw Par" after "Haw Par Corporation": a firm's name short of its legal form, even read as a person's)
      const legal = named ? null : legalName(ctx, f.speaker);
      const whole = named
        ? given
        : legal
          ? legal
          : person.has(f.speaker)
            ? f.speaker
            : (spelledOutAcronym(ctx.segments, f.speaker) ??
              describedBody(ctx, f.speaker) ??
              namedBodyOfDescription(ctx, fullBodyName(ctx, bodyAfterDescription(f.speaker))));
      settled.set(f.speaker, (full = peerage(ctx, withoutLongTitle(ctx, whole))));
    }
    f.speaker = full;
  }
}

// A peer's title as the article wrote it in full: "Lord Nicholls of Birkenhead", "Baroness Scotland of Asthal".
const PEER = /^(?:Lord|Lady|Baroness|Baron|Viscount|Earl) \p{Lu}[\p{L}'-]+$/u;

/**
 * "Lord Nicholls of Birkenhead said …" and later "Lord Nicholls added": a peer's title named in full once, with the
 * place of the title, is that name; the reader of names stops at "of", so the speaker comes out as "Lord Nicholls".
 */
function peerage(ctx: SpeakerContext, speaker: string): string {
  if (!PEER.test(speaker)) return speaker;
  // ("said Earl Johnson of Harris Trust and Savings Bank": "Earl" is a given name too, and a firm's name, a body's word
  // in it or "and" after it, is where someone works, no peer's place, Reuters-21578, round 1304)
  const of = new RegExp(
    `${speaker} of (\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)(?![\\p{L}'-])(?! and \\p{Lu})(?! \\p{Lu})`,
    'u',
  );
  const places = new Set<string>();
  for (const seg of ctx.segments) {
    if (seg.kind === 'headline') continue;
    const m = of.exec(seg.text);
    if (m && !m[1]!.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()))) places.add(m[1]!);
  }
  return places.size === 1 ? `${speaker} of ${[...places][0]}` : speaker;
}

function quotedMask(ctx: SpeakerContext, units: QuoteUnit[]): void {
  for (const unit of units) {
    for (const part of unit.parts)
      markInside(ctx.tokens[part.seg]!, ctx.quoted[part.seg]!, part.start, part.end);
  }
}

function textOf(ctx: SpeakerContext, unit: QuoteUnit): string {
  const p = unit.parts[0]!;
  return ctx.segments[p.seg]!.text.slice(p.start, p.end);
}

function wordCount(ctx: SpeakerContext, unit: QuoteUnit): number {
  return unit.parts.reduce((n, p) => n + countWords(ctx.segments[p.seg]!.text, p.start, p.end), 0);
}

function bareWords(ctx: SpeakerContext, unit: QuoteUnit): boolean {
  return (
    unit.parts.length === 1 && wordCount(ctx, unit) <= 2 && !/[.!?]\W*$/.test(textOf(ctx, unit))
  );
}

/** A term quote keeps a speaker only when that speaker's verb governs it closely ("officials describe as a ‘surge’"). */
function ownsTerm(ctx: SpeakerContext, unit: QuoteUnit, hit: SpeakerHit): boolean {
  if (hit.seg !== unit.openSeg) return false;
  // the tokens after the verb that end before the opening mark
  const between = lastBy(ctx.tokens[hit.seg]!, unit.openAt) - hit.cue;
  return between <= 4;
}

// verbs that call someone something in the caller's own words ("dub" and "nickname" coin a name, no judgement)
const CALLING = new Set(['call', 'brand', 'label', 'term']);

/**
 * "North Korea reacted by calling the Prime Minister of Japan, Shinzo Abe, an “Asian Hitler”": a verb of calling, its
 * object (a name with its apposition) between it and the quotation, gives the words to the verb's subject. So does a
 * verb of judging or accusing whose object holds the words: "Mr Cable also attacked Labour's “unfair” taxes", "the
 * prime minister hailed his chancellor's “brilliant” performance", "Liam Fox accused Labour of “at best
 * misrepresentation”" (BBC rounds 632, 667, 673). A participle before a noun ("the nine-year recommended term") and a
 * gerund after "of" ("accused Liverpool of using him as “a stalking horse”") stand inside the object.
 */
function calledBy(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  let i = lastBy(tokens, unit.openAt);
  while (i >= 0 && /^(?:a|an|the)$/.test(tokens[i]!.lower)) i--;
  const objectEnd = i;
  for (let k = i; k >= 0 && objectEnd - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') {
      const modifier =
        k < objectEnd &&
        /^(?:NOUN|ADJ)$/.test(tokens[k + 1]!.pos) &&
        (/^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.lower === '-');
      const gerund = k < objectEnd && t.lower.endsWith('ing') && tokens[k - 1]?.lower === 'of';
      if (modifier || gerund) continue;
      const calls = CALLING.has(t.lemma) || JUDGING_VERBS.has(t.lemma) || t.lemma === 'accuse';
      if (!calls || k === objectEnd || isPassive(tokens, k)) return null;
      return { speaker: subjectOf(ctx, seg, k), seg, cue: k, how: 'describing' };
    }
    if (
      !/^(?:DET|ADJ|NOUN|PROPN|PRON|ADP|NUM)$/.test(t.pos) &&
      t.lower !== ',' &&
      !isPossessiveMark(t)
    )
      return null;
  }
  return null;
}

/** Whether the verb of tag `hit` has a colon and an opening quotation mark right after it (`Wenger added: "…`). */
function opensNextQuote(ctx: SpeakerContext, hit: SpeakerHit): boolean {
  const tokens = ctx.tokens[hit.seg]!;
  return tokens[hit.cue + 1]?.lower === ':' && isQuoteChar(tokens[hit.cue + 2]?.lower ?? '');
}

/** The speaker a describing or calling verb before the quotation names, or null when neither names one. */
function describedOrCalled(ctx: SpeakerContext, unit: QuoteUnit, agent: number): SpeakerHit | null {
  const hit = describedBy(ctx, unit, agent) ?? calledBy(ctx, unit);
  return hit?.speaker ? hit : null;
}

/**
 * "Sarkozy had “asked that all available means in the area be immediately deployed …”": a quotation that opens on a
 * verb of saying, right after its subject (and an auxiliary), carries that subject's predicate in its own words.
 */
function quotedPredicate(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  const first = firstFrom(tokens, unit.openAt + 1);
  if (tokens[first]?.pos !== 'VERB' || !isReportingVerb(tokens, first)) return null;
  let k = lastBy(tokens, unit.openAt);
  while (k >= 0 && tokens[k]!.pos === 'AUX') k--;
  const np = k >= 0 && /^(?:PROPN|NOUN)$/.test(tokens[k]!.pos) ? npEndingAt(tokens, k, 0) : null;
  return np ? { speaker: speakerOf(ctx, seg, np), seg, cue: first, how: 'verb' } : null;
}

function describedBy(ctx: SpeakerContext, unit: QuoteUnit, agent: number): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  // "was described as “reckless” by the attorney general": the agent after the quotation describes
  const after = agent >= 0 ? phraseAfter(tokens, agent) : null;
  if (after) return { speaker: speakerOf(ctx, seg, after), seg, cue: agent, how: 'describing' };
  const named = agentNaming(tokens, unit.openAt);
  // (its subject is the pronoun right before it: "what he termed" is the man "he" stands for)
  if (named >= 0) {
    const speaker = speakerOf(ctx, seg, { from: named - 1, to: named - 1 });
    return { speaker, seg, cue: named, how: 'describing' };
  }
  const verb = describingVerb(tokens, unit.openAt);
  if (verb < 0) return null;
  // "a pattern described by the harbour office as “…”": the agent of the passive describes, not its subject
  const by = tokens[verb + 1]?.lower === 'by' ? phraseAfter(tokens, verb + 1) : null;
  if (by) return { speaker: speakerOf(ctx, seg, by), seg, cue: verb, how: 'describing' };
  // ("as he likened what he described as a “prank”": the pronoun right before the verb is its subject, not the words
  // before it, BASIL round 1795)
  const pronoun = NAMING_SUBJECT_PRONOUNS.has(tokens[verb - 1]?.lower ?? '');
  const speaker = pronoun
    ? speakerOf(ctx, seg, { from: verb - 1, to: verb - 1 })
    : subjectOf(ctx, seg, verb);
  return { speaker, seg, cue: verb, how: 'describing' };
}

/**
 * A quotation shaped as a name or label: a title in title case that no describing verb claims ("Ann Berg spoke on
 * "The Morning Round"", but not "called the vote "The Great Hoax""), a quoted noun before the noun it modifies
 * ("the "buffer zone" status"), a cited work's title; in a headline (in title case throughout, so no evidence of a
 * name) only a short quotation qualifying the word after it.
 */
function labelShaped(ctx: SpeakerContext, unit: QuoteUnit, hit: SpeakerHit | null): boolean {
  if (unit.parts.length !== 1) return false;
  const segment = ctx.segments[unit.openSeg]!;
  const tokens = ctx.tokens[unit.openSeg]!;
  if (segment.kind === 'headline')
    return wordCount(ctx, unit) <= 3 && qualifiesInHeadline(tokens, segment.text, unit);
  if (citesWork(segment.text, unit) || isNickname(segment.text, unit)) return true;
  if (hit?.how !== 'describing' && isNameLike(textOf(ctx, unit))) return true;
  return wordCount(ctx, unit) <= 4 && modifiesNoun(tokens, segment.text, unit);
}

/**
 * A headline's quotation that carries its predicate (grammar/headline-predicate.ts), or that opens the headline and is
 * set off by a colon ("'Bang bang': UK mercenary … gives evidence"): a line someone said, however short.
 */
function headlineClaim(ctx: SpeakerContext, unit: QuoteUnit): boolean {
  if (unit.closeSeg !== unit.openSeg || unit.closeAt < 0 || unit.parts.length !== 1) return false;
  const segment = ctx.segments[unit.openSeg]!;
  if (segment.kind !== 'headline') return false;
  if (opensWithQuotedLine(segment.text, unit.openAt, unit.closeAt)) return true;
  // (… a clause, with a verb of its own: "Review: 'The Big Short'" names a film)
  if (
    closesWithQuotedLine(segment.text, unit.openAt, unit.closeAt) &&
    ctx.tokens[unit.openSeg]!.some(
      (t) =>
        t.start > unit.openAt && t.end <= unit.closeAt && (t.pos === 'VERB' || t.pos === 'AUX'),
    )
  )
    return true;
  return carriesHeadlinePredicate(ctx.tokens[unit.openSeg]!, unit.openAt, unit.closeAt);
}

/** "Anna Berg of “Voters First”, a watchdog, said": a short quoted name joined to the phrase before it names something. */
function inPhrase(ctx: SpeakerContext, unit: QuoteUnit): boolean {
  if (unit.openSeg !== unit.closeSeg || unit.closeAt < 0) return false;
  const tokens = ctx.tokens[unit.openSeg]!;
  const close = firstFrom(tokens, unit.closeAt);
  return (
    quotedNameOpen(tokens, ctx.segments[unit.openSeg]!.text, close) ===
    firstFrom(tokens, unit.openAt)
  );
}

/**
 * "Astronomers revealed a planet, and according to professor Scott Gaudi, it is “the hottest …”": an "according to"
 * that stands between a verb found far before the quotation and its opening mark is the nearer source, and wins.
 */
function nearerAccording(
  ctx: SpeakerContext,
  unit: QuoteUnit,
  verb: SpeakerHit | null,
): SpeakerHit | null {
  if (!verb || verb.seg !== unit.openSeg) return verb;
  // (the verb's speaker was read last: its form is kept unless the "according to" wins)
  const form = ctx.form;
  const according = accordingTo(ctx, unit.openSeg);
  const open = lastBy(ctx.tokens[unit.openSeg]!, unit.openAt);
  if (according?.speaker && according.cue > verb.cue && according.cue < open) {
    // (… opening a clause of its own, "according to X, it is “…”"; "Ruiz decided, according to the summary,
    // “that …”" keeps the verb whose object the quotation is)
    const tokens = ctx.tokens[unit.openSeg]!;
    let comma = according.cue;
    while (comma < open && tokens[comma]!.lower !== ',') comma++;
    for (let k = comma + 1; k <= open; k++)
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return according;
  }
  ctx.form = form;
  return verb;
}

function decide(ctx: SpeakerContext, unit: QuoteUnit): Found {
  // Each cue is tried in turn; one that finds a verb but no speaker (`…," further remarking, "…`, whose subject
  // would be inside the quotation) lets the next cue name the speaker, and is kept only when none does.
  const tokens = ctx.tokens[unit.openSeg]!;
  const agent =
    unit.closeSeg === unit.openSeg && unit.closeAt >= 0
      ? agentAfter(tokens, unit.openAt, unit.closeAt)
      : -1;
  const tag = rightTag(ctx, unit);
  // "Reminded that Ferguson called him “a disgrace”, Wenger added: “…”": a tag whose verb opens the next quotation
  // with a colon is that quotation's, so a verb calling someone something right before these words names their speaker
  const calling =
    tag?.speaker && opensNextQuote(ctx, tag) ? describedOrCalled(ctx, unit, agent) : null;
  const cues = [
    () => calling ?? tag,
    () => describedBy(ctx, unit, agent),
    () => calledBy(ctx, unit),
    () => nearerAccording(ctx, unit, leftCue(ctx, unit)),
    () => accordingTo(ctx, unit.openSeg),
    () => (unit.closeSeg !== unit.openSeg ? accordingTo(ctx, unit.closeSeg) : null),
    () => closingTag(ctx, unit),
    () => hearsay(ctx, unit),
    () => signCarrier(ctx, unit),
    () => quotedPredicate(ctx, unit),
  ];
  let hit: SpeakerHit | null = null;
  let form = '';
  for (const next of cues) {
    const found = next();
    hit ??= found;
    if (found?.speaker) {
      hit = found;
      form = ctx.form;
      break;
    }
  }
  const termCue =
    unit.parts[0]!.seg === unit.openSeg && agent < 0 && hasTermCue(tokens, unit.openAt);
  // a word or two with no speaker and no stop of their own is no clause, whatever the tagger reads in them: "to
  // "streamline" checks", "a "flood-related" closure" quote a word; "It's over." is a sentence
  const clause =
    unit.parts[0]!.seg === unit.openSeg &&
    isClause(tokens, unit) &&
    (!!hit?.speaker || !bareWords(ctx, unit));
  // "Hague 'given up' his PM ambition": a headline's predicate in quotation marks is someone's words, however short
  const claim = headlineClaim(ctx, unit);
  const named =
    !claim &&
    (inPhrase(ctx, unit) ||
      (!hit?.speaker && unit.parts.length === 1 && isTitleCase(textOf(ctx, unit))) ||
      labelShaped(ctx, unit, hit));
  const type = named
    ? 'term'
    : claim
      ? 'speech'
      : quoteType(wordCount(ctx, unit), termCue, clause, !!hit?.speaker);
  const speaker =
    hit && (type === 'speech' || (!named && ownsTerm(ctx, unit, hit))) ? hit.speaker : null;
  const basis = speaker ? `${hit!.how}:${form}` : 'none';
  return { unit, type, speaker, basis, labelled: named || termCue };
}

/**
 * A quotation inside another one that closes ("He called it 'a disaster' before the vote," Reyes said) is part of
 * the outer speaker's words, not a quotation of its own: the labelling guide gives it no entry, and a speaker or type
 * of its own would only be a second guess at the same words. One whose outer quotation never closes (a missing mark,
 * so perhaps a new quotation) is kept.
 */
function insideAnother(unit: QuoteUnit, carriedOn: ReadonlySet<QuoteUnit>): boolean {
  const outer = unit.outer;
  return !!outer && (outer.closeAt >= 0 || carriedOn.has(outer));
}

/**
 * "Brown 'proud of economy record'" … "Gordon Brown has delivered a rousing speech …": the person the lead's subject
 * names, when the headline names them too outside its quotation, is whose words the headline gives though the lead
 * reports no words.
 */
function headlinedSubject(ctx: SpeakerContext, lead: number, found: Found[]): string | null {
  const person = namedSubject(ctx, lead, false);
  const headline = ctx.segments.findIndex((s) => s.kind === 'headline');
  if (!person || headline < 0) return null;
  // the headline's words outside its quotations
  // (cut from the last quotation back, so the earlier ones' offsets still hold)
  const parts = found
    .flatMap((f) => f.unit.parts)
    .filter((p) => p.seg === headline)
    .sort((a, b) => b.start - a.start);
  let text = ctx.segments[headline]!.text;
  for (const p of parts) text = text.slice(0, p.start) + text.slice(p.end);
  const surname = person.split(/\s+/).pop()!;
  return text.split(/[^\p{L}'’-]+/u).includes(surname) ? person : null;
}

/** Who a sentence without quotations reports, through its last reporting verb with a named subject. */
function reporterOf(ctx: SpeakerContext, seg: number): string | null {
  const tokens = ctx.tokens[seg]!;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!isReportingVerb(tokens, i) || tokens[i]!.lower.endsWith('ing')) continue;
    // ("More arguments are expected Tuesday.": the subject of a passive is what is reported on, no one reporting;
    // PTC page, blind round 996)
    if (isPassive(tokens, i)) continue;
    // "…, but the important thing was the content, said Mr Thomas.": a tag closing the sentence after a comma has its
    // subject after the verb
    const after = tokens[i - 1]?.lower === ',' ? phraseAfter(tokens, i) : null;
    if (after && (after.to === tokens.length - 1 || /^[.!?]$/.test(tokens[after.to + 1]!.lower))) {
      const tagged = speakerOf(ctx, seg, after);
      if (tagged) return tagged;
    }
    const speaker = subjectOf(ctx, seg, i);
    if (speaker) return speaker;
  }
  return null;
}

// ways a phrase names a person: by name, through a pronoun, a title ("the senator") or a description pointing back
const PERSON_FORMS = new Set(['name', 'pronoun', 'title', 'description']);

/**
 * The person an unquoted sentence's subject names ("Ann Berg, who led the team, also attacked the plan", "The senator
 * released a statement", "He addressed reporters"), if any, or with `anyone` whoever it names ("The ministry"); none
 * for the subject of a passive ("Tom Reyes was arrested"), who is acted on.
 */
function namedSubject(ctx: SpeakerContext, seg: number, anyone: boolean): string | null {
  const tokens = ctx.tokens[seg]!;
  const np = sentenceSubject(tokens);
  if (!np || isGenericSubject(tokens, np)) return null;
  // "Switzerland, Ireland, France and Israel are all now tied": a list of names is no one speaker
  const next = tokens[np.to + 1]?.lower;
  if ((next === ',' || next === 'and') && tokens[np.to + 2]?.pos === 'PROPN') return null;
  // "Finnan's normal position is right-back": a thing of someone's is not who speaks next
  if (
    np.to > np.from &&
    tokens.slice(np.from, np.to).some(isPossessiveMark) &&
    tokens[np.to]!.pos === 'NOUN'
  )
    return null;
  let verb = np.to + 1;
  while (tokens[verb] && tokens[verb]!.pos !== 'VERB' && verb - np.to < 4) verb++;
  // (an inflected verb after "be": "was blunt", read as a verb, is no passive)
  const main = tokens[verb];
  if (main?.pos === 'VERB' && main.lemma !== main.lower && isPassive(tokens, verb)) return null;
  const speaker = speakerOf(ctx, seg, np);
  return anyone || PERSON_FORMS.has(ctx.form) ? speaker : null;
}

/** Finds every quoted span per sentence, typed speech or term, with the speaker the article names (or null). */
export function findQuotes(segments: Segment[]): Quote[][] {
  primeTokens(segments);
  const tokens = segments.map(sentenceTokens);
  const ctx: SpeakerContext = {
    segments,
    tokens,
    quoted: tokens.map((t) => t.map(() => false)),
    people: new People(lowerCaseWords(segments, tokens)),
    form: 'phrase',
    // set here though empty: a field added later changes the object's hidden class, and every read of the context
    // (ctx.tokens[seg], a few hundred per sentence) would then see two classes
    inside: undefined,
    lastQuoted: undefined,
  };
  const paired = pairQuotes(segments);
  quotedMask(ctx, paired);
  const carriedOn = new Set(paired.flatMap((u) => (u.continues ? [u.continues] : [])));
  const units = paired.filter((u) => !insideAnother(u, carriedOn));
  // headlines are in title case, so their capitalised words are no evidence of names
  // … except a common given name before a capitalised word, a full name the body may give only as "Mr. Roe"
  // "The mayor at the opening. Image: Jane Doe.": a picture's credit names who took it, nobody in the story, so
  // a "she said" after it is not hers
  segments.forEach((s, i) => {
    if (s.kind === 'headline') ctx.people.addHeadline(tokens[i]!, s.text);
    else if (s.kind !== 'caption' || !isPictureCredit(s.text))
      ctx.people.addSentence(i, tokens[i]!, s.text, ctx.quoted[i]!);
  });
  ctx.people.settleOffices((word) => {
    const whole = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u');
    return segments.some((s) => s.kind === 'body' && whole.test(s.text));
  });
  segments.forEach((s, i) => {
    if (s.kind === 'body') ctx.people.addQuotedForms(i, tokens[i]!, s.text, ctx.quoted[i]!);
  });
  segments.forEach((_, i) => registerGroups(ctx, i));
  const found = units.map((u) => {
    ctx.inside = namedInside(ctx, u);
    const f = decide(ctx, u);
    ctx.inside = undefined;
    if (f.type === 'speech' && f.speaker && u.closeAt >= 0)
      ctx.lastQuoted = { speaker: f.speaker, seg: u.closeSeg, at: u.closeAt };
    return f;
  });
  const quotedIn = new Set(units.flatMap((u) => u.parts.map((p) => p.seg)));
  inherit(
    found,
    segments,
    (seg) => (quotedIn.has(seg) ? null : reporterOf(ctx, seg)),
    (seg, anyone) => (quotedIn.has(seg) ? null : namedSubject(ctx, seg, anyone)),
    (seg) => (quotedIn.has(seg) ? null : pointedBackSpeaker(ctx, seg)),
    (seg) => (quotedIn.has(seg) ? null : issuerOf(ctx, seg)),
    (seg) => namedSubject(ctx, seg, false),
    (f) => !!governingCue(ctx, f.unit)?.speaker,
  );
  // (after the body's speakers are settled: a headline's quotation may take the speaker of the same words there)
  headlineSpeakers(found, segments, (seg) => {
    const quotedSpeaker = found.find((f) => f.unit.openSeg === seg && f.speaker)?.speaker;
    return (
      reporterOf(ctx, seg) ??
      accordingTo(ctx, seg)?.speaker ??
      quotedSpeaker ??
      headlinedSubject(ctx, seg, found) ??
      null
    );
  });
  shareSentence(found);
  describedThenNamed(found, (seg) =>
    seg >= segments.length || quotedIn.has(seg) ? null : reporterOf(ctx, seg),
  );
  joinCoordinated(found, segments);
  governingFill(ctx, found);
  shareCarriedBack(found);
  leadTextSpeakers(ctx, found);
  canonicalSpeakers(ctx, found);
  const learned = learnedSpeakers(ctx, found);
  const out: Quote[][] = segments.map(() => []);
  for (const f of found) {
    for (const p of f.unit.parts) {
      const text = segments[p.seg]!.text.slice(p.start, p.end);
      const quote: Quote = { text, start: p.start, end: p.end, type: f.type, speaker: f.speaker };
      if (f.type === 'speech') {
        quote.speakerBasis = f.basis;
        quote.speakerConfidence = speakerConfidence(f.basis, f.speaker);
        const probability = learned.get(f);
        if (probability !== undefined) quote.speakerProbability = probability;
      }
      out[p.seg]!.push(quote);
    }
  }
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * "The department has said it “…”" after "the Department of Justice": a description opening its sentence with a
 * capital "The" is still a description, so the body it names is looked for before any name it seems to be part of.
 * Null when it names none.
 */
function describedBody(ctx: SpeakerContext, speaker: string): string | null {
  if (!/^The \p{Ll}/u.test(speaker)) return null;
  const body = namedBodyOfDescription(ctx, speaker);
  return body === speaker ? null : body;
}
