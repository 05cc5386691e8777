import { MODAL_VERBS } from '../../lexicon/auxiliaries.ts';
import { afterInfinitiveTo } from '../../grammar/infinitive.ts';
import { isPersonNoun } from '../../grammar/person-noun.ts';
import { RELATIVE_WORDS } from '../../lexicon/function-words.ts';
import { CLAUSE_STANCE_ADJECTIVES } from '../../lexicon/stance-adjectives.ts';
import { inSideClause } from '../../grammar/side-clause.ts';
import { isDash } from '../../grammar/spaced-dashes.ts';
import { innerHyphen, isPossessiveMark, startsUpper, type Token } from '../../grammar/token.ts';
import { firstFrom, lastBy } from '../../grammar/token-search.ts';
import type { QuoteUnit } from '../units.ts';
import {
  QUOTE_TAG_VERBS,
  QUOTED_AS_ACTS,
  REPORTING_VERBS,
  SPEECH_NOUNS,
} from '../../lexicon/reporting-verbs.ts';
import { perceivedSpeaker, witnessedSpeaker } from '../../grammar/witnessed-speaking.ts';
import {
  ANONYMOUS_HEADS,
  LAY_PEOPLE,
  ORG_WORDS,
  PARTY_MEMBERS,
  TITLES,
  isTitle,
} from '../../lexicon/people.ts';
import { OCCUPATIONS } from '../../lexicon/occupations.ts';
import { isPassive, isReportingVerb } from '../../grammar/verbs.ts';
import {
  authorOf,
  npEndingAt,
  phraseAfter,
  possessor,
  type Phrase,
  isQuoteChar,
} from '../../grammar/phrases.ts';
import { namedLater, speakerOf, subjectOf } from './speaker.ts';
import { quotedAsSaying, quotedObject, relayedSource, withoutMarks } from './intermediary.ts';
import { asSaidClause } from '../../grammar/as-said-clause.ts';
import { COURT_TEXTS } from './description.ts';
import { describedAfterTag, describedBeforeTag } from './description-phrase.ts';
import { personName } from '../../grammar/names.ts';
import { isSpeakingText } from '../../grammar/document-author.ts';
import { ISSUING, SPEAKING_TEXTS, TEXT_VERBS } from '../../lexicon/speaking-texts.ts';
import { QUOTED_OBJECT_VERBS } from '../../lexicon/quoted-object-verbs.ts';
import type { SpeakerContext, SpeakerHit } from './context.ts';
import { sentenceSubject } from '../../grammar/subjects.ts';
import { reportingSubject, withApposition } from '../../grammar/reporter.ts';
import { UTTERING_FORMS } from '../../lexicon/uttering-verbs.ts';
import { quotedNameClose } from '../../grammar/quoted-name.ts';
import { DIRECTIVE_NOUNS } from '../../lexicon/directive-nouns.ts';
import { INFERENCE_VERBS } from '../../lexicon/subject-verbs.ts';
import { canSpeak } from '../../grammar/can-speak.ts';
import { TIME_LEAD, TIME_WORD } from '../../lexicon/subject-pieces.ts';
import { LOWER_START } from '../../grammar/letters.ts';
import { BELIEVING, CHARGING } from '../../lexicon/verb-classes.ts';
import { ASSERTING_VERBS } from '../../lexicon/reporting-verbs.ts';

const BELIEVING_VERBS: ReadonlySet<string> = new Set(BELIEVING);

// verbs that tie a quotation to their subject only right beside it: tags ("Johnson continued, ‘…’") and verbs whose
// quoted object is the subject's words ("thanked “the crews for their courage”")
const BESIDE_VERBS: ReadonlySet<string> = new Set([...QUOTE_TAG_VERBS, ...QUOTED_OBJECT_VERBS]);

// Where "according to" stands outside quotes, per sentence: asked once per quotation, so found once per sentence.
// Keyed by the sentence's quoted mask, which each quote search makes afresh.
const according = new WeakMap<boolean[], number[]>();

function accordingAt(tokens: Token[], quoted: boolean[]): number[] {
  let found = according.get(quoted);
  if (!found) {
    found = [];
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to' && !quoted[i])
        found.push(i);
    according.set(quoted, found);
  }
  return found;
}

/** `"…," X said` / `"…," said X` / `"…," he declared` right after the closing mark. */
export function rightTag(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  if (unit.closeAt < 0) return null;
  const seg = unit.closeSeg;
  const tokens = ctx.tokens[seg]!;
  // the first token after the closing mark (-1 when none: nothing follows it)
  let first = firstFrom(tokens, unit.closeAt + 1);
  if (first === tokens.length) first = -1;
  while (
    first >= 0 &&
    first < tokens.length &&
    tokens[first]!.pos === 'PUNCT' &&
    !isQuoteChar(tokens[first]!.lower)
  )
    first++;
  if (first < 0) return null;
  const hit = tagFrom(ctx, seg, first);
  if (hit) return hit;
  // "“…,” the party informed the press.", "“…,” she smiled.": after words closed by a comma, a short subject and any
  // finite verb ending the sentence make a tag, whether or not the verb is one of saying
  const text = ctx.segments[seg]!.text;
  const comma = /,\s*$/.test(text.slice(Math.max(0, unit.closeAt - 2), unit.closeAt));
  if (!comma && text[unit.closeAt + 1] !== ',') return null;
  return anyVerbTag(ctx, seg, first) ?? nameOnlyTag(ctx, seg, first);
}

/**
 * `"…," said Economic and Fiscal Policy Minister Heizo Takenaka.` (BBC, blind round 1041): a title of capitalised
 * words joined by "and" runs on to the name after it; the phrase read up to "and" is extended to that name. `np`
 * unchanged when no such title follows it.
 */
function titleWithAnd(tokens: Token[], text: string, np: Phrase | null): Phrase | null {
  if (!np || tokens[np.to + 1]?.lower !== 'and' || !startsUpper(text, tokens[np.to + 2])) return np;
  if (!startsUpper(text, tokens[np.from]!)) return np;
  let end = np.to + 2;
  while (startsUpper(text, tokens[end + 1]) && tokens[end + 1]!.pos !== 'PUNCT') end++;
  const whole = { from: np.from, to: end };
  const name = personName(tokens, text, whole);
  // (a title between "and" and the name: "Smith and Jones" are two people)
  return name && name.to === end && name.from > np.to + 2 ? whole : np;
}

/**
 * Whether a person's name, capitalised titles allowed before it ("Mayor of London Sadiq Khan"), follows the verb at `r`
 * and then the quotation opens again, a bracket opens or the sentence ends.
 */
function nameThenQuote(ctx: SpeakerContext, seg: number, r: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  let k = r + 1;
  while (
    k < tokens.length &&
    k - r <= 6 &&
    ((tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k])) ||
      (/^(?:of|for)$/.test(tokens[k]!.lower) && startsUpper(text, tokens[k + 1])))
  )
    k++;
  if (k === r + 1) return false;
  const next = tokens[k]?.lower ?? '.';
  const reopens = isQuoteChar(next) && !!ctx.quoted[seg]![k + 1];
  // (closing the sentence, only after a verb that always utters and a name in full: 'His party "instinctively"
  // understood Britain.' has no tag)
  const closes = (next === '(' || /^[.!?]$/.test(next)) && UTTERING_FORMS.has(tokens[r]!.lower);
  const name = reopens || closes ? personName(tokens, text, { from: r + 1, to: k - 1 }) : null;
  return !!name && name.to === k - 1 && (reopens || name.to > name.from);
}

/**
 * `"…," Mr Bootle.`, `"…," AG Edwards' Thayer.`: a tag whose verb the copy lost, a person's name alone closing the
 * sentence after the words, still names who said them.
 */
function nameOnlyTag(ctx: SpeakerContext, seg: number, first: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  let end = tokens.length - 1;
  if (/^[.!?]$/.test(tokens[end]?.lower ?? '')) end--;
  if (end < first || end - first > 5) return null;
  // (every word a name's, capitalised or a possessive: "retired on Monday." is no tag)
  const text = ctx.segments[seg]!.text;
  for (let k = first; k <= end; k++)
    if (!startsUpper(text, tokens[k]!) && !isPossessiveMark(tokens[k]) && tokens[k]!.lower !== "'")
      return null;
  const np: Phrase = { from: first, to: end };
  const name = personName(tokens, text, np);
  if (!name || name.to !== end) return null;
  return { speaker: speakerOf(ctx, seg, name), seg, cue: end, how: 'tag' };
}

const SUBJECT_WORDS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ']);

/** `the party informed the press.` from token `first`: a subject of up to five words, a finite verb, then no verb. */
function anyVerbTag(ctx: SpeakerContext, seg: number, first: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  // ("“…,” which he defined as hostility toward Jews": a relative clause on the words, no tag; PTC page, blind round
  // 1025)
  if (/^(?:which|who|whom|whose|that)$/.test(tokens[first]?.lower ?? '')) return null;
  let k = first;
  // (a past tense after the subject may be tagged an adjective: "the party informed")
  const pastRead = (t: Token) => t.pos === 'ADJ' && t.lower.endsWith('ed');
  // (… and a named owner's possessive: "“…,” J Street's statement read.", PTC page, blind round 1033; "the group's
  // statement" is left to the description's own reading)
  const owner = (j: number) => isPossessiveMark(tokens[j]) && tokens[j - 1]?.pos === 'PROPN';
  while (
    k < tokens.length &&
    k - first < 5 &&
    (SUBJECT_WORDS.has(tokens[k]!.pos) || (k > first && owner(k))) &&
    !(k > first && pastRead(tokens[k]!))
  )
    k++;
  const verb = tokens[k];
  if (k === first || !verb || verb.lower.endsWith('ing')) return null;
  if (verb.pos !== 'VERB' && !pastRead(verb)) return null;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteChar(t.lower) || ctx.quoted[seg]![j])
      return null;
  }
  // `"…," The Christian Science Monitor quoted Ned Foley, a law professor.`: the one quoted speaks, not the one
  // quoting, "as saying" or not
  const quoted = quotedObject(tokens, ctx.segments[seg]!.text, k);
  return {
    speaker: speakerOf(ctx, seg, quoted ?? { from: first, to: k - 1 }),
    seg,
    cue: k,
    how: 'tag',
  };
}

/**
 * `the "less painful" option, our correspondent added`: a quotation closing on a word (no comma or stop inside its
 * closing mark) right before a lower-case noun is part of the phrase that goes on, so no tag starts there.
 */
function modifiedNounAfter(ctx: SpeakerContext, seg: number, first: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const close = tokens[first - 1];
  const next = tokens[first];
  if (!close || !next || !isQuoteChar(close.lower)) return false;
  const text = ctx.segments[seg]!.text;
  if (/[,.!?;:]/.test(text[close.start - 1] ?? '')) return false;
  if (next.pos !== 'NOUN' || !LOWER_START.test(text[next.start] ?? '')) return false;
  // (`"We will appeal" lawyers said`: a verb of saying right after the noun makes it the tag's subject after all)
  for (let k = first + 1; k <= first + 3 && k < tokens.length; k++)
    if (isReportingVerb(tokens, k, QUOTE_TAG_VERBS)) return false;
  return true;
}

/**
 * 'instead of the "bonfire of quangos" New Labour had promised, there had been …': a quotation opened right after an
 * article and closing on a word is a noun phrase's, and the clause after it, with no comma between, is a relative
 * clause on that phrase ("the bonfire that New Labour had promised"), no tag of who said the words.
 */
function relativeOnPhrase(ctx: SpeakerContext, seg: number, first: number): boolean {
  if (!closesOnWord(ctx, seg, first)) return false;
  const tokens = ctx.tokens[seg]!;
  let open = first - 2;
  while (open >= 0 && !isQuoteChar(tokens[open]!.lower)) open--;
  if (open <= 0 || !/^(?:the|a|an)$/.test(tokens[open - 1]!.lower)) return false;
  // (… and the sentence goes on after that clause's verb: in 'It was a "disgrace" the minister said.' the verb closes
  // the sentence, a tag whose comma was left out)
  for (let r = first; r < tokens.length && r < first + 8; r++)
    // (… nor a verb that a comma and a quotation follow: 'Spokesperson of the "Refuge" Dimitri Verdonck said, "…"')
    if (isReportingVerb(tokens, r, QUOTE_TAG_VERBS))
      return tokens[r + 1]?.lower === ',' && !isQuoteChar(tokens[r + 2]?.lower ?? '');
  return false;
}

/** Whether the verb at `i` is the verb of a relative clause on a quoted phrase just before it (`relativeOnPhrase`). */
function inRelativeOnQuote(ctx: SpeakerContext, seg: number, i: number): boolean {
  const tokens = ctx.tokens[seg]!;
  let k = i - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  const subjectEnd = k;
  while (k >= 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k--;
  return (
    k < subjectEnd && k >= 0 && isQuoteChar(tokens[k]!.lower) && relativeOnPhrase(ctx, seg, k + 1)
  );
}

/** Whether the quotation closing right before token `first` closes on a word, with no mark of its own inside. */
function closesOnWord(ctx: SpeakerContext, seg: number, first: number): boolean {
  const close = ctx.tokens[seg]![first - 1];
  if (!close || !isQuoteChar(close.lower)) return false;
  return /[\p{L}\p{N}]/u.test(ctx.segments[seg]!.text[close.start - 1] ?? '');
}

// how far after a quotation a tag's verb may stand: "Laah Chong-gyu, executive director of Korea Development Bank - one
// of the firm's creditors - said" puts 17 words between
const TAG_REACH = 24;

/**
 * A tag starting at token `first` of sentence `seg`: `said X`, `X said`, `he declared`, `X, the …, said`; null when a
 * quotation, a full stop or a semicolon comes before any tag verb.
 */
export function tagFrom(ctx: SpeakerContext, seg: number, first: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  // `… “growing older and whiter,” as The New York Times reports.`, `“uniting the party,” as he claimed`: an
  // as-clause right after the words, with its subject, tags them like a plain tag
  // (… its verb one of saying: "“Mr. A” as the international investigation continued" tells when)
  // (… but "Koch said the notion was “a blood libel”, as the Associated Press reported": a verb of saying before the
  // words is theirs, the as-clause names who passed them on)
  if (
    tokens[first]?.lower === 'as' &&
    /^(?:DET|PROPN|PRON)$/.test(tokens[first + 1]?.pos ?? '') &&
    sayingAhead(tokens, first + 1) &&
    !saidBefore(ctx, seg, first)
  )
    first++;
  if (modifiedNounAfter(ctx, seg, first) || relativeOnPhrase(ctx, seg, first)) return null;
  const appositions = nameBeforeAppositions(ctx, seg, first);
  if (appositions) return appositions;
  for (let r = first; r < Math.min(tokens.length, first + TAG_REACH); r++) {
    const t = tokens[r]!;
    // `"…," Maria Lopez of "Voters First," a watchdog, said`: a quoted name inside the tag's subject is stepped over
    const name = isQuoteChar(t.lower) ? quotedNameClose(tokens, ctx.segments[seg]!.text, r) : -1;
    if (name > 0) {
      r = name;
      continue;
    }
    const stop = t.lower === ';' || (t.lower === '.' && !isAbbreviationDot(ctx, seg, r));
    if (isQuoteChar(t.lower) || stop || ctx.quoted[seg]![r]) return null;
    if (
      !isReportingVerb(tokens, r, QUOTE_TAG_VERBS) &&
      !(r === first && (textSpeaks(tokens, r) || invertedAfterComma(ctx, seg, r)))
    )
      continue;
    // 'has attacked "false" and "desperate" US tabloid magazines, questioning …': words closing on a bare word go on
    // into the phrase after them, so a verb several words on tags nothing
    if (
      (r > first + 3 || tokens[r - 1]!.lower === ',') &&
      r > first &&
      closesOnWord(ctx, seg, first)
    )
      return null;
    // 'he expected "a modest economic upswing" to continue': an infinitive after the quotation tags nothing
    if (r > first && afterInfinitiveTo(tokens, r)) return null;
    // `"…," a senior official, who spoke on condition of anonymity, said.`: a verb inside a relative clause
    // belongs to the clause, not to the tag
    if (inRelative(tokens, first, r)) continue;
    // `"…," AP quoted prosecutor Russell McGuire as saying.`: the one quoted speaks, not the one quoting
    const relayed = QUOTED_AS_ACTS.has(t.lower) && r > first ? quotedAsSaying(tokens, r - 1) : null;
    if (relayed) return { speaker: speakerOf(ctx, seg, relayed), seg, cue: r, how: 'tag' };
    // "…", calling it a "…": a participle after the quote goes back to the sentence subject; only a finite verb
    // inverts ("…", said Smith)
    if (r === first && t.lower.endsWith('ing'))
      return { speaker: subjectOf(ctx, seg, r), seg, cue: r, how: 'tag-participle' };
    if (r === first) {
      // ('"…," director Paolo Azzoni at Milan investment bank <ABK Spa>, told Reuters.': a tag never opens on "told",
      // whose phrase after it is who heard the words; the subject stands before the comma, Reuters-21578, round 1274)
      if (t.lemma === 'tell') return null;
      // 'His party "instinctively" understood the "new liberal Britain"': a quotation closing on a bare word goes on
      // into the sentence, so a verb after it other than "said" has its object after it, not its subject
      // (… unless a name closes the tag or hands back to the quotation: '"We stand ready" tweeted Johnson "to
      // provide …"', '"I am in awe …" tweeted Mayor of London Sadiq Khan (no relation).', Wikinews, rounds 1658, 1662)
      if (t.lemma !== 'say' && closesOnWord(ctx, seg, first) && !nameThenQuote(ctx, seg, r))
        return null;
      // `"…," said Prescott, Ball and Turben analyst Bruce Lazier.`: a firm's name with commas, "and" or brackets in it,
      // then a title and the name that ends the sentence (Reuters-21578 rounds 1133, 1137)
      const titled = titledNameAfterFirm(tokens, ctx.segments[seg]!.text, r);
      if (titled) return { speaker: speakerOf(ctx, seg, titled), seg, cue: r, how: 'tag' };
      const bare = titleWithAnd(
        tokens,
        ctx.segments[seg]!.text,
        withoutTrailingTime(
          tokens,
          ctx.segments[seg]!.text,
          phraseAfter(tokens, r) ?? modifiedPhrase(tokens, r),
        ),
      );
      const np =
        bare && describedAfterTag(tokens, withComplement(tokens, jointOwner(tokens, bare)));
      if (!np) return null;
      // `"…," said Dover University's chancellor, Tom Reyes.`: the name closing the tag is the speaker
      // (… whatever the phrase before it: `"…," claimed his Sudanese counterpart, Deng Alor.` is no claim of a
      // counterpart)
      const named = appositiveName(ctx, seg, np);
      if (named) return { speaker: named, seg, cue: r, how: 'tag' };
      // ('"…," wrote one reviewer in Rolling Stone magazine.': after a quotation opening the sentence, with nothing of
      // the clause before it, the phrase after the verb is its subject, whatever it names; BBC round 659)
      const opening = tokens
        .slice(0, first)
        .every((x, k) => ctx.quoted[seg]![k] || x.pos === 'PUNCT');
      if (!opening && isObject(ctx, seg, np, t.lemma)) return null;
      // ('The trade paper, citing "sources both within GM and on the outside," said GM plans to build …', round 1513:
      // after a quotation set inside the sentence, a verb with a clause after it reports that clause, its subject the
      // sentence's own before the quotation)
      if (!opening && clauseAfterPhrase(tokens, np))
        return { speaker: subjectOf(ctx, seg, r), seg, cue: r, how: 'tag' };
      return {
        speaker: namedLater(ctx, seg, np) ?? speakerOf(ctx, seg, np),
        seg,
        cue: r,
        how: 'tag',
      };
    }
    // `“…!” the man is heard saying on camera` (PTC page, blind round 1037): one heard or caught saying the words
    // said them
    const witnessed = r > first ? witnessedSpeaker(tokens, r, first) : null;
    if (witnessed && witnessed.from === first)
      return { speaker: speakerOf(ctx, seg, witnessed), seg, cue: r, how: 'tag' };
    // (… and so did one a video shows saying them: "“…,” the video showed Tlaib telling supporters", BASIL round 1800)
    const perceived = r > first ? perceivedSpeaker(tokens, r, first) : null;
    if (perceived) return { speaker: speakerOf(ctx, seg, perceived), seg, cue: r, how: 'tag' };
    let end = r - 1;
    // (a comma the copy set between the tag's subject and its verb closes nothing: '"…," director Paolo Azzoni at
    // Milan investment bank <ABK Spa>, told Reuters.', Reuters-21578, round 1274)
    if (tokens[end]!.lower === ',' && end > first) end--;
    while (end >= first && (tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'AUX')) end--;
    if (end < first) {
      // ("Kirchner, described by Wikipedia as “a Peronist …”, might defend Zanon": a verb under a modal goes on with
      // the sentence around the quotation; no tag says anything with a modal)
      if (tokens.slice(first, r).some((x) => MODALS.has(x.lower))) return null;
      return { speaker: subjectOf(ctx, seg, r), seg, cue: r, how: 'tag' };
    }
    const np: Phrase = { from: first, to: end };
    // (`“…,” a pledge he has often repeated.`: a noun and a pronoun after it open a relative clause on the words, no
    // tag; blind round 963)
    if (tokens[end]!.pos === 'PRON' && tokens[end - 1]?.pos === 'NOUN' && end - 1 >= first)
      return null;
    // `a “continuing stream” of information suggesting …`: words that go on with "of" continue the quoted phrase, so
    // no tag follows it
    if (tokens[first]!.lower === 'of') return null;
    const continued = continuedSpeaker(ctx, seg, np, t.lemma);
    if (continued) return { speaker: continued, seg, cue: r, how: 'tag' };
    const described = describedBeforeTag(tokens, np);
    if (described) return { speaker: speakerOf(ctx, seg, described), seg, cue: r, how: 'tag' };
    const ok = tokens.slice(first, end + 1).every(
      (x) =>
        ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART'].includes(x.pos) ||
        x.lower === 'of' ||
        x.lower === 'from' ||
        // ("director Paolo Azzoni at Milan investment bank <ABK Spa>": where someone works, as "of" and "from")
        x.lower === 'at' ||
        x.lower === '-',
    );
    if (ok) return { speaker: speakerOf(ctx, seg, np), seg, cue: r, how: 'tag' };
    // "Anna Berg, the chief executive of Nordbank, said", "a lawyer for the family told reporters"
    // … "two people familiar with the discussions said"
    if (!['PROPN', 'NOUN', 'DET', 'PRON', 'ADJ', 'NUM'].includes(tokens[first]!.pos)) return null;
    const subject = reportingSubject(tokens, ctx.segments[seg]!.text, r, first);
    return subject
      ? { speaker: speakerOf(ctx, seg, subject), seg, cue: r, how: 'tag-subject' }
      : null;
  }
  return null;
}

// verbs by which a speaker carries on: "“…,” he added"
const CARRYING_ON = new Set(['add', 'continue']);

/**
 * Whether a verb of saying outside quotation marks stands before token `first` of the sentence; with `active`, only
 * one that is not passive ("was told" reports nothing its subject said).
 */
function saidBefore(ctx: SpeakerContext, seg: number, first: number, active = false): boolean {
  const tokens = ctx.tokens[seg]!;
  for (let k = 0; k < first; k++)
    if (!ctx.quoted[seg]![k] && isReportingVerb(tokens, k) && !(active && isPassive(tokens, k)))
      return true;
  return false;
}

/** Whether the first verb a few words from `k` is one of saying, not of carrying on or believing ("as he claimed"). */
function sayingAhead(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 8; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB') continue;
    // (a belief is no tag: "not as “dramatic” as Mr Renner believed" compares)
    return (
      (QUOTE_TAG_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lemma)) &&
      !CARRYING_ON.has(t.lemma) &&
      !BELIEVING.includes(t.lemma)
    );
  }
  return false;
}

/**
 * `“…,” Mitsotakis said. “…,” he added.`: "he added" carries on the speaker quoted just before in the paragraph when
 * nobody else was named in between, even when the pronoun alone would reach someone whose sex is better known.
 */
function continuedSpeaker(
  ctx: SpeakerContext,
  seg: number,
  np: Phrase,
  lemma: string,
): string | null {
  const last = ctx.lastQuoted;
  const word = ctx.tokens[seg]![np.from]!;
  if (!last || np.from !== np.to || !/^(?:he|she)$/.test(word.lower) || !CARRYING_ON.has(lemma))
    return null;
  if (ctx.segments[last.seg]!.paragraph !== ctx.segments[seg]!.paragraph) return null;
  if (!ctx.people.continues(word.lower, last.speaker, last.seg, last.at, seg, word.start))
    return null;
  ctx.form = 'pronoun';
  return last.speaker;
}

/**
 * "“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor" (blind round 807), "“Move back,”
 * ordered a sergeant": a verb in the past right after words closed on a comma, its subject after it, inverts a tag
 * whatever verb it is — the comma inside the marks leaves the words waiting for one.
 */
function invertedAfterComma(ctx: SpeakerContext, seg: number, r: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const t = tokens[r]!;
  const close = tokens[r - 1];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !close || !isQuoteChar(close.lower))
    return false;
  if (ctx.segments[seg]!.text[close.start - 1] !== ',') return false;
  return /^(?:PROPN|DET)$/.test(tokens[r + 1]?.pos ?? '');
}

/** `"…," reads a press release from the caucus`: a verb of reading before a text that speaks. */
function textSpeaks(tokens: Token[], r: number): boolean {
  const np = tokens[r]!.lemma === 'read' ? phraseAfter(tokens, r) : null;
  return !!np && isSpeakingText(tokens, np);
}

const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// verbs that pronounce a finding on what follows them: "The inquiry found the council “failed in its duty”"
// prepositions that join a complement inside an object: "Johnson's advice to the Queen", "the use of force"
const OBJECT_LINKS = new Set(['of', 'to', 'for']);
const FINDING = new Set([
  'find',
  'rule',
  'deem',
  'judge',
  'declare',
  'hold',
  'conclude',
  'determine',
]);

/**
 * "The judge decided, according to the summary, “that the law …”": a source set off by commas between a verb of
 * deciding or finding and a quotation that opens on "that" only says where the words were read; the verb's subject
 * said them (the intermediary is not the speaker).
 */
function viaSource(ctx: SpeakerContext, unit: QuoteUnit, i: number, beside: number): boolean {
  const tokens = ctx.tokens[unit.openSeg]!;
  const t = tokens[i]!;
  if (!(FINDING.has(t.lemma) || t.lemma === 'decide') || tokens[i + 1]?.lower !== ',') return false;
  if (tokens[i + 2]?.lower !== 'according' || tokens[i + 3]?.lower !== 'to') return false;
  if (!placePhrase(tokens, i + 3, beside)) return false;
  return /^["“‘']\s*that\b/i.test(ctx.segments[unit.openSeg]!.text.slice(unit.openAt));
}

/**
 * "The report found the council “failed in its duty”", "the court found the law “vague”": a verb of finding, then its
 * object (a short noun phrase), then the quotation, which completes the finding in the finder's words.
 */
function findingOn(tokens: Token[], i: number, beside: number): boolean {
  const t = tokens[i]!;
  if (!FINDING.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'ADJ') || beside <= i) return false;
  if (beside - i > 8 || tokens[beside + 1]?.pos !== 'PUNCT') return false;
  for (let k = i + 1; k <= beside; k++) {
    const w = tokens[k]!;
    if (!PHRASE_WORDS.has(w.pos) && w.pos !== 'PART' && !OBJECT_LINKS.has(w.lower)) return false;
  }
  return true;
}

/**
 * The verb whose object the phrase ending before `at` opens ("issued [the following statement]", "opposed [Hale's
 * statement]"): the nearest word before it over determiners, adjectives, nouns and names, if it is a verb; else -1.
 */
function governingVerb(tokens: Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && k > at - 6 && (PHRASE_WORDS.has(tokens[k]!.pos) || tokens[k]!.pos === 'PART'))
    k--;
  // (the tagger reads "following" in "the following statement" as a verb)
  while (k >= 0 && tokens[k]!.lower === 'following') k--;
  while (k >= 0 && tokens[k]!.pos === 'DET') k--;
  return k >= 0 && tokens[k]!.pos === 'VERB' ? k : -1;
}

/**
 * Whether tokens from..to are one prepositional phrase ("in the majority opinion", "in part", "on Twitter"), so a
 * verb before it still stands beside what follows.
 */
function placePhrase(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || tokens[from]!.pos !== 'ADP' || tokens[from]!.lower === 'of') return false;
  for (let k = from + 1; k <= to; k++) if (!PHRASE_WORDS.has(tokens[k]!.pos)) return false;
  return true;
}

/**
 * "The decree signed by the governor read “…”", "The league's statement yesterday read “…”": a verb a text speaks with
 * ("read", "state"), right before the quotation, after a sentence subject that is a text, ties the quotation to the
 * text and so to its author, although "read" alone reports nothing.
 */
function textReads(ctx: SpeakerContext, seg: number, i: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !TEXT_VERBS.has(t.lemma)) return false;
  const np = sentenceSubject(tokens);
  if (!np || np.to >= i) return false;
  // (a time word the tagger read into the phrase is no head: "The league's statement yesterday read")
  let to = np.to;
  while (to > np.from && (TIME_WORD.test(tokens[to]!.lower) || TIME_LEAD.has(tokens[to]!.lower)))
    to--;
  // … a court's text ("The opinion of the Court … read in part") speaks for the court, found by `speakerOf`
  const court =
    tokens[np.from]!.lower === 'the' && COURT_TEXTS.has(tokens[np.from + 1]?.lower ?? '');
  return court || isSpeakingText(tokens, { from: np.from, to });
}

/**
 * The text a participle "reading" goes on from: a sign, a banner or a letter right before it, maybe past a comma and
 * a short phrase of place ("a banner over Seaside Park reading, “…”"). Null when no text stands there.
 */
function textReading(tokens: Token[], i: number): Phrase | null {
  if (tokens[i]!.lower !== 'reading') return null;
  let end = i - 1;
  if (tokens[end]?.lower === ',') end--;
  for (let k = end; k > 0 && k >= end - 6; k--) {
    if (tokens[k]!.pos !== 'ADP') continue;
    const np = npEndingAt(tokens, k - 1, 0);
    if (np && SPEAKING_TEXTS.has(tokens[np.to]!.lower)) return np;
    break;
  }
  const np = npEndingAt(tokens, end, 0);
  return np && SPEAKING_TEXTS.has(tokens[np.to]!.lower) ? np : null;
}

/**
 * "The executive order states “…”": a lower-case verb of a text in -s right before the quotation, after a noun, that
 * the tagger read as a plural noun.
 */
function verbReadAsNoun(ctx: SpeakerContext, seg: number, i: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return (
    t.pos === 'NOUN' &&
    /[^s]s$/.test(t.lower) &&
    TEXT_VERBS.has(t.lemma) &&
    LOWER_START.test(ctx.segments[seg]!.text.slice(t.start)) &&
    !!prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.lower === ',')
  );
}

/**
 * `"…," Tom Hale (R-Ky.) told`, `Ana Ruiz, D-Calif., said`: a full stop right after a short capitalised word inside
 * the sentence abbreviates it (a state, a title); it ends no tag.
 */
function isAbbreviationDot(ctx: SpeakerContext, seg: number, r: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const word = tokens[r - 1];
  if (!word || word.end !== tokens[r]!.start || r === tokens.length - 1) return false;
  return /^\p{Lu}\p{Ll}{0,4}$/u.test(ctx.segments[seg]!.text.slice(word.start, word.end));
}

/**
 * `"…," added Ernst and Young's Sanjay Mehta`: a firm named with "and" before a possessive is one owner, so the phrase
 * runs on to the name after it.
 */
function jointOwner(tokens: Token[], np: Phrase): Phrase {
  if (tokens[np.to + 1]?.lower !== 'and') return np;
  const rest = phraseAfter(tokens, np.to + 1);
  if (!rest || !tokens.slice(rest.from, rest.to).some((t) => isPossessiveMark(t))) return np;
  return { from: np.from, to: rest.to };
}

/** Whether only "it" and a comma or a colon stand between the verb at `verb` and token `last` ("described it,"). */
function closesAt(tokens: Token[], verb: number, last: number): boolean {
  let k = verb + 1;
  if (tokens[k]?.lower === 'it') k++;
  return k === last && /^[,:]$/.test(tokens[k]!.lower);
}

/** Whether the verb at `i` is an infinitive after a common noun that names no person ("decision to announce"). */
function actNounInfinitive(tokens: Token[], i: number): boolean {
  const to = tokens[i - 1];
  const noun = tokens[i - 2];
  if (to?.lower !== 'to' || to.pos !== 'PART' || noun?.pos !== 'NOUN') return false;
  // (one act, owned or definite: not "used a speech to say", a text said through, nor "led viewers to complain")
  const owned =
    isPossessiveMark(tokens[i - 3]) ||
    /^(?:the|his|her|its|their)$/.test(tokens[i - 3]?.lower ?? '');
  const one = noun.lower;
  return (
    owned &&
    !one.endsWith('s') &&
    !SPEECH_NOUNS.has(one) &&
    !TITLES.has(one) &&
    !ANONYMOUS_HEADS.has(one) &&
    !OCCUPATIONS.has(one) &&
    !ORG_WORDS.has(one)
  );
}

/** Whether the verb at `i` is an infinitive after a thing's noun and "is" or "was" ("his reaction was to wonder"). */
function predicateInfinitive(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 3];
  return (
    afterInfinitiveTo(tokens, i) &&
    /^(?:is|was)$/.test(tokens[i - 2]?.lower ?? '') &&
    noun?.pos === 'NOUN' &&
    !isPersonNoun(noun.lower) &&
    !ORG_WORDS.has(noun.lower)
  );
}

/** Whether the verb at `i` is a gerund whose subject, a short name or noun, follows a preposition ("of Trump disclosing"). */
function gerundAfterPreposition(tokens: Token[], i: number): boolean {
  if (!tokens[i]!.lower.endsWith('ing')) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && /^(?:PROPN|NOUN|PRON)$/.test(tokens[k]!.pos)) k--;
  return (
    k < i - 1 && tokens[k]?.pos === 'ADP' && /^(?:of|about|over|at|by)$/.test(tokens[k]!.lower)
  );
}

/**
 * True when the quotation opening at `openAt` says what the speech noun at `i`, right before it, is: it opens on "is",
 * "was", "are" or "were".
 */
function saidOfNoun(tokens: Token[], i: number, beside: number, openAt: number): boolean {
  if (beside !== i) return false;
  let k = firstFrom(tokens, openAt + 1);
  while (k < tokens.length && isQuoteChar(tokens[k]!.lower)) k++;
  const first = tokens[k];
  return first?.lemma === 'be' && /^(?:is|was|are|were)$/.test(first.lower);
}

/** The nearest reporting verb or possessive speech noun before the opening mark ("Sheinbaum reiterated that ‘…’"). */
export function leftCue(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  const before = lastBy(tokens, unit.openAt);
  // "As Thomas Mann of the Brookings Institution has described it, “…”": an as-clause of saying opening the sentence,
  // closed right before the words, names who said them
  const as = tokens[0]?.lower === 'as' ? asSaidClause(tokens, 0) : null;
  if (as && closesAt(tokens, as.verb, before))
    return { speaker: speakerOf(ctx, seg, as.np), seg, cue: as.verb, how: 'verb' };
  let i = pastAside(ctx, seg, before);
  const colon = tokens[i]?.lower === ':';
  let beside = i;
  while (beside >= 0 && tokens[beside]!.pos === 'PUNCT') beside--;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    // "… justified the strike as “defensive” in nature: “…”": a quoted word inside the clause before a colon does
    // not end the search, the clause still introduces its subject's words
    if (ctx.quoted[seg]![i] || isQuoteChar(t.lower)) {
      if (colon) break;
      return null;
    }
    // "Johnson continued, ‘…’": a tag verb counts only right beside the quotation
    // "Justice Ana Ruiz declared in the majority opinion, “…”", "The ruling read in part, “…”": a phrase of where or
    // how between the verb and the quotation leaves the verb beside it
    const near = i === beside || (i > beside - 6 && placePhrase(tokens, i + 1, beside));
    // "a plane towed a banner over Seaside Park reading, “Tell Gov Christie: …”": what a text reads is the text's
    const read = near ? textReading(tokens, i) : null;
    if (read) return { speaker: speakerOf(ctx, seg, read), seg, cue: i, how: 'verb' };
    const textVerb =
      (i === beside && verbReadAsNoun(ctx, seg, i)) ||
      (near && textReads(ctx, seg, i)) ||
      findingOn(tokens, i, beside) ||
      viaSource(ctx, unit, i, beside);
    // "Trotter seemed unconvinced that ankle-bracelets were an “accepted way …”": a stance held of a clause holding
    // the quotation is its holder's, like a verb of believing
    if (
      !near &&
      CLAUSE_STANCE_ADJECTIVES.has(t.lower) &&
      tokens[i + 1]?.lower === 'that' &&
      (t.pos === 'ADJ' || t.pos === 'VERB')
    ) {
      const speaker = subjectOf(ctx, seg, i);
      if (speaker) return { speaker, seg, cue: i, how: 'verb-far' };
    }
    // "Belgian prime minister Charles Michel spoke about sending “an ultimatum”" (PTC page, blind round 1005): words
    // quoted in what someone spoke or talked about are that speaker's, though the talk only names its topic
    if (
      !near &&
      t.pos === 'VERB' &&
      (t.lemma === 'speak' || t.lemma === 'talk') &&
      tokens[i + 1]?.lower === 'about' &&
      beside - i <= 8 &&
      !isPassive(tokens, i)
    ) {
      const speaker = subjectOf(ctx, seg, i);
      if (speaker) return { speaker, seg, cue: i, how: 'verb-far' };
    }
    // "the Australian Federal Police has charged and arrested 23 men … of “trading images …”": the wording of a
    // charge, right after its "with" or "of", is the charger's
    if (
      !near &&
      t.pos === 'VERB' &&
      CHARGING.includes(t.lemma) &&
      /^(?:with|of)$/.test(tokens[beside]?.lower ?? '') &&
      beside - i <= 10 &&
      !isPassive(tokens, i)
    )
      return { speaker: subjectOf(ctx, seg, i), seg, cue: i, how: 'verb-far' };
    if (textVerb || isReportingVerb(tokens, i, near ? BESIDE_VERBS : undefined)) {
      if (!textVerb && foretold(ctx, seg, i)) continue;
      // "the U.S. economy was likely to continue “at best being a sluggish mixture …”" (Reuters-21578, round 1492): a
      // tag verb in the infinitive or after a modal, the quotation its complement with no comma or colon between, is
      // no tag; the search goes on to the verb of saying before it ("Medlin noted that")
      if (!textVerb && infinitiveTagVerb(tokens, i)) continue;
      // ('the "bonfire of quangos" New Labour had promised, there had been an "explosion"': a verb of the relative
      // clause on a quoted phrase before says nothing of the words after it)
      if (!textVerb && inRelativeOnQuote(ctx, seg, i)) continue;
      // "Kosachev told reporters when asked about the plan: “…”": "when asked" is a passive cut short, whose one
      // asked is the clause's subject; the verb before it tells who speaks, not the reporters before "when"
      if (
        t.lower === 'asked' &&
        /^(?:when|if|after|once|while|as)$/.test(tokens[i - 1]?.lower ?? '')
      )
        continue;
      // "Gordon Brown's decision to announce the date … was a “sensible thing to do”, … Mr Balls told the BBC": a
      // verb of saying in the infinitive after a noun of an act completes the noun; no one says anything through it
      if (!textVerb && !near && actNounInfinitive(tokens, i)) continue;
      // … and so does one after a noun and "was": "He said his first reaction was to wonder if he was victim of a
      // “set-up”" (BBC, blind round 1084)
      if (!textVerb && !near && predicateInfinitive(tokens, i)) continue;
      // "Petrov said the result showed the government had “lost its majority”": a result that shows is no one
      // speaking, so the search goes on to the verb before it
      if (!textVerb && inferredByThing(ctx, seg, i)) continue;
      // "He said share issues raise sensitive questions: “…”": a verb inside what someone said, its subject a thing
      // that cannot speak, leaves the words to the one saying (Reuters-21578, round 1198)
      if (!textVerb && !near && thingInsideReport(ctx, seg, i)) continue;
      // "Zuma claimed Britain believed Africa is “barbaric”": a belief told inside someone's claim is put in the
      // claimant's words, so the search goes on to the verb of saying before it
      if (!textVerb && !near && heldInsideClaim(ctx, seg, i)) continue;
      // "Hamilton said while the Church opposes it, they stand against homophobia and “…”": a verb in a side clause
      // closed before the quotation is passed over for the verb of saying before it
      if (!textVerb && !near && inSideClause(tokens, i, beside)) continue;
      // "Zakharova said the report of Trump disclosing classified material was “another fake”": a gerund after a
      // preposition and its own subject names an act talked about; the search goes on to the verb of saying before it
      if (!textVerb && !near && gerundAfterPreposition(tokens, i)) continue;
      // a verb right beside the quotation ties it more surely than one several words before it
      const how = beside - i <= 2 || near ? 'verb' : 'verb-far';
      // "GovExec quotes a “Senate aide” as saying: “…”": the one quoted speaks, not the one quoting
      // … and "Radio North reported, quoting the harbour master, that …"
      const relayed =
        (QUOTED_AS_ACTS.has(t.lower) ? quotedAsSaying(tokens, i - 1) : null) ??
        relayedSource(tokens, ctx.segments[seg]!.text, { from: i, to: i });
      if (relayed) return { speaker: withoutMarks(speakerOf(ctx, seg, relayed)), seg, cue: i, how };
      if (!isPassive(tokens, i)) return { speaker: subjectOf(ctx, seg, i), seg, cue: i, how };
      let by = -1;
      for (let k = i + 1; k < i + 4 && k < tokens.length && by < 0; k++)
        if (tokens[k]!.lower === 'by') by = k;
      // ("charge him … for proclaiming victory before results were announced and for “publishing …”": a passive with
      // no agent, away from the quotation, names no one; the walk goes on to the verb of saying before it)
      if (by < 0 && !near) continue;
      const np = by >= 0 ? phraseAfter(tokens, by) : null;
      return { speaker: np ? speakerOf(ctx, seg, np) : null, seg, cue: i, how: 'verb-passive' };
    }
    // "an order by Admiral Jane Roe directing units to “…”": the agent of an order or a statement speaks
    if (
      t.pos === 'NOUN' &&
      (SPEECH_NOUNS.has(t.lower) || DIRECTIVE_NOUNS.has(t.lower)) &&
      tokens[i + 1]?.lower === 'by'
    ) {
      const agent = phraseAfter(tokens, i + 1);
      if (agent && agent.to < beside)
        return { speaker: speakerOf(ctx, seg, agent), seg, cue: i, how: 'speech-noun' };
    }
    // "The palace issued the following statement from the queen: “…”": a text put out "from" its author, as the object
    // of a verb of putting out, gives the words to the author, not to whoever put it out
    if (
      t.pos === 'NOUN' &&
      tokens[i + 1]?.lower === 'from' &&
      (SPEECH_NOUNS.has(t.lower) || SPEAKING_TEXTS.has(t.lower)) &&
      ISSUING.has(tokens[governingVerb(tokens, i)]?.lemma ?? '')
    ) {
      const author = phraseAfter(tokens, i + 1);
      if (author && author.to <= beside)
        return { speaker: speakerOf(ctx, seg, author), seg, cue: i, how: 'speech-noun' };
    }
    if (t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lower)) {
      // "told VOA that the ministry’s claim “is patently false”": words that say what the claim is are said of it,
      // not in it, so the search goes on to the verb of saying before it (AEB page of Polygraph, blind round 917)
      // ("His argument is “electability”": after the verb, the words may be the argument's own)
      if (saidOfNoun(tokens, i, beside, unit.openAt)) continue;
      const prev = tokens[i - 1];
      const owner = isPossessiveMark(prev) ? possessor(tokens, i - 1) : null;
      // "Ana Ruiz opposed Tom Hale's statement: “…”": the words after are the subject's answer to the statement,
      // unless the verb puts the statement out ("read out Hale's statement")
      const verb = owner ? governingVerb(tokens, owner.from) : -1;
      if (owner && verb >= 0 && !ISSUING.has(tokens[verb]!.lemma)) continue;
      if (owner) return { speaker: speakerOf(ctx, seg, owner), seg, cue: i, how: 'speech-noun' };
      // "It issued a statement that “The Bank of Korea will not change …”", "The club released a statement saying
      // “…”": a text the subject puts out, its words right after it, is the subject's (blind round 643)
      const issuing = !owner && beside - i <= 2 ? governingVerb(tokens, i) : -1;
      if (issuing >= 0 && ISSUING.has(tokens[issuing]!.lemma) && !isPassive(tokens, issuing))
        return { speaker: subjectOf(ctx, seg, issuing), seg, cue: i, how: 'speech-noun' };
      // (… and "Gibbs called her remarks “offensive”": "her remarks" as the object of a verb that does not put them
      // out are what the subject judges, the judging words the subject's)
      const pronounVerb = prev?.pos === 'PRON' ? governingVerb(tokens, i - 1) : -1;
      if (pronounVerb >= 0 && !ISSUING.has(tokens[pronounVerb]!.lemma)) continue;
      if (prev && prev.pos === 'PRON' && /^(his|her)$/.test(prev.lower)) {
        ctx.form = 'pronoun';
        return {
          speaker: ctx.people.resolvePronoun(
            prev.lower === 'his' ? 'he' : 'she',
            seg,
            prev.start,
            ctx.inside,
          ),
          seg,
          cue: i,
          how: 'speech-noun',
        };
      }
    }
  }
  // "… made the following announcement: ‘…’": the clause before the colon introduces its subject's words
  // … and a bare name before the colon labels the words after it: "Jane Roe: “We are not done.”"
  const label = npEndingAt(tokens, beside, 0);
  // … "Deputy Director of the Navy for Research Ana Lopez: “…”": a long title with no verb labels them too
  const whole = colon && beside > 0 && !hasVerb(tokens, 0, beside) ? { from: 0, to: beside } : null;
  const text = ctx.segments[seg]!.text;
  const named =
    label?.from === 0 && personName(tokens, text, label)
      ? label
      : whole && personName(tokens, text, whole)
        ? whole
        : null;
  const lead = colon || clauseLead(ctx, unit, beside);
  const subject = lead
    ? capitalRun(tokens, ctx.segments[seg]!.text, sentenceSubject(tokens))
    : null;
  const own = subject && !ctx.quoted[seg]!.slice(subject.from, subject.to + 1).some(Boolean);
  // … after a comma or a semicolon only a subject with its own verb before the mark leads the quotation in
  const ok = own && (colon || hasVerb(tokens, subject.to + 1, beside));
  // (the whole title first: the subject alone may keep its last words, "Air Force Communications Tom Reyes")
  const titledName = whole && personName(tokens, text, whole)?.titled ? whole : null;
  // ("Rodriguez heard an officer yell: “Come down!”": the one heard speaks, perceivedSpeaker; the tagger may read
  // "officer yell" as one noun)
  const said = tokens[beside];
  const perceived =
    colon &&
    (said?.pos === 'VERB' || said?.pos === 'NOUN') &&
    (QUOTE_TAG_VERBS.has(said.lemma) || REPORTING_VERBS.has(said.lemma))
      ? perceivedSpeaker(tokens, beside, 0)
      : null;
  const np =
    perceived ?? (colon ? (titledName ?? (ok ? subject : null) ?? named) : ok ? subject : null);
  const how = colon ? 'colon' : 'clause';
  return np ? { speaker: speakerOf(ctx, seg, np), seg, cue: np.to, how } : null;
}

/**
 * "a spokesman for 10 Downing Street expressed regret": the tagger reads "Downing" as a verb, which cuts the subject
 * at "10"; capitalised words right after a phrase still belong to the name it ends in.
 */
function capitalRun(tokens: Token[], text: string, np: Phrase | null): Phrase | null {
  if (!np) return null;
  let to = np.to;
  while (tokens[to + 1]?.pos !== 'PUNCT' && startsUpper(text, tokens[to + 1])) to++;
  return to === np.to ? np : { from: np.from, to };
}

const CAPITAL_QUOTE = /^["“”‘’'«»]\s*\p{Lu}/u;
const SENTENCE_END = /^[\s.!?"”’'»)]*$/;

/**
 * "Mayor Tom Reyes, also on Twitter, defended his choice, “As I said before, …”", "… expressed regret; “The council
 * needs …”": a clause that ends in a comma or a semicolon, with no reporting verb, still leads in its subject's words
 * when those words open with a capital and run to the end of the sentence (or on past it), as direct speech does.
 */
function clauseLead(ctx: SpeakerContext, unit: QuoteUnit, beside: number): boolean {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  const mark = tokens[lastBy(tokens, unit.openAt)]?.lower;
  if ((mark !== ',' && mark !== ';') || beside < 2) return false;
  const text = ctx.segments[seg]!.text;
  if (!CAPITAL_QUOTE.test(text.slice(unit.openAt))) return false;
  if (unit.closeSeg !== seg || unit.closeAt < 0) return true;
  return SENTENCE_END.test(text.slice(unit.closeAt + 1));
}

/** Whether a verb stands among tokens from..to ("defended his choice"), so they are a clause and not the subject. */
function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/**
 * "Ann Berg commented on the plan — which the paper called a rare step — “…”": an aside between dashes right before
 * the quotation is no part of the clause leading into it, so its verb ("called") is passed over. Returns the token
 * before the aside's opening dash, or `i` when no such aside ends at `i`.
 */
function pastAside(ctx: SpeakerContext, seg: number, i: number): number {
  const tokens = ctx.tokens[seg]!;
  if (i < 0 || !isDash(tokens[i])) return i;
  for (let k = i - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (ctx.quoted[seg]![k] || isQuoteChar(t.lower)) return i;
    if (isDash(t)) return k - 1;
  }
  return i;
}

const MODALS = new Set([
  'would',
  'will',
  'could',
  'might',
  'may',
  'can',
  'should',
  'must',
  "'d",
  "'ll",
]);

/**
 * "Reyes added the audit would show the accounts were “clean”": a verb of saying under a modal, inside what a verb of
 * saying before it reports, tells what someone else is expected to say; the words are the reporter's, so the walk goes
 * on to that verb. True when a modal stands right before the verb at `i` (over adverbs) and an unquoted reporting
 * verb stands earlier in the sentence.
 */
function foretold(ctx: SpeakerContext, seg: number, i: number): boolean {
  const tokens = ctx.tokens[seg]!;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  return k >= 0 && MODALS.has(tokens[k]!.lower) && saidBefore(ctx, seg, k, true);
}

/** "according to X" anywhere outside quotes in the sentence. */
export function accordingTo(ctx: SpeakerContext, seg: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  for (const i of accordingAt(tokens, ctx.quoted[seg]!)) {
    let bare = phraseAfter(tokens, i + 1, true);
    if (!bare) continue;
    // "according to the Daily Morning Herald": a capitalised body word the tagger read as a verb ends the name
    const next = tokens[bare.to + 1];
    const text = ctx.segments[seg]!.text;
    if (
      next?.pos === 'VERB' &&
      ORG_WORDS.has(next.lower) &&
      startsUpper(text, next) &&
      startsUpper(text, tokens[bare.to])
    )
      bare = { from: bare.from, to: bare.to + 1 };
    // "according to media and PR strategist Glen Yearwood": two describing nouns joined by "and" before the name
    const joined = describedName(tokens, text, bare);
    if (joined) return { speaker: speakerOf(ctx, seg, joined), seg, cue: i, how: 'according-to' };
    const np = withApposition(tokens, ctx.segments[seg]!.text, withComplement(tokens, bare));
    // "According to the Daily Post, quoting an army spokesman, …": the spokesman speaks
    const source = relayedSource(tokens, text, np) ?? authorOf(tokens, np);
    return { speaker: speakerOf(ctx, seg, source), seg, cue: i, how: 'according-to' };
  }
  return null;
}

/**
 * "media and PR strategist Glen Yearwood": a phrase of lower-case describing words joined by "and", then a person's
 * name closing it, names that person. Null for anything else.
 */
function describedName(tokens: Token[], text: string, np: Phrase): Phrase | null {
  if (tokens[np.to + 1]?.lower !== 'and') return null;
  let end = np.to + 2;
  while (end < tokens.length && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[end]!.pos)) end++;
  const run: Phrase = { from: np.from, to: end - 1 };
  if (run.to <= np.to + 1) return null;
  const name = personName(tokens, text, run);
  return name && name.to === run.to && name.from > np.to + 1 && name.to > name.from ? name : null;
}

/**
 * `said Dover University's chancellor, Tom Reyes.`, `said University of Dover, Kent's chancellor, Tom Reyes.`: when the
 * phrase after an inverted tag names no person, a person's name after its last comma, closing the sentence, does.
 */
function appositiveName(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  if (personName(tokens, text, np)) return null;
  let end = np.to + 1;
  // (`said Trump's adviser, H.R. McMaster, who also told reporters …`: a relative clause after the name ends it)
  while (
    end < tokens.length &&
    !/^[.;!?]$/.test(tokens[end]!.lower) &&
    !ctx.quoted[seg]![end] &&
    !(tokens[end]!.lower === ',' && /^(?:who|whose)$/.test(tokens[end + 1]?.lower ?? ''))
  )
    end++;
  // (`"…," said his father, Abdullah Kurdi, following the ceremony.`: the name set off by commas right after the
  // phrase, whatever follows it; Wikinews, blind round 1655)
  if (tokens[np.to + 1]?.lower === ',') {
    let close = np.to + 2;
    while (close < end && tokens[close]!.lower !== ',') close++;
    const first = close < end ? apposedName(ctx, seg, { from: np.to + 2, to: close - 1 }) : null;
    if (first) return first;
  }
  if (end - np.to > 12) return null;
  let comma = end - 1;
  while (comma > np.to && tokens[comma]!.lower !== ',') comma--;
  if (comma <= np.to) return null;
  return apposedName(ctx, seg, { from: comma + 1, to: end - 1 });
}

/** The person named by the whole of `run`, capitalised titles allowed before the name; null otherwise. */
function apposedName(ctx: SpeakerContext, seg: number, run: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  let last = run;
  // (where the person is from may close the tag: "said the panel’s top Democrat, Rep. Tom Lantos of California.",
  // WikinewsSum source, blind round 861)
  for (let k = last.from + 1; k < last.to; k++)
    if (fromPlace(tokens, k, last.to)) last = { from: last.from, to: k - 1 };
  const name = last.from <= last.to ? personName(tokens, text, last) : null;
  // ("…, Labour MP Barry Sheerman.", "…, Sir Anthony Greener.": capitalised titles may stand before the name)
  if (!name || name.to !== last.to) return null;
  for (let k = last.from; k < name.from; k++) if (!startsUpper(text, tokens[k]!)) return null;
  return speakerOf(ctx, seg, name);
}

// how far after the quotation a verb of saying may close appositions set off by commas (nameBeforeAppositions)
const APPOSITION_REACH = 40;

/**
 * `"…," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and
 * co-author of the study, said in a statement.` (AEB pages of Live Science and Space.com, blind rounds 877 and 880): a
 * name opening the tag, then appositions set off by commas right up to a verb of saying, with no other verb among
 * them, names the speaker, however far the places in the appositions carry the verb (past TAG_REACH). Null otherwise.
 */
function nameBeforeAppositions(ctx: SpeakerContext, seg: number, first: number): SpeakerHit | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  let end = first;
  // (a title's words may be tagged a verb: "study lead author Lucas Paganini")
  // (… and a hyphen joining two pieces of a name: "Abdel Halim Nur el-Din, an Egyptian professor of antiquities and
  // former chairman of …, said", Dragnet page of the New York Times, blind round 945)
  const titleWord = (k: number): boolean =>
    /^(?:PROPN|NOUN|ADJ)$/.test(tokens[k]?.pos ?? '') ||
    (tokens[k]?.pos === 'VERB' && tokens[k + 1]?.pos === 'NOUN') ||
    (tokens[k]?.lower === '-' && innerHyphen(tokens, k) && titleWord(k + 1));
  while (titleWord(end + 1)) end++;
  if (tokens[end + 1]?.lower !== ',') return null;
  let relative = false;
  for (let r = end + 2; r < Math.min(tokens.length, first + APPOSITION_REACH); r++) {
    const t = tokens[r]!;
    const stop = /^[;:]$/.test(t.lower) || (t.lower === '.' && !isAbbreviationDot(ctx, seg, r));
    if (ctx.quoted[seg]![r] || isQuoteChar(t.lower) || stop) return null;
    // ("the mayor of a town that lost its library,": a relative clause's verb is the apposition's own)
    if (t.lower === ',') relative = false;
    else if (t.lower === 'that' || RELATIVE_WORDS.has(t.lower)) relative = true;
    if (relative || !/^(?:VERB|AUX|PRON)$/.test(t.pos)) continue;
    if (
      tokens[r - 1]!.lower !== ',' ||
      r === end + 2 ||
      !isReportingVerb(tokens, r, QUOTE_TAG_VERBS)
    )
      return null;
    const name = personName(tokens, text, { from: first, to: end });
    if (!name || name.to !== end || name.to === name.from) return null;
    return { speaker: speakerOf(ctx, seg, name), seg, cue: r, how: 'tag-subject' };
  }
  return null;
}

/** Whether tokens from..to are "of" or "from" and a place's name ("of California", "from New South Wales"). */
function fromPlace(tokens: Token[], from: number, to: number): boolean {
  if (!/^(?:of|from)$/.test(tokens[from]?.lower ?? '') || to <= from) return false;
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return true;
}

// the days a tag may name right after its verb, as wire copy writes them ("said Wednesday that …")
const DAY_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)$/;

/** `said Nugoroho today`: a lower-case time word closing the tag is when, not who ("said USA Today" is a name). */
function withoutTrailingTime(tokens: Token[], text: string, np: Phrase | null): Phrase | null {
  if (!np) return null;
  // ('Kirby, who called the deletion a "glitch," said Wednesday that he …': a day alone after the verb is when, and
  // no one speaks in it; blind round 605)
  if (np.from === np.to && DAY_NAME.test(tokens[np.from]!.lower)) return null;
  let to = np.to;
  while (to > np.from && TIME_WORD.test(tokens[to]!.lower) && !startsUpper(text, tokens[to]!)) to--;
  return to === np.to ? np : { from: np.from, to };
}

/** Whether the verb at `r` stands in a relative clause opened after `first` and not yet closed by a comma. */
function inRelative(tokens: Token[], first: number, r: number): boolean {
  for (let k = r - 1; k >= first; k--) {
    const lower = tokens[k]!.lower;
    if (lower === ',') return false;
    if (lower === 'who' || lower === 'which' || lower === 'whom') return true;
    // (`"…," a woman who lives near the plant said.`: a verb after the clause's own closes it)
    if (tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * `"…," said lead author David Livermore.`: the tagger reads "lead" as a verb, which leaves no noun phrase after the
 * tag; a lower-case verb-tagged word right before a noun phrase modifies it.
 */
function modifiedPhrase(tokens: Token[], r: number): Phrase | null {
  const word = tokens[r + 1];
  if (!word || word.pos !== 'VERB' || word.lower.endsWith('ing')) return null;
  const rest = phraseAfter(tokens, r + 1);
  return rest ? { from: r + 1, to: rest.to } : null;
}

/**
 * "according to a person familiar with the matter", `said a spokesman for Roe`: an adjective that needs its
 * complement, or an unnamed source's employer after "for", belongs to the phrase naming the speaker.
 */
function withComplement(tokens: Token[], np: Phrase): Phrase {
  const head = tokens[np.to]!;
  const link = tokens[np.to + 1]?.lower ?? '';
  const needs =
    (head.pos === 'ADJ' && /^(?:with|to|about|on)$/.test(link)) ||
    (ANONYMOUS_HEADS.has(head.lower) && link === 'for');
  const rest = needs ? phraseAfter(tokens, np.to + 1) : null;
  return rest ? { from: np.from, to: rest.to } : np;
}

/**
 * `John Doe, whom Jane Roe called “unfit,” denied the claims.`: after a verb other than "say", a phrase whose head is
 * a thing ("the claims") is the verb's object, not an inverted speaker ("…," added the spokesman).
 */
function isObject(ctx: SpeakerContext, seg: number, np: Phrase, lemma: string): boolean {
  if (lemma === 'say' || isSpeakingText(ctx.tokens[seg]!, np)) return false;
  const tokens = ctx.tokens[seg]!;
  const head = tokens[np.to]!;
  if (head.pos !== 'NOUN' || personName(tokens, ctx.segments[seg]!.text, np)) return false;
  const word = head.lower;
  return ![TITLES, ANONYMOUS_HEADS, ORG_WORDS, PARTY_MEMBERS, LAY_PEOPLE, OCCUPATIONS].some(
    (list) => list.has(word),
  );
}

/**
 * A verb of believing or showing at `verb` inside the clause of a verb of saying or asserting earlier in its sentence
 * ("Zuma claimed Britain believed …", "Mugabe claimed the current results show that he will have a ‘sweeping
 * victory’"): the claimant's words.
 */
function heldInsideClaim(ctx: SpeakerContext, seg: number, verb: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const lemma = tokens[verb]!.lemma;
  if (!BELIEVING_VERBS.has(lemma) && !INFERENCE_VERBS.has(lemma)) return false;
  for (let k = verb - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (ctx.quoted[seg]![k] || isQuoteChar(t.lower) || /^[;:]$/.test(t.lower)) return false;
    if (t.pos === 'VERB' && ASSERTING_VERBS.has(t.lemma)) return true;
  }
  return false;
}

/** True for an inference verb ("show", "indicate") whose subject is a thing that cannot speak ("the result"). */
function inferredByThing(ctx: SpeakerContext, seg: number, verb: number): boolean {
  const tokens = ctx.tokens[seg]!;
  if (!INFERENCE_VERBS.has(tokens[verb]!.lemma)) return false;
  const np = reportingSubject(tokens, ctx.segments[seg]!.text, verb);
  return !!np && np.to < verb && !canSpeak(tokens, np);
}

/**
 * True for a verb other than one of saying ("raise", not "say": "which the communique said were …" is the text's
 * own) whose subject is a thing that cannot speak, inside the clause of a verb of saying before it.
 */
function thingInsideReport(ctx: SpeakerContext, seg: number, verb: number): boolean {
  const tokens = ctx.tokens[seg]!;
  const lemma = tokens[verb]!.lemma;
  if (lemma === 'say' || lemma === 'tell' || QUOTE_TAG_VERBS.has(lemma)) return false;
  const np = reportingSubject(tokens, ctx.segments[seg]!.text, verb);
  if (!np || np.to >= verb || canSpeak(tokens, np)) return false;
  for (let k = np.from - 1; k >= 0; k--)
    if (tokens[k]!.pos === 'VERB' && isReportingVerb(tokens, k) && !ctx.quoted[seg]![k])
      return true;
  return false;
}

// the words that may stand inside a firm's name before a title: "James Capel and Co", "Jardine Fleming (Securities)
// Ltd", "Prescott, Ball and Turben"
const FIRM_JOINS = new Set([',', 'and', '&', '(', ')', 'of', '-']);

/**
 * After the verb of a tag at `verb`: capitalised words of a firm, with commas, "and" or brackets among them, then a
 * title ("analyst") and a name of two words or more that closes the sentence. The name's phrase, or null.
 */
function titledNameAfterFirm(tokens: Token[], text: string, verb: number): Phrase | null {
  let k = verb + 1;
  let joined = false;
  while (k < tokens.length && k <= verb + 10) {
    const t = tokens[k]!;
    if (FIRM_JOINS.has(t.lower)) joined = true;
    else if (!startsUpper(text, t)) break;
    k++;
  }
  const title = tokens[k];
  if (
    !joined ||
    k === verb + 1 ||
    !title ||
    startsUpper(text, title) ||
    !isTitle(title.lower, false)
  )
    return null;
  let end = k + 1;
  while (end < tokens.length && tokens[end]!.pos === 'PROPN' && startsUpper(text, tokens[end]))
    end++;
  if (end - (k + 1) < 2 || !/^[.,;]$/.test(tokens[end]?.lower ?? '.')) return null;
  return { from: k + 1, to: end - 1 };
}

/** A verb that tags a quotation only beside it ("continued"), here after "to" or a modal, a quotation right after it. */
function infinitiveTagVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!QUOTE_TAG_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lemma)) return false;
  if (!isQuoteChar(tokens[i + 1]?.lower ?? '')) return false;
  const before = tokens[i - 1]?.lower ?? '';
  return before === 'to' || MODAL_VERBS.has(before);
}

/** Whether a finite verb, or "to" and a verb, follows the phrase: it is a clause's subject, not a tag's. */
function clauseAfterPhrase(tokens: Token[], np: Phrase): boolean {
  const next = tokens[np.to + 1];
  if (!next) return false;
  if (next.pos === 'AUX') return true;
  if (next.pos === 'VERB') return !/(?:ing|ed)$/.test(next.lower) || next.lower === 'said';
  return next.lower === 'to' && tokens[np.to + 2]?.pos === 'VERB';
}
