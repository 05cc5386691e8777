import { basedPlace } from '../../grammar/based-place.ts';
import { isPersonNoun } from '../../grammar/person-noun.ts';
import { isCommonGivenName } from '../../lexicon/given-names.ts';
import { HOMETOWN_PEOPLE, SUBJECT_EPITHETS } from '../../lexicon/occupations.ts';
import { SENT_TEXTS, SPEAKING_TEXTS } from '../../lexicon/speaking-texts.ts';
import {
  npEndingAt,
  phraseAfter,
  phraseText,
  possessor,
  type Phrase,
  isQuoteChar,
} from '../../grammar/phrases.ts';
import { BARE_DAY, DATE_NAME } from '../../lexicon/subject-pieces.ts';
import { isPostNominal, personName } from '../../grammar/names.ts';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/function-words.ts';
import { sentenceSubject } from '../../grammar/subjects.ts';
import {
  describedByWho,
  reportingSubject,
  whoAntecedent,
  withApposition,
} from '../../grammar/reporter.ts';
import { quotedNameOpen } from '../../grammar/quoted-name.ts';
import { documentAuthor, isSpeakingText } from '../../grammar/document-author.ts';
import { isPossessiveMark, startsUpper, type Token } from '../../grammar/token.ts';
import { frontedPassive } from '../../grammar/fronted-passive.ts';
import { perceivedSpeaker, witnessedSpeaker } from '../../grammar/witnessed-speaking.ts';
import { unclosedApposition } from '../../grammar/unclosed-apposition.ts';
import { closesApposition } from '../../grammar/closed-apposition.ts';
import { coordinateSubject } from '../../grammar/coordinate-subject.ts';
import { coordinatedReportSubject } from '../../grammar/coordinated-report.ts';
import { HONORIFICS } from '../../lexicon/name-shapes.ts';
import { isLegalForm } from '../../lexicon/abbreviations.ts';
import { INDEFINITE, restrictiveClauseEnd } from './description-phrase.ts';
import {
  ANONYMOUS_HEADS,
  HONORIFIC_GENDER,
  ORG_WORDS,
  PARTY_MEMBERS,
  TITLES,
} from '../../lexicon/people.ts';
import { MADE_TEXTS, MAKING_VERBS, TEXT_PARTS } from '../../lexicon/speaking-texts.ts';
import { isReportingVerb } from '../../grammar/verbs.ts';
import { channelOwner, describedSpeaker } from './description.ts';
import { bodyByKind } from './body-reference.ts';
import { isGenericSubject } from '../../grammar/generic.ts';
import { isTagPronoun, taggedClauseStart } from '../../grammar/tag-pronoun.ts';
import type { SpeakerContext, SpeakerForm } from './context.ts';
import { relayedSource } from './intermediary.ts';
import { DEMONYMS } from '../../lexicon/demonyms.ts';
import { RELAYING_VERBS } from '../../lexicon/relaying-verbs.ts';
import { SPEECH_NOUNS } from '../../lexicon/reporting-verbs.ts';
import { DOCUMENT_NOUNS } from '../../lexicon/documents.ts';
import { makerBefore } from './earlier-text.ts';
import { namedDocument } from './named-document.ts';
import { nameKey } from './forms.ts';
import { NAMING_LINKS } from './body-name.ts';
import { URGING } from '../../lexicon/verb-classes.ts';
import { LOWER_START, UPPER_START } from '../../grammar/letters.ts';

// kinds of outlet written after an outlet's name ("the China Daily newspaper")
const OUTLET_KINDS = new Set([
  'newspaper',
  'paper',
  'magazine',
  'website',
  'site',
  'daily',
  'weekly',
]);

const NAMING = new Set(['pseudonym', 'named', 'called', 'name', 'alias']);
// texts in which a speaker puts their own words (not a report or a study, which may be someone else's)
const OWN_WORDS = new Set([
  'statement',
  'message',
  'post',
  'tweet',
  'letter',
  'email',
  'note',
  'video',
]);

// pieces of work that report what their makers found: "Ann Berg's study of the river concluded"
const WORKS = new Set([
  'analysis',
  'study',
  'survey',
  'research',
  'review',
  'findings',
  'investigation',
  'assessment',
  'audit',
  'poll',
  'report',
  'paper',
]);

/**
 * The owner of a piece of work named with a possessive ("the Daily Planet's recent survey of its readers" → "the
 * Daily Planet"): the work's head comes after a few describing words, and "of" after it names its topic, not its
 * author. Null for anything else ("Ann Berg's lawyer" is the lawyer).
 */
function workOwner(tokens: Token[], np: Phrase): Phrase | null {
  for (let k = np.from + 1; k < np.to && k - np.from < 8; k++) {
    if (!isPossessiveMark(tokens[k])) continue;
    let head = k + 1;
    while (head < np.to && tokens[head + 1]!.lower !== 'of' && head - k < 4) head++;
    if (!WORKS.has(tokens[head]!.lower)) return null;
    return possessor(tokens, k);
  }
  return null;
}

/**
 * "said the report" pointing back to "a World Bank report": a text the article named by its author speaks for the
 * author, as "an EPA press release" does (`grammar/document-author.ts`). The author's capitalised words, or null.
 */
function textAuthor(described: string): string | null {
  const m = /^(?:an?|the|one)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+)+)(\p{Ll}+)$/u.exec(described);
  return m && SPEAKING_TEXTS.has(m[2]!) ? m[1]!.trim() : null;
}

/**
 * The sentence's subject when it is a capitalised name standing before token `at` and no person's ("Continental",
 * "Turkcell"), for an "it" later in the same sentence; else null.
 */
function namedSubjectBefore(tokens: Token[], text: string, at: number): Phrase | null {
  const subject = sentenceSubject(tokens);
  if (!subject || subject.to >= at) return null;
  for (let k = subject.from; k <= subject.to; k++)
    if (tokens[k]!.pos !== 'PROPN' || !startsUpper(text, tokens[k])) return null;
  // a person's name is no "it"
  const name = personName(tokens, text, subject);
  return name && name.to > name.from ? null : subject;
}

// what may stand in a place's or a firm's name between the preposition and the name's last words: "the", capitalised
// words, a possessive, "&" or "and", a hyphen ("Shangri-La's Rasa Sentosa Resort & Spa")
const NAME_JOINERS = new Set(["'s", '’s', '&', 'and', '-', 'the']);

/**
 * "a staff member at Shangri-La's Rasa Sentosa Resort & Spa", "a nurse at the Mercy Hospital": a lower-case noun,
 * "at", then only the words of a name up to the name found at `nameFrom`: that name is where the speaker works, not
 * who speaks ("director of Amnesty International Man-kei Tam" keeps its name: "of" after a title leads to a name).
 */
function worksAt(tokens: Token[], text: string, np: Phrase, nameFrom: number): boolean {
  let k = nameFrom - 1;
  while (k > np.from && (NAME_JOINERS.has(tokens[k]!.lower) || startsUpper(text, tokens[k]!))) k--;
  const head = tokens[k - 1];
  return (
    k > np.from &&
    k < nameFrom - 1 &&
    tokens[k]!.lower === 'at' &&
    head?.pos === 'NOUN' &&
    !startsUpper(text, head)
  );
}

// the words that open where or when something was said, after a name: "in a speech", "at the hearing", "during his visit"
const OCCASION = /^(?:in|at|during)$/;

/**
 * "Conable in a wide-ranging television interview to be shown tomorrow said" (Reuters-21578, round 1599): a name the
 * article gave, then where or when the words were said ("in", "at", "during"), is the speaker without the occasion.
 * The phrase as it came otherwise.
 */
function withoutOccasion(ctx: SpeakerContext, tokens: Token[], np: Phrase): Phrase {
  if (tokens[np.from]!.pos !== 'PROPN') return np;
  let name = np.from;
  while (name < np.to && tokens[name + 1]!.pos === 'PROPN') name++;
  return name < np.to &&
    OCCASION.test(tokens[name + 1]!.lower) &&
    ctx.people.knowsName(nameKey(tokens[name]!.lower))
    ? { from: np.from, to: name }
    : np;
}

/**
 * "Assembly president Richard Ferrand in relaying the news to parliament said, “…”" (Wikinews, blind round 1674): a
 * person's name in full opening the clause, then where or how the words were said ("in", "at", "during", up to ten
 * words with no comma and no finite verb) right before the verb, is the verb's subject. Null otherwise.
 */
function nameBeforeOccasion(
  tokens: Token[],
  text: string,
  verb: number,
  floor: number,
): Phrase | null {
  let prep = verb - 1;
  while (
    prep > floor &&
    verb - prep <= 10 &&
    tokens[prep]!.pos !== 'PUNCT' &&
    !(tokens[prep]!.pos === 'VERB' && !tokens[prep]!.lower.endsWith('ing')) &&
    !OCCASION.test(tokens[prep]!.lower)
  )
    prep--;
  if (prep <= floor + 1 || prep === verb - 1 || !OCCASION.test(tokens[prep]!.lower)) return null;
  if (floor > 0 && tokens[floor - 1]!.lower !== ',') return null;
  // (an occasion opens on an article, a possessive or a gerund and closes on no name: "Longtime Imus in the Morning
  // writer and performer Rob Bartlett tweeted" is a show's name, the person after it)
  const opener = tokens[prep + 1]!;
  const occasion =
    opener.pos === 'DET' ||
    POSSESSIVE_DETERMINERS.has(opener.lower) ||
    (opener.pos === 'VERB' && opener.lower.endsWith('ing'));
  if (!occasion || tokens[verb - 1]!.pos === 'PROPN') return null;
  const np: Phrase = { from: floor, to: prep - 1 };
  const name = personName(tokens, text, np);
  return name && name.to === np.to && name.to > name.from ? np : null;
}

/**
 * "Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety
 * Board, with the latter yesterday confirming …" (Wikinews, blind round 1665): "the latter" or "the former" is the
 * second or the first of two capitalised names joined by "and" before it, in its sentence or the one before. Null for
 * any other phrase, or when no such pair is there.
 */
function pairMember(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  if (np.to !== np.from + 1 || tokens[np.from]!.lower !== 'the') return null;
  const which = tokens[np.to]!.lower;
  if (which !== 'latter' && which !== 'former') return null;
  for (const s of [seg, seg - 1]) {
    const words = ctx.tokens[s];
    if (!words) continue;
    const text = ctx.segments[s]!.text;
    const upper = (k: number) =>
      !!words[k] && startsUpper(text, words[k]) && words[k]!.pos !== 'PUNCT';
    for (let k = (s === seg ? np.from : words.length) - 1; k > 0; k--) {
      if (words[k]!.lower !== 'and' || !upper(k - 1)) continue;
      let second = k + 1;
      if (words[second]?.lower === 'the') second++;
      if (!upper(second)) continue;
      let end = second;
      while (upper(end + 1) || (NAMING_LINKS.has(words[end + 1]?.lower ?? '') && upper(end + 2)))
        end++;
      let start = k - 1;
      while (
        upper(start - 1) ||
        (NAMING_LINKS.has(words[start - 1]?.lower ?? '') && upper(start - 2))
      )
        start--;
      // (a capitalised "The" opening the sentence is no part of the first name)
      if (words[start]!.lower === 'the') start++;
      const [from, to] = which === 'latter' ? [second, end] : [start, k - 1];
      return text.slice(words[from]!.start, words[to]!.end);
    }
  }
  return null;
}

/**
 * Turns a phrase naming a speaker into the speaker string: fullest name, resolved pronoun, or the phrase as written.
 * Records how in `ctx.form`.
 */
export function speakerOf(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  // "Osbourne himself was at a loss to explain it: “…”": an emphatic reflexive after the subject is no part of it
  const tokens = ctx.tokens[seg]!;
  if (np.to > np.from && REFLEXIVES.has(tokens[np.to]!.lower))
    np = { from: np.from, to: np.to - 1 };
  // ("said the National Association of Broadcasters Friday": a day after the name, as wire copy writes it, is when)
  if (np.to > np.from && DATE_NAME.test(tokens[np.to]!.lower))
    np = { from: np.from, to: np.to - 1 };
  // ("He said yesterday's G-7 statement, which affirmed that “current levels” …": a phrase whose day was cut before
  // its possessive mark opens on the noun the day owned, Reuters-21578, round 1352)
  if (np.to > np.from && isPossessiveMark(tokens[np.from])) np = { from: np.from + 1, to: np.to };
  np = withoutOccasion(ctx, tokens, np);
  const pair = pairMember(ctx, seg, np);
  if (pair) {
    ctx.form = 'name';
    return pair;
  }
  // ("told by a “very senior member” of the team": an article cut from its quoted noun names no one)
  if (np.from === np.to && /^(?:a|an|the)$/.test(tokens[np.from]!.lower)) return null;
  const joint = jointSpeaker(ctx, seg, np);
  if (joint) {
    ctx.form = 'name';
    return joint;
  }
  // ("“…,” a U.S. Banker told Reuters", "a U.S. Official disputed …": the wire capitalises the word after "U.S.", so a
  // noun for a person written so after "a" is someone not named, as written)
  if (wireCapitalPerson(tokens, ctx.segments[seg]!.text, np)) {
    ctx.form = 'phrase';
    return phraseText(tokens, ctx.segments[seg]!.text, np);
  }
  // ("One banker who attended the symposium said": someone not named, with the relative clause that tells who)
  if (INDEFINITE.has(tokens[np.from]!.lower) && isPersonNoun(tokens[np.to]!.lower)) {
    const clause = restrictiveClauseEnd(tokens, np.to + 1);
    if (clause > 0) {
      ctx.form = 'phrase';
      return phraseText(tokens, ctx.segments[seg]!.text, { from: np.from, to: clause });
    }
  }
  const spelled = spelledBeforeBrackets(ctx, seg, np);
  if (spelled) {
    ctx.form = 'body';
    return spelled;
  }
  const [speaker, form] = formOf(ctx, seg, np);
  ctx.form = form;
  return speaker && ctx.people.spelledOut(speaker);
}

/**
 * "Clark said the Organisation of Economic Cooperation and Development (OECD) has called for “…”" (Reuters-21578,
 * round 1497): a phrase cut at the "and" inside a body's name, with the name's initials in brackets right after it,
 * is the end of the name the brackets define, which is meant whole. The name, or null.
 */
function spelledBeforeBrackets(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  if (tokens[np.to + 1]?.lower !== '(' || tokens[np.to + 3]?.lower !== ')') return null;
  const text = ctx.segments[seg]!.text;
  const acronym = text.slice(tokens[np.to + 2]!.start, tokens[np.to + 2]!.end);
  if (!/^\p{Lu}{2,7}$/u.test(acronym)) return null;
  const full = ctx.people.spelledOut(acronym);
  const written = phraseText(tokens, text, np).replace(/^the\s+/i, '');
  return full !== acronym && full.length > written.length && full.endsWith(written) ? full : null;
}

/**
 * "a U.S. Banker", "a senior U.S. Official" (Reuters-21578, rounds 1164, 1205, 1224): "a", "an" or "one", lower-case
 * describing words, an abbreviation with its dot, then a capitalised noun for a person closing the phrase.
 */
function wireCapitalPerson(tokens: Token[], text: string, np: Phrase): boolean {
  // (… or "one": "“…,” one U.S. Official said", round 1298)
  if (!/^(?:an?|one)$/.test(tokens[np.from]!.lower) || !isPersonNoun(tokens[np.to]!.lower))
    return false;
  let k = np.from + 1;
  while (k < np.to - 1 && tokens[k]!.pos === 'ADJ' && !startsUpper(text, tokens[k])) k++;
  return k === np.to - 1 && tokens[k]!.lower.endsWith('.');
}

/** The two people a phrase names together, each spelled out, joined by "and" ("Nicholas Burns and Ryan Crocker"). */
function jointSpeaker(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const joint = jointNames(ctx.tokens[seg]!, ctx.segments[seg]!.text, np);
  return joint && joint.map((name) => ctx.people.spelledOut(name)).join(' and ');
}

/**
 * "Nicholas Burns and Ryan Crocker wrote", "Senator John McCain and Representative Mac Thornberry said": two people
 * named as one subject speak together, and the quotation is both of theirs. Their names, titles left off, or null.
 */
function jointNames(tokens: Token[], text: string, np: Phrase): [string, string] | null {
  let and = -1;
  for (let k = np.from + 1; k < np.to; k++) if (tokens[k]!.lower === 'and') and = k;
  let left: Phrase | null;
  let right: Phrase;
  if (and > 0) {
    // ("James Capel and Co analyst Tom Murtha said", Reuters-21578 round 1133: "and Co" closes a firm's name, and the
    // one after the firm's title speaks alone)
    if (tokens[and + 1]?.lower === 'co') return null;
    left = { from: np.from, to: and - 1 };
    right = { from: and + 1, to: np.to };
  } else {
    if (tokens[np.from - 1]?.lower !== 'and') return null;
    left = npEndingAt(tokens, np.from - 2, 0);
    right = np;
  }
  if (!left) return null;
  const first = personName(tokens, text, left);
  const second = personName(tokens, text, right);
  // both whole names ("Burns and Crocker" alone may be a firm's name), each with a common given name or a title
  // ("Homeland Security and John O. Brennan" names an office and one man)
  const whole = (p: { from: number; to: number; titled: string | null } | null) =>
    !!p && p.to > p.from && (!!p.titled || isCommonGivenName(tokens[p.from]!.lower));
  // (… or two names of two words or more, neither holding a body's word, after a plural for people: "Trump lawyers
  // Rudy Giuliani and Jay Sekulow said", PTC page, blind round 991; an office after a preposition has none before it)
  const named = (p: { from: number; to: number } | null) =>
    !!p && p.to > p.from && !tokens.slice(p.from, p.to + 1).some((t) => ORG_WORDS.has(t.lower));
  const people = first ? tokens[first.from - 1] : undefined;
  const plural =
    !!first &&
    !!people &&
    people.pos === 'NOUN' &&
    people.lemma !== people.lower &&
    isPersonNoun(people.lemma);
  if (!(whole(first) && whole(second)) && !(plural && named(first) && named(second))) return null;
  const name = (p: { from: number; to: number }) =>
    text.slice(tokens[p.from]!.start, tokens[p.to]!.end);
  return [name(first!), name(second!)];
}

/**
 * "said the two-time champion", "the former world champion": lower-case words before a title or an epithet describe
 * its holder, they do not make another person of them.
 */
function describedHolder(tokens: Token[], text: string, np: Phrase): boolean {
  for (let k = np.from + 1; k < np.to; k++) {
    const t = tokens[k]!;
    if (t.lower === '-') continue;
    if (!/^[\p{Ll}\d]/u.test(text.slice(t.start))) return false;
    if (!['ADJ', 'NUM', 'NOUN', 'ADV'].includes(t.pos)) return false;
  }
  return true;
}

/**
 * "Chancellor Gordon Brown … Shadow chancellor Oliver Letwin … “…,” the shadow chancellor said": the holder of the
 * whole office the phrase names after its "the", before the holder of its last word (Brown, named more often, holds
 * "chancellor"; blind round 714). Null for a one-word office or one nobody was given.
 */
function heldOffice(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  if (np.to - np.from < 2) return null;
  const tokens = ctx.tokens[seg]!;
  const office = tokens
    .slice(np.from + 1, np.to + 1)
    .map((t) => t.lower)
    .join(' ');
  return ctx.people.byTitle(office, seg, tokens[np.from]!.start);
}

/** Whether the phrase after its "the" is a nationality, in capitalised words: "the American", "the New Zealander". */
function demonymPhrase(tokens: Token[], text: string, np: Phrase): boolean {
  if (np.to === np.from || np.to - np.from > 3 || !DEMONYMS.has(tokens[np.to]!.lower)) return false;
  return tokens.slice(np.from + 1, np.to + 1).every((t) => startsUpper(text, t));
}

/** The phrase's last word in lower case, a hyphened compound whole ("full-back"). */
function lastWordOf(tokens: Token[], text: string, np: Phrase): string {
  const dash = tokens[np.to - 1];
  const joined =
    np.to - 2 >= np.from && dash?.lower === '-' && dash.start === tokens[np.to - 2]!.end;
  return joined
    ? text.slice(tokens[np.to - 2]!.start, tokens[np.to]!.end).toLowerCase()
    : tokens[np.to]!.lower;
}

function formOf(ctx: SpeakerContext, seg: number, np: Phrase): [string | null, SpeakerForm] {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const first = tokens[np.from]!;
  if (np.from === np.to && first.lower === 'one') {
    const member = ctx.people.oneOfLastGroup(seg, first.start);
    if (member) return [member, 'description'];
  }
  if (np.from === np.to && first.pos === 'PRON') {
    // "Continental also said it expects …": "it" after its own sentence's named subject is that body
    const own = first.lower === 'it' ? namedSubjectBefore(tokens, text, np.from) : null;
    if (own) return [ctx.people.spelledOut(phraseText(tokens, text, own)), 'pronoun'];
    // "Mr Blair has failed, he claimed": a pronoun in a tag after the reported clause is no one that clause names
    // … and "When challenged by Bollinger … he stated": the agent of a passive clause set before the subject is who
    // acted on the subject, never the subject
    const except = isTagPronoun(tokens, np.from)
      ? new Set([
          ...(ctx.inside ?? []),
          ...ctx.people.namedBefore(
            seg,
            first.start,
            tokens[taggedClauseStart(ctx.quoted[seg]!, np.from, tokens)]!.start,
          ),
        ])
      : frontedPassive(tokens, np.from)
        ? new Set([...(ctx.inside ?? []), ...ctx.people.namedBefore(seg, first.start)])
        : ctx.inside;
    const resolved = ctx.people.resolvePronoun(first.lower, seg, first.start, except);
    // ("The report accuses Israel … It says policies “…”": "it" for a report the article named is that report)
    const document = resolved?.replace(/^the /i, '').toLowerCase();
    if (first.lower === 'it' && document && DOCUMENT_NOUNS.has(document))
      // (… or for whoever made it, when the article named no title but a maker: "the report, by the International
      // Crisis Group", Dragnet page of the New York Times, blind round 949)
      return [
        namedDocument(ctx, seg, document) ??
          makerBefore(ctx, seg, np.from - 1, document) ??
          resolved,
        'pronoun',
      ];
    return [resolved, 'pronoun'];
  }
  // "Moody’s noted that …", "McDonald's said": a name closing on a possessive mark right before the verb owns nothing
  // after it; the mark is part of a firm's name (Dragnet page of Ars Technica, blind round 965)
  // (the phrase found may stop before the mark, or take it in)
  const mark = isPossessiveMark(tokens[np.to]) ? np.to : np.to + 1;
  if (
    mark === np.from + 1 &&
    isPossessiveMark(tokens[mark]) &&
    tokens[mark]!.start === first.end &&
    startsUpper(text, first) &&
    /^(?:VERB|AUX)$/.test(tokens[mark + 1]?.pos ?? '')
  ) {
    const firm = phraseText(tokens, text, { from: np.from, to: mark });
    ctx.people.addGroup(seg, first.start, firm);
    return [firm, 'body'];
  }
  // "The watchdog group the Project on Public Waste": a description set right before a body's name speaks as that name
  const inner = namedAfterDescription(tokens, text, np);
  if (inner) return formOf(ctx, seg, inner);
  const owner = channelOwner(tokens, np);
  if (owner) return formOf(ctx, seg, owner);
  // "a press release from the caucus", "an EPA press release": a text speaks for its author when it names one
  const author = isSpeakingText(tokens, np) ? documentAuthor(tokens, text, np) : np;
  if (author !== np) return formOf(ctx, seg, author);
  // "The Daily Planet's recent survey of its readers found …": a piece of work owned by a name speaks for its owner
  const worker = workOwner(tokens, np);
  if (worker) return formOf(ctx, seg, worker);
  // "The ministry said in a statement: “…” The statement added: “…”": "the" and a text of one's own words point back
  // to the speaker quoted just before (within the last two sentences)
  const before = ctx.lastQuoted;
  const ownWords =
    np.to === np.from + 1 &&
    first.lower === 'the' &&
    OWN_WORDS.has(tokens[np.to]!.lower) &&
    !startsUpper(text, tokens[np.to]);
  // (… and to whoever spoke "in a statement" in the sentence before, when the words quoted since are not theirs:
  // "In a statement, the club said a manager would be named “in due course”. The statement added: “…”")
  const giver = ownWords ? givenIn(ctx, seg, tokens[np.to]!.lower) : null;
  if (giver) return [giver, 'description'];
  if (before && seg - before.seg <= 2 && ownWords) return [before.speaker, 'description'];
  // "for The Bernie and Sid Show": a capital "The" inside a sentence opens a title, never a person's name
  if (
    np.from > 0 &&
    text[first.start] === 'T' &&
    first.lower === 'the' &&
    isTitleRun(tokens, text, np)
  ) {
    const body = phraseText(tokens, text, np);
    ctx.people.addGroup(seg, first.start, body);
    return [body, 'body'];
  }
  let of = -1;
  for (let k = np.from + 1; k < np.to && of < 0; k++) if (tokens[k]!.lower === 'of') of = k;
  // "Ann Lee from the pro-Beijing camp", "Raj Patel at HSBC": where a person comes from or works is no part of the name
  let origin = -1;
  for (let k = np.from + 1; k < np.to && origin < 0; k++)
    if (tokens[k]!.lower === 'from' || tokens[k]!.lower === 'at') origin = k;
  const cut = of > 0 && (origin < 0 || of < origin) ? of : origin;
  const head = cut > 0 ? personName(tokens, text, { from: np.from, to: cut - 1 }) : null;
  if (head) return [ctx.people.fullest(phraseText(tokens, text, head)), 'name'];
  // "the President of the Republic concluded", "added President of the Republic": a capitalised title before "of"
  // and its place names whoever the article gave that title ("said President Tebboune"; WMT news test set, round 1723)
  // (the place alone after "of", one word or "the" and one: "President of Ukraine Volodymyr Zelenskyy" names him)
  const office = first.lower === 'the' ? np.from + 1 : np.from;
  const place = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  if (
    of === office + 1 &&
    np.to === place &&
    TITLES.has(tokens[office]!.lower) &&
    startsUpper(text, tokens[office]) &&
    startsUpper(text, tokens[place])
  ) {
    const holder = ctx.people.byTitle(tokens[office]!.lower, seg, first.start);
    if (holder) return [holder, 'title'];
  }
  // "The MP for Sittingbourne and Sheppey said": a member named by seat is the member the article named
  if (
    first.lower === 'the' &&
    isPostNominal(text, tokens[np.from + 1]) &&
    tokens[np.from + 2]?.lower === 'for'
  ) {
    const member = ctx.people.epithetHolder(seg, first.start);
    if (member) return [member, 'description'];
  }
  // "Lindsay Davenport … the American said": a nationality stands for the story's subject or the person just named
  // (… of one word or more: "the New Zealander", "the South African")
  if (first.lower === 'the' && demonymPhrase(tokens, text, np)) {
    const named = ctx.people.epithetHolder(seg, first.start);
    if (named) return [named, 'description'];
  }
  const name = personName(tokens, text, np);
  // "One of their best friends is Michael West … West says": a surname that is a plain word too ("West", "Expert"),
  // capitalised alone, names the person the article named in full with it (Dragnet page of CBS News, blind round 948)
  if (!name && np.from === np.to && startsUpper(text, first)) {
    const written = phraseText(tokens, text, np);
    if (ctx.people.formsOf(written).some((form) => form.endsWith(` ${written}`)))
      return [ctx.people.fullest(written), 'name'];
  }
  // "The International Monetary Fund" is named "International Monetary Fund"; "The father" stays as written
  // … but "The Oregon Democrat", "The Wooster professor" describe a person
  // "the Pope", "the Governor": a capitalised title alone names whoever the article gave it ("Pope Gregory"), like "the
  // governor"; with nobody holding it, it stays a phrase as before
  // (… and a capitalised word of the office before it: "Prime Minister David Cameron … The Prime Minister said")
  if (
    !name &&
    (np.to === np.from + 1 || (np.to === np.from + 2 && startsUpper(text, tokens[np.from + 1]))) &&
    first.lower === 'the' &&
    TITLES.has(tokens[np.to]!.lower) &&
    startsUpper(text, tokens[np.to])
  ) {
    const office =
      np.to === np.from + 1
        ? tokens[np.to]!.lower
        : `${tokens[np.from + 1]!.lower} ${tokens[np.to]!.lower}`;
    const holder = ctx.people.officeHolder(office, seg, first.start);
    if (holder) return [holder, 'title'];
  }
  // "labelled a “big misjudgement” by the Conservatives": a party's members together are the party, no one person
  if (
    np.to === np.from + 1 &&
    first.lower === 'the' &&
    PARTY_MEMBERS.has(tokens[np.to]!.lower) &&
    tokens[np.to]!.lower.endsWith('s') &&
    startsUpper(text, tokens[np.to])
  ) {
    const party = phraseText(tokens, text, { from: np.to, to: np.to });
    ctx.people.addGroup(seg, first.start, party);
    return [party, 'body'];
  }
  const personHead =
    PARTY_MEMBERS.has(tokens[np.to]!.lower) ||
    (TITLES.has(tokens[np.to]!.lower) && !UPPER_START.test(text.slice(tokens[np.to]!.start)));
  // ("the East Kilbride athlete" is a person described by a place: an occupation closing the phrase names no body)
  // (… and "the Sale full-back", "the Chelsea striker": a playing position after a club's name is a player)
  const lastWord = lastWordOf(tokens, text, np);
  // (… and "the Ealing North MP": letters after a seat are a member, written in capitals)
  const occupied =
    // (isPersonNoun holds the occupations, and the titles and the nouns of unnamed sources besides: "the Bank of Japan
    // official")
    ((isPersonNoun(lastWord) || SUBJECT_EPITHETS.has(lastWord) || HOMETOWN_PEOPLE.has(lastWord)) &&
      !startsUpper(text, tokens[np.to])) ||
    isPostNominal(text, tokens[np.to]) ||
    demonymPhrase(tokens, text, np);
  // ("The Canada-based company says": a place glued to "based" before a lower-case kind describes a body named before)
  const placed = basedPlace(tokens, np.from + 1) && !startsUpper(text, tokens[np.to]);
  if (
    !name &&
    !personHead &&
    !occupied &&
    !placed &&
    first.lower === 'the' &&
    UPPER_START.test(text.slice(tokens[np.from + 1]?.start ?? 0, tokens[np.to]!.end)) &&
    tokens[np.from + 1]?.pos === 'PROPN'
  ) {
    // … but a capital "The" inside a sentence is part of the name: "according to The Aviation Herald"
    const inName = np.from > 0 && text[first.start] === 'T';
    // ("the China Daily newspaper said": the kind of outlet after its name, in lower case, is no part of it)
    const kind = OUTLET_KINDS.has(tokens[np.to]!.lower) && !startsUpper(text, tokens[np.to]);
    // ("the Washington-based Atlantic Council said": where a body is based says where it is, no part of its name,
    // Reuters-21578, round 1221)
    const based = !inName && basedPlace(tokens, np.from + 1) && np.from + 4 <= np.to;
    const body = phraseText(tokens, text, {
      from: inName ? np.from : based ? np.from + 4 : np.from + 1,
      to: kind && np.to - 1 > np.from ? np.to - 1 : np.to,
    });
    ctx.people.addGroup(seg, first.start, body);
    return [body, 'body'];
  }
  // "The official Xinhua News Agency said", "the airline British Airways": lower-case words before a body's name
  // describe it, no part of the name
  if (!name && !personHead && first.lower === 'the') {
    let k = np.from + 1;
    // (the tagger may read such an adjective as a noun: "official")
    while (
      k < np.to &&
      (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN') &&
      !startsUpper(text, tokens[k])
    )
      k++;
    if (
      k > np.from + 1 &&
      tokens[k]!.pos === 'PROPN' &&
      tokens.slice(k, np.to + 1).every((t) => startsUpper(text, t))
    ) {
      const body = phraseText(tokens, text, { from: k, to: np.to });
      ctx.people.addGroup(seg, first.start, body);
      return [body, 'body'];
    }
  }
  // "A spokesman for Google": the name after the preposition is who the speaker works for, not the speaker
  const link = name ? tokens[name.from - 1] : undefined;
  const forBody =
    (!!link && link.pos === 'ADP' && name!.from - 1 > np.from && !name!.titled) ||
    (!!name && worksAt(tokens, text, np, name.from)) ||
    (!!name &&
      (!!name.titled || TITLES.has(tokens[name.from - 1]?.lower ?? '')) &&
      servesTitled(tokens, text, np, name.from));
  // "Mr Brandt" in a family of Brandts: the member the honorific's sex points to
  // (… "Miss", which the name reader leaves out of a title, as the tagger may read it as a verb, still says it)
  const preceding = name ? tokens[name.from - 1] : undefined;
  const honorific = name?.titled
    ? HONORIFIC_GENDER[name.titled]
    : preceding?.lower === 'miss' && startsUpper(text, preceding)
      ? HONORIFIC_GENDER.miss
      : undefined;
  if (name && honorific && name.from === name.to && ctx.people.isFamily(tokens[name.to]!.lower)) {
    const member = ctx.people.familyMember(honorific, seg, tokens[np.from]!.start);
    if (member) return [member, 'name'];
  }
  if (name && !forBody) {
    const written = phraseText(tokens, text, name);
    const at = tokens[name.from]!.start;
    return [
      honorific && name.from === name.to
        ? ctx.people.fullestOfSex(written, honorific, seg, at)
        : ctx.people.fullestAt(written, seg, at),
      'name',
    ];
  }
  const last = tokens[np.to]!;
  // ("a spokesman said" is someone new: only "the" points back to the holder)
  const titled =
    (np.to - np.from === 1 || describedHolder(tokens, text, np)) &&
    first.lower === 'the' &&
    (TITLES.has(last.lower) || SUBJECT_EPITHETS.has(last.lower))
      ? (heldOffice(ctx, seg, np) ??
        ctx.people.byTitle(last.lower, seg, first.start) ??
        // "The actor repeatedly refused, … saying: “…”": the person the headline and the lead name, unless a
        // subject just before is the one it goes on about ("Henry will captain the side. And the striker said")
        // (… but "a manifesto posted online … the writer supposes": a text's writer may be someone never named)
        (SUBJECT_EPITHETS.has(last.lower)
          ? ((TEXT_MAKERS.has(last.lower)
              ? null
              : ctx.people.subjectJustBefore(seg, first.start)) ?? ctx.people.protagonist())
          : null))
      : null;
  if (titled) return [titled, 'title'];
  // (the text's maker before the text itself: "published a mission statement … the statement said" is the publisher's)
  const maker = textMaker(ctx, seg, np);
  if (maker) return [maker, 'description'];
  const described = describedSpeaker(ctx, seg, np);
  const writer = described ? textAuthor(described) : null;
  if (writer) return [writer, 'description'];
  // "A classified European Union report … The report accuses Israel": "the" and a report's noun name the report the
  // article named before, when no writer of it was found nearer
  if (first.lower === 'the' && np.to === np.from + 1 && DOCUMENT_NOUNS.has(last.lower)) {
    const named = namedDocument(ctx, seg, last.lower);
    if (named) return [named, 'description'];
  }
  if (described) {
    ctx.people.addDescribedPerson(seg, first.start, described);
    return [described, 'description'];
  }
  if (np.to - np.from === 1 && first.pos === 'DET' && TITLES.has(last.lower))
    return [phraseText(tokens, text, np), 'phrase'];
  // "The government of American Samoa" names a body as "government of American Samoa", like "The International
  // Monetary Fund" → "International Monetary Fund"
  const ofBody =
    first.lower === 'the' &&
    of === np.from + 2 &&
    ORG_WORDS.has(tokens[np.from + 1]!.lower) &&
    UPPER_START.test(text.slice(tokens[of + 1]?.start ?? 0));
  // "Taiwan's Constitutional Court": a place's possessive before a body's capitalised name is not part of the name
  // ("Day's animal foundation", in lower case, keeps its owner)
  const owned =
    first.pos === 'PROPN' &&
    isPossessiveMark(tokens[np.from + 1]) &&
    np.to > np.from + 2 &&
    ORG_WORDS.has(tokens[np.to]!.lower) &&
    tokens.slice(np.from + 2, np.to + 1).every((t) => UPPER_START.test(text.slice(t.start, t.end)));
  // "Dr Mark Tuffy games systems director at digital content firm THX told": an honorific and a name run straight
  // into a lower-case title (the comma left out); the name is the speaker
  const titledRun = leadingTitledName(tokens, text, np);
  if (titledRun) return [ctx.people.fullest(phraseText(tokens, text, titledRun)), 'name'];
  const from = ofBody ? np.from + 1 : owned ? np.from + 2 : np.from;
  const written = phraseText(tokens, text, { from, to: np.to }).replace(/[\s,;:]+$/, '');
  const headWord = tokens[of > 0 ? of - 1 : np.to]!;
  if ((first.pos === 'DET' || first.lower === 'one') && headWord.lemma === headWord.lower)
    ctx.people.addSpeaker(seg, first.start, written);
  else ctx.people.addGroup(seg, first.start, written);
  return [written, 'phrase'];
}

/** An honorific and one to three capitalised names opening the phrase, with lower-case words after them. */
function leadingTitledName(tokens: Token[], text: string, np: Phrase): Phrase | null {
  if (!HONORIFICS.test(tokens[np.from]!.lower)) return null;
  let end = np.from;
  while (end < np.to && tokens[end + 1]!.pos === 'PROPN' && startsUpper(text, tokens[end + 1]))
    end++;
  if (end === np.from || end - np.from > 3 || end === np.to) return null;
  const next = tokens[end + 1]!;
  return LOWER_START.test(text.slice(next.start)) && next.pos === 'NOUN'
    ? { from: np.from, to: end }
    : null;
}

/**
 * The name in a close apposition after a describing phrase: "the activist group the Fund for Open Rivers" → "Fund
 * for Open Rivers". Only a determiner and lower-case describing words may stand before the name's own "the".
 */
function namedAfterDescription(tokens: Token[], text: string, np: Phrase): Phrase | null {
  // (… or a possessive owner: "Athletics' ruling body the IAAF")
  const owned = isPossessiveMark(tokens[np.from + 1]);
  if (tokens[np.from]!.pos !== 'DET' && !owned) return null;
  const from = owned ? np.from + 2 : np.from + 1;
  for (let k = from; k < np.to; k++) {
    const t = tokens[k]!;
    if (t.lower === 'the' && k > from && startsUpper(text, tokens[k + 1]))
      return { from: k + 1, to: np.to };
    if (startsUpper(text, t) || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
  }
  return null;
}

const MAKER_LOOK_BACK = 5;

/**
 * "Ann Berg posted an event invitation online. … The event description read “…”", "A user shared a story along with
 * some comments of their own. … The comments called her “…”": a text named by "the" and no author is the words of
 * whoever a recent sentence says posted, shared or wrote a text sharing one of its words, that sentence's subject.
 */
function textMaker(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const head = tokens[np.to]!.lower;
  // ("“…”, says an excerpt": a piece of a text speaks for whichever text was made)
  const part = TEXT_PARTS.has(head) && /^(?:an?|the)$/.test(tokens[np.from]!.lower);
  if (!part && (tokens[np.from]!.lower !== 'the' || !MADE_TEXTS.has(head))) return null;
  const words = part
    ? MADE_TEXTS
    : new Set(tokens.slice(np.from + 1, np.to + 1).map((t) => t.lower));
  for (let s = seg - 1; s >= 0 && s >= seg - MAKER_LOOK_BACK; s--) {
    const own = ctx.tokens[s]!;
    let verb = -1;
    for (let k = 0; k < own.length; k++) {
      if (MAKING_VERBS.has(own[k]!.lemma) && own[k]!.pos === 'VERB') verb = k;
      else if (
        verb >= 0 &&
        own[k]!.pos === 'NOUN' &&
        words.has(own[k]!.lower) &&
        !ctx.quoted[s]![k]
      ) {
        // (the verb's own subject: "It all began when Ann Berg posted …" → Ann Berg)
        const subject =
          reportingSubject(own, ctx.segments[s]!.text, verb, 0) ?? sentenceSubject(own);
        if (!subject || subject.to >= verb || isGenericSubject(own, subject)) return null;
        return formOf(ctx, s, subject)[0];
      }
    }
  }
  return null;
}

/**
 * Who said something "in a statement" (or another text of their own words, `noun`) in the sentence before `seg`: the
 * subject of that sentence's verb of saying, or null.
 */
function givenIn(ctx: SpeakerContext, seg: number, noun: string): string | null {
  // (… or two or three sentences before, past someone else's remark on it: "In a statement …, the army said: “…” A
  // BBC correspondent said the announcement meant … “…,” the statement added.")
  for (let before = seg - 1; before >= 0 && before >= seg - 3; before--) {
    const own = ctx.tokens[before]!;
    const at = own.findIndex(
      (t, k) =>
        t.lower === noun &&
        !ctx.quoted[before]![k] &&
        own[k - 2]?.lower === 'in' &&
        /^(?:a|an|its|his|her|their)$/.test(own[k - 1]?.lower ?? ''),
    );
    if (at < 0) continue;
    const verb = own.findIndex((_, k) => !ctx.quoted[before]![k] && isReportingVerb(own, k));
    if (verb < 0) return null;
    const saved = ctx.form;
    const speaker = subjectOf(ctx, before, verb);
    ctx.form = saved;
    return speaker;
  }
  return null;
}

/** Whether every word after the first is capitalised or a small joining word ("The Bernie and Sid Show"). */
function isTitleRun(tokens: Token[], text: string, np: Phrase): boolean {
  if (np.to === np.from) return false;
  for (let k = np.from + 1; k <= np.to; k++) {
    const t = tokens[k]!;
    if (!UPPER_START.test(text.slice(t.start, t.end)) && !/^(?:and|of|the|&|-)$/.test(t.lower))
      return false;
  }
  return UPPER_START.test(text.slice(tokens[np.to]!.start));
}

/** The speaker named by the subject of the verb at `verb`, or by the sentence subject. */
export function subjectOf(ctx: SpeakerContext, seg: number, verb: number): string | null {
  const tokens = ctx.tokens[seg]!;
  // a verb's subject never stands inside a quotation before it: in `…," further remarking, "…` the quotation's
  // own words ("I'm starting …") are not its speaker
  let floor = verb - 1;
  for (;;) {
    while (floor >= 0 && !ctx.quoted[seg]![floor]) floor--;
    // … but a quoted name inside the subject is part of it: "Anna Berg of “Voters First”, a watchdog, said"
    let close = floor + 1;
    while (close < verb && !isQuoteChar(tokens[close]!.lower)) close++;
    const open = floor >= 0 ? quotedNameOpen(tokens, ctx.segments[seg]!.text, close) : -1;
    // … and so are a few quoted words closing on a word inside the clause: 'Spears has attacked "false" and
    // "desperate" US tabloid magazines, questioning …'
    const inline = open < 0 && floor >= 0 ? inlineQuoteOpen(ctx, seg, close) : -1;
    if (open < 0 && inline < 0) break;
    floor = (open >= 0 ? open : inline) - 1;
  }
  floor++;
  // "Further adding, “…”": a participle opening the sentence, after at most one word (an adverb the tagger may read as
  // a name), has no subject of its own; the words go on from the speaker before
  if (verb <= floor + 1 && tokens[verb]!.lower.endsWith('ing') && tokens[verb + 1]?.lower === ',')
    return null;
  // "Raimond said negotiations took a long time. But added: “Time is now ripe …”" (Reuters-21578, round 1421): a verb
  // of saying right after the conjunction opening the sentence has the subject of the sentence before
  if (
    verb === floor + 1 &&
    seg > 0 &&
    tokens[floor]!.pos === 'CCONJ' &&
    /^[:,]$/.test(tokens[verb + 1]?.lower ?? '') &&
    isReportingVerb(tokens, verb)
  ) {
    const before = sentenceSubject(ctx.tokens[seg - 1]!);
    return before ? speakerOf(ctx, seg - 1, before) : null;
  }
  // "Responding to the pre-Budget report, Mr Cable also attacked Labour's “unfair” … taxes": a participle opening
  // the sentence has the main clause's subject, not the phrase after it (blind round 632 had "to the report" speak)
  if (verb === 0 && tokens[verb]!.lower.endsWith('ing')) {
    const main = sentenceSubject(tokens);
    return main && main.from > verb ? speakerOf(ctx, seg, main) : null;
  }
  // "Said Wales assistant coach Scott Johnson: “…”": a verb of saying opening the sentence has its subject after it
  // (not "Asked point-blank, “Is that picture you?”": a passive "asked" opening the sentence has the one asked after
  // it, and who asked goes unnamed, BASIL round 1795)
  if (verb === floor && tokens[verb + 1]?.pos !== 'PUNCT' && tokens[verb]!.lower !== 'asked') {
    let end = verb + 1;
    while (end < tokens.length && !/^[:,]$/.test(tokens[end]!.lower) && end <= verb + 10) end++;
    if (tokens[end]?.lower === ':' || tokens[end]?.lower === ',')
      return speakerOf(ctx, seg, { from: verb + 1, to: end - 1 });
  }
  // "He urged the chancellor to admit he had dragged “millions of people in to the net”": a verb of saying in what
  // someone is urged to do reports the urger's words, not the one urged
  const urger = urgedTo(tokens, verb, floor);
  if (urger >= 0) return subjectOf(ctx, seg, urger);
  // "The ministers' comments, said Junya Tanase of JPMorgan, were “…”": a tag set inside the sentence between commas,
  // verb first, has its subject after the verb (but "Mark Warner, a senator, said the messages, if real, are “…”":
  // a comma that closes an apposition leaves the verb its subject before, BASIL round 1794)
  if (
    tokens[verb - 1]?.lower === ',' &&
    /^(?:said|says|added|adds)$/.test(tokens[verb]!.lower) &&
    !closesApposition(tokens, verb - 1)
  ) {
    let end = verb + 1;
    while (end < tokens.length && tokens[end]!.lower !== ',' && end <= verb + 10) end++;
    const opener = tokens[verb + 1];
    // (a clause after the verb is what was said: "…, said the issue would soon disappear, and …")
    const named = tokens
      .slice(verb + 1, end)
      .every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isQuoteChar(t.lower));
    if (
      tokens[end]?.lower === ',' &&
      end > verb + 1 &&
      named &&
      (opener?.pos === 'PROPN' || opener?.pos === 'DET')
    )
      return speakerOf(ctx, seg, { from: verb + 1, to: end - 1 });
  }
  // "drafted by Alex Greenwich who said", "faced criticism from Jane Roe, who called him …": "who" is the verb's
  // subject, and the phrase right before it names whom it stands for
  const antecedent = whoAntecedent(tokens, verb, floor);
  const who =
    antecedent &&
    (describedByWho(tokens, ctx.segments[seg]!.text, antecedent, floor) ?? antecedent);
  const np =
    who ??
    witnessedSpeaker(tokens, verb, floor) ??
    perceivedSpeaker(tokens, verb, floor) ??
    unclosedRelative(tokens, verb, floor) ??
    unclosedApposition(tokens, ctx.segments[seg]!.text, verb, floor) ??
    withParticiple(tokens, verb, floor) ??
    participleSubject(tokens, verb, floor) ??
    coordinateSubject(tokens, verb, floor) ??
    nameBeforeOccasion(tokens, ctx.segments[seg]!.text, verb, floor) ??
    placeBefore(tokens, verb, reportingSubject(tokens, ctx.segments[seg]!.text, verb, floor)) ??
    coordinatedReportSubject(tokens, ctx.segments[seg]!.text, verb, floor) ??
    clauseSubject(tokens, ctx.segments[seg]!.text);
  if (!np || np.from >= verb || (isGenericSubject(tokens, np) && !namesQuotation(tokens, np, verb)))
    return null;
  if (ctx.quoted[seg]!.slice(np.from, np.to + 1).some(Boolean)) return null;
  // "Chief Minister Shivraj Singh Chouhan, who …, tweeted Sunday morning to say that he is “fine”": a day is when,
  // never who; the sentence's subject speaks (WMT news test set, round 1711)
  if (dayPhrase(tokens, np)) {
    const main = sentenceSubject(tokens);
    return main && main.to < np.from ? speakerOf(ctx, seg, main) : null;
  }
  // "The Daily Post, quoting an army spokesman, said": the one quoted speaks
  const relayed = relayedSource(tokens, ctx.segments[seg]!.text, np);
  if (relayed && relayed.to < verb) return speakerOf(ctx, seg, relayed);
  // "Coastal Corp said it expected earnings “to be significantly above” …" (Reuters-21578, round 1412): "it" opening
  // the clause a verb of saying reports stands for that verb's subject, not for a name further back (the headline's)
  if (np.from === np.to && tokens[np.from]!.lower === 'it') {
    const said = tokens[np.from - 1]?.lower === 'that' ? np.from - 2 : np.from - 1;
    if (said > floor && isReportingVerb(tokens, said)) {
      const outer = subjectOf(ctx, seg, said);
      if (outer) return outer;
    }
  }
  // "Tom Reyes alleged, …": a sentence subject read up to the verb itself (tagged as an adjective) stops before it
  const to = np.to >= verb ? verb - 1 : np.to;
  // ("Opec's news agency Opecna today issued a statement saying …": a day set between a subject and its verb, as
  // wire copy writes it, is no part of who speaks, Reuters-21578, round 1266)
  const day = to > np.from && bareDayAt(tokens, ctx.segments[seg]!.text, to);
  return speakerOf(ctx, seg, { from: np.from, to: day ? to - 1 : to });
}

/**
 * "an aide to Agriculture Secretary Richard Lyng said" (Reuters-21578, round 1269): a person noun in lower case and a
 * preposition before a titled name describe someone working for that name's holder, who is not the speaker. (A
 * capitalised office before the preposition is the name's own title: "the Minister for Foreign Affairs Julie Bishop".)
 */
function servesTitled(tokens: Token[], text: string, np: Phrase, nameFrom: number): boolean {
  let k = nameFrom - 1;
  if (k <= np.from) return false;
  // ("an aide to USDA undersecretary Daniel Amstutz said", round 1499: an office in lower case after its body's name)
  const lowerTitle = TITLES.has(tokens[k]!.lower) && !startsUpper(text, tokens[k]) ? 1 : 0;
  k -= lowerTitle;
  while (k > np.from && tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k])) k--;
  const noun = tokens[k - 1];
  return (
    k > np.from &&
    k < nameFrom - 1 - lowerTitle &&
    tokens[k]!.pos === 'ADP' &&
    !!noun &&
    noun.pos === 'NOUN' &&
    !startsUpper(text, noun) &&
    isPersonNoun(noun.lower) &&
    // (the noun opens the phrase with its article, and an office stands right before the name: in "Hong Kong
    // director of Amnesty International Man-kei Tam" the body's name closes the person's own title)
    tokens[k - 2]?.pos === 'DET' &&
    TITLES.has(tokens[nameFrom - 1]!.lower)
  );
}

/** Whether the word at `k` is a day in lower case or a weekday ("today", "yesterday", "Thursday"), no name's word. */
function bareDayAt(tokens: Token[], text: string, k: number): boolean {
  const t = tokens[k]!;
  return BARE_DAY.test(t.lower) || (LOWER_DAYS.test(t.lower) && !startsUpper(text, t));
}

// the days BARE_DAY leaves out, as they open names ("USA Today", "The Tonight Show"): days only in lower case
const LOWER_DAYS = /^(?:today|tonight)$/;

/**
 * "in what the EU's agriculture commissioner has called “a new dawn …”", "for what he calls a “useful meeting”": a
 * free relative whose "call" names the quotation right after it; its subject speaks those words, no view held in a
 * "what" clause ("what they believe to be").
 */
function namesQuotation(tokens: Token[], np: Phrase, verb: number): boolean {
  if (tokens[np.from - 1]?.lower !== 'what' || tokens[verb]!.lemma !== 'call') return false;
  // ("what experts call “exfiltration”": people at large naming a thing give a term, no one's words)
  if (np.from === np.to && tokens[np.from]!.pos === 'NOUN') return false;
  let k = verb + 1;
  while (k <= verb + 2 && /^(?:DET|ADJ)$/.test(tokens[k]?.pos ?? '')) k++;
  return isQuoteChar(tokens[k]?.lower ?? '');
}

/**
 * "Evan Kohlmann, who tracks jihadi Web sites for NBC News said, “…”": a relative clause opened by ", who" and left
 * unclosed before the verb of saying (its own verb came first) is stepped over to the one it describes.
 */
function unclosedRelative(tokens: Token[], verb: number, floor: number): Phrase | null {
  // (the clause's own words, whatever the tagger made of its verb: "tracks" may be read as a noun)
  let own = false;
  for (let k = verb - 1; k > floor && k >= verb - 15; k--) {
    const t = tokens[k]!;
    if (t.lower === 'who') {
      if (!own || tokens[k - 1]?.lower !== ',') return null;
      // ("Ian Pike, who he believes was …": a subject right after "who" makes the verb that subject's own)
      if (/^(?:PRON|DET|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return null;
      // (not a preposition's object: in "a man who advocated strikes on the UK, who this time called" the clause is
      // on someone named before)
      const np = npEndingAt(tokens, k - 2, floor);
      return np && tokens[np.from - 1]?.pos !== 'ADP' ? np : null;
    }
    if (t.pos === 'PUNCT' || isQuoteChar(t.lower) || t.lower === 'which' || t.lower === 'that')
      return null;
    if (t.pos !== 'AUX' && t.pos !== 'ADV') own = true;
  }
  return null;
}

/**
 * The urging verb of "urged the chancellor to admit …" when the verb at `verb` is the infinitive after its object
 * (a short phrase), else -1.
 */
function urgedTo(tokens: Token[], verb: number, floor: number): number {
  if (tokens[verb - 1]?.lower !== 'to' || tokens[verb - 1]!.pos !== 'PART') return -1;
  for (let k = verb - 2; k >= floor && k >= verb - 6; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return URGING.includes(t.lemma) && k < verb - 2 ? k : -1;
    if (!/^(?:DET|NOUN|PROPN|PRON|ADJ)$/.test(t.pos)) return -1;
  }
  return -1;
}

/**
 * Where the quotation closing at token `close` opens, when it is a few words (four at most) closing on a word, with
 * no mark of its own inside the closing mark: a phrase within the sentence, not words set apart. Else -1.
 */
function inlineQuoteOpen(ctx: SpeakerContext, seg: number, close: number): number {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const mark = tokens[close];
  if (!mark || !isQuoteChar(mark.lower) || !/[\p{L}\p{N}]/u.test(text[mark.start - 1] ?? ''))
    return -1;
  let open = close - 1;
  while (open >= 0 && ctx.quoted[seg]![open] && !isQuoteChar(tokens[open]!.lower)) open--;
  if (open < 0 || !isQuoteChar(tokens[open]!.lower) || close - open - 1 > 4) return -1;
  return open;
}

/** The sentence subject with a name set beside it: "One of the groups, the Northern Forces, … and said". */
function clauseSubject(tokens: Token[], text: string): Phrase | null {
  const np = sentenceSubject(tokens);
  return np && withApposition(tokens, text, np);
}

/**
 * "Sen. Jane Roe criticized the bill, saying it would …": a participle set off by a comma reports for the subject of
 * the clause before it, not for that clause's object ("the bill").
 */
function participleSubject(tokens: Token[], verb: number, floor: number): Phrase | null {
  if (!tokens[verb]!.lower.endsWith('ing')) return null;
  // "His words were followed by a Jakarta Globe editorial declaring the accident “unacceptable”": a text right before
  // the participle says what its author declares (not one a verb's subject put out: "released a statement saying" is
  // theirs; nor a text with no author named, "accompanied by a message telling readers", whose sender the clause has)
  const text = npEndingAt(tokens, verb - 1, floor);
  if (
    text &&
    SPEAKING_TEXTS.has(tokens[text.to]!.lower) &&
    tokens.slice(text.from, text.to).some((t) => t.pos === 'PROPN') &&
    !/^(?:VERB|AUX|PUNCT)$/.test(tokens[text.from - 1]?.pos ?? 'PUNCT')
  )
    return text;
  if (tokens[verb - 1]?.lower !== ',' && !objectBefore(tokens, verb, floor)) return null;
  const tag = tagBefore(tokens, verb, floor);
  if (tag) return tag;
  // "… with the 9th Circuit Court of Appeals, which declined to overturn the decision, stating “…”": a participle
  // after a relative clause goes on from that clause, whose subject is what "which" or "who" stands for
  const relative = relativeBefore(tokens, verb, floor);
  if (relative) return relative;
  const np = mainClauseSubject(tokens);
  return np && np.from >= floor && np.to < verb - 1 ? np : null;
}

// words that open a clause set before the main one ("While all agreed …, Riddell emphasized …")
const FRONTED = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'when',
  'as',
  'after',
  'because',
]);

/**
 * "While all agreed that time off was rare, artist Leisha Riddell emphasized the need for boundaries, saying “…”"
 * (Wikinews, blind round 1676): the sentence's subject after a clause set before the main one and closed by a comma,
 * not that clause's own; the sentence's subject as read otherwise.
 */
function mainClauseSubject(tokens: Token[]): Phrase | null {
  if (FRONTED.has(tokens[0]?.lower ?? '') && tokens[0]!.pos === 'SCONJ') {
    const comma = tokens.findIndex((t) => t.lower === ',');
    if (comma > 1) {
      const np = sentenceSubject(tokens.slice(comma + 1));
      if (np) return { from: np.from + comma + 1, to: np.to + comma + 1 };
    }
  }
  return sentenceSubject(tokens);
}

/** The antecedent of a ", which …" or ", who …" clause that runs up to the comma before the participle at `verb`. */
function relativeBefore(tokens: Token[], verb: number, floor: number): Phrase | null {
  if (tokens[verb - 1]?.lower !== ',') return null;
  for (let k = verb - 2; k > floor && k >= verb - 16; k--) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === ';' || isQuoteChar(t.lower)) return null;
    if ((t.lower === 'which' || t.lower === 'who') && tokens[k - 1]?.lower === ',') {
      let v = k + 1;
      while (v < verb && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v++;
      return tokens[v]?.pos === 'VERB' ? whoAntecedent(tokens, v, floor) : null;
    }
  }
  return null;
}

/**
 * "Mr Blair has failed, he claimed, saying he has the wrong solution": a participle right after a tag set off by
 * commas goes on from the tag's verb, so the tag's subject speaks, not the reported clause's. The subject, or null.
 */
function tagBefore(tokens: Token[], verb: number, floor: number): Phrase | null {
  let said = verb - 2;
  if (tokens[verb - 1]?.lower !== ',') return null;
  // (`“…” he told the crowd, noting that …`: the tag's verb may have its hearer after it)
  const hearer = isReportingVerb(tokens, said) ? null : npEndingAt(tokens, said, floor);
  if (hearer && tokens[hearer.from - 1]?.lemma === 'tell') said = hearer.from - 1;
  if (!isReportingVerb(tokens, said)) return null;
  const np = npEndingAt(tokens, said - 1, floor);
  // (a tag set off by commas, or one right after its quotation)
  const before = tokens[np?.from ? np.from - 1 : -1]?.lower ?? '';
  return np && np.to - np.from < 4 && (before === ',' || (!!hearer && isQuoteChar(before)))
    ? np
    : null;
}

/**
 * "Hazel Blears defended the move saying it would …": with no comma, the phrase before the participle is a verb's
 * object. (Not after "quoted" or "cited": "It quoted a spokesman … complaining that" gives the spokesman's words.)
 */
function objectBefore(tokens: Token[], verb: number, floor: number): boolean {
  const np = npEndingAt(tokens, verb - 1, floor);
  if (np && topicBefore(tokens, np, floor)) return true;
  const before = np ? tokens[np.from - 1] : undefined;
  return (
    !!before &&
    before.pos === 'VERB' &&
    !before.lower.endsWith('ing') &&
    !RELAYING_VERBS.has(before.lemma) &&
    // ("a spokesman for US-based hedge fund Atticus Capital complaining": the tagger's "hedge" is no clause's verb;
    // a verb with its subject right before it is)
    /^(?:NOUN|PROPN|PRON|ADV)$/.test(tokens[np!.from - 2]?.pos ?? '')
  );
}

// prepositions that tie a topic to a verb of talking: "commented about …", "spoke on …"
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'over', 'regarding']);

/**
 * "He also commented about Alberta's oil and gas royalty dispute saying, “…”": a topic after a preposition, maybe a
 * coordinated or possessed phrase, that follows the clause's verb is no one who speaks; the participle goes on from
 * the clause's subject. (A text is: "commented on a report saying …" gives the report's words.)
 */
function topicBefore(tokens: Token[], np: Phrase, floor: number): boolean {
  if (SPEAKING_TEXTS.has(tokens[np.to]!.lower) || SPEECH_NOUNS.has(tokens[np.to]!.lower))
    return false;
  let k = np.from - 1;
  while (
    k > floor &&
    k >= np.from - 6 &&
    (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[k]!.pos) ||
      isPossessiveMark(tokens[k]) ||
      tokens[k]!.lower === 'and')
  )
    k--;
  const verb = tokens[k - 1];
  return (
    TOPIC_PREPOSITIONS.has(tokens[k]?.lower ?? '') &&
    !!verb &&
    verb.pos === 'VERB' &&
    !verb.lower.endsWith('ing') &&
    /^(?:NOUN|PROPN|PRON|ADV)$/.test(tokens[k - 2]?.pos ?? '')
  );
}

const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

// epithets that name whoever made a text, who may be someone the article never names
const TEXT_MAKERS: ReadonlySet<string> = new Set(['writer', 'author']);

// prepositions of place: the phrase after one tells where something happened, not who did it
const PLACE_PREPOSITIONS = new Set([
  'at',
  'in',
  'outside',
  'near',
  'inside',
  'on',
  'across',
  'behind',
]);

/**
 * "Tom Reyes issued a statement at his club outside Dover, Kent saying, “…”": a participle with no comma before it
 * after a place ("outside Dover, Kent") reports for the clause's subject, not for the place; the phrase found right
 * before such a participle is dropped (null) when a preposition of place leads to it over names and commas.
 */
function placeBefore(tokens: Token[], verb: number, np: Phrase | null): Phrase | null {
  if (!np || tokens[verb - 1]?.lower === ',' || !tokens[verb]!.lower.endsWith('ing')) return np;
  let k = np.from - 1;
  while (k >= 0 && (tokens[k]!.pos === 'PROPN' || tokens[k]!.lower === ',')) k--;
  // ("on Thursday Mr Blair is saying": a day or month is when, not where)
  if (DATE_NAME.test(tokens[k + 1]?.lower ?? '')) return np;
  return k >= 0 && PLACE_PREPOSITIONS.has(tokens[k]!.lower) ? null : np;
}

/** "Crowds gathered, with the mayor describing the flood as …": the phrase after "with" is the participle's subject. */
function withParticiple(tokens: Token[], verb: number, floor: number): Phrase | null {
  // ("with analyst Kevin Bonham having declared it …": the perfect participle's "having" stands for the participle)
  if (tokens[verb - 1]?.lower === 'having' && verb - 1 > floor)
    return withParticiple(tokens, verb - 1, floor);
  if (!tokens[verb]!.lower.endsWith('ing')) return null;
  // ("…, with Maria Hutchings marching up to him, saying “…”": a second participle after a comma goes on from the
  // first one's subject)
  if (tokens[verb - 1]?.lower === ',') {
    let k = verb - 2;
    while (
      k > floor &&
      verb - k <= 10 &&
      tokens[k]!.lower !== ',' &&
      !tokens[k]!.lower.endsWith('ing')
    )
      k--;
    if (k > floor && tokens[k]!.lower.endsWith('ing') && tokens[k]!.pos === 'VERB') {
      const first = withParticiple(tokens, k, floor);
      if (first) return first;
    }
  }
  const np = npEndingAt(tokens, verb - 1, floor);
  if (!np) return null;
  if (tokens[np.from - 1]?.lower === 'with') return np;
  // ("with a scientist at the Indian tsunami warning center noting that …": a phrase of where hangs on the subject)
  if (!/^(?:at|of|from|in|for)$/.test(tokens[np.from - 1]?.lower ?? '')) return null;
  const head = npEndingAt(tokens, np.from - 2, floor);
  return head && tokens[head.from - 1]?.lower === 'with' ? { from: head.from, to: np.to } : null;
}

/**
 * "said a protester using the pseudonym Katya" → the name after the naming word; "said study co-author and
 * research fellow Martin How" → the name closing the coordinated titles.
 */
export function namedLater(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  if (tokens[np.to + 1]?.lower === 'and' && !personName(tokens, text, np)) {
    const titled = phraseAfter(tokens, np.to + 1);
    // (a person's whole name or a titled one: in "said Kevin Murphy of Morgan Stanley and Co." and "said Dudley Heer
    // of Duff and Phelps" the word after "and" closes the firm's name, Reuters-21578, rounds 1285, 1287 and 1344)
    const name = titled ? personName(tokens, text, titled) : null;
    // (nor a name closed by a legal form: in "said William Griggs of Griggs and Santow Inc." the firm is "Griggs and
    // Santow Inc.", round 1383)
    const firm = !!name && isLegalForm(tokens[name.to]!.lower);
    if (name && !firm && (name.to > name.from || name.titled)) return speakerOf(ctx, seg, titled!);
  }
  for (let k = np.to + 1; k <= np.to + 6 && k < tokens.length; k++) {
    if (!NAMING.has(tokens[k]!.lower)) continue;
    const after = phraseAfter(tokens, k);
    if (after && personName(tokens, ctx.segments[seg]!.text, after))
      return speakerOf(ctx, seg, after);
  }
  return null;
}

// the tags of the words that may open a sentence before a sent text ("A statement by …", "The group's statement …")
const AUTHOR_PHRASE_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART']);

/** The author of a sent text that opens the sentence ("A statement by X …", "X's statement …"), "the" left off. */
function textOpeningAuthor(tokens: Token[], text: string): Phrase | null {
  let head = 0;
  while (head < tokens.length && head < 8 && !SENT_TEXTS.has(tokens[head]!.lower)) {
    const t = tokens[head]!;
    if (!AUTHOR_PHRASE_TAGS.has(t.pos) && !isPossessiveMark(t)) return null;
    head++;
  }
  if (!SENT_TEXTS.has(tokens[head]?.lower ?? '') || tokens[head]!.pos !== 'NOUN') return null;
  const author = documentAuthor(tokens, text, { from: 0, to: head });
  if (author.from <= head && author.to >= head) return null;
  const from =
    tokens[author.from]!.lower === 'the' && author.to > author.from ? author.from + 1 : author.from;
  return { from, to: author.to };
}

/**
 * "Texaco said it lost money", "… said that it …": the subject of the verb of saying at `said` goes on as "it", the
 * subject of the clause it reports, and is named with no given name.
 */
function saysIt(tokens: Token[], said: number, np: Phrase): boolean {
  const it = tokens[said + 1]?.lower === 'that' ? said + 2 : said + 1;
  return (
    tokens[it]?.lower === 'it' &&
    /^(?:AUX|VERB)$/.test(tokens[it + 1]?.pos ?? '') &&
    !tokens.slice(np.from, np.to + 1).some((t) => isCommonGivenName(t.lower))
  );
}

/** Records the bodies and groups that report something in a sentence, so a later quote's "they said" finds them. */
export function registerGroups(ctx: SpeakerContext, seg: number): void {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  // "The health ministry published new figures. “…,” it said.", "Local residents blocked the road. “…,” they said.":
  // a body or a group named as a sentence's subject is the "it" or "they" of a tag after it, whatever its verb
  const subject = sentenceSubject(tokens);
  // (the head stands before a complement: "Officials from the energy ministry", "Residents of the valley")
  let headAt = subject ? subject.from : -1;
  while (subject && headAt < subject.to && tokens[headAt + 1]!.pos !== 'ADP') headAt++;
  const head = subject ? tokens[headAt]! : undefined;
  if (
    subject &&
    head &&
    (ORG_WORDS.has(head.lower) ||
      (ANONYMOUS_HEADS.has(head.lower) && head.lower.endsWith('s')) ||
      // "In its report, the PTWC issued a watch … They mentioned that “…”": initials name a body, not a person
      (headAt === subject.to && /^\p{Lu}{2,6}$/u.test(text.slice(head.start, head.end)))) &&
    tokens[subject.from]!.pos !== 'PRON' &&
    !ctx.quoted[seg]!.slice(subject.from, subject.to + 1).some(Boolean) &&
    !isGenericSubject(tokens, subject) &&
    !personName(tokens, text, subject)
  ) {
    const from =
      tokens[subject.from]!.lower === 'the' && subject.to > subject.from
        ? subject.from + 1
        : subject.from;
    ctx.people.addGroup(
      seg,
      tokens[subject.from]!.start,
      phraseText(tokens, text, { from, to: subject.to }),
    );
  }
  // "A statement by the Brady Campaign … was posted on Facebook. It said “…”": a text someone put out, opening the
  // sentence, speaks as "it" for its author
  const author = textOpeningAuthor(tokens, text);
  if (author)
    ctx.people.addGroup(seg, tokens[author.from]!.start, phraseText(tokens, text, author));
  // "Jordan's state news agency, Petra, identified …. It says …": a name set beside a body's description is the body's
  if (subject && tokens[subject.from - 1]?.lower === ',') {
    const described = npEndingAt(tokens, subject.from - 2, 0);
    const kind = described ? tokens[described.to]! : undefined;
    if (kind && ORG_WORDS.has(kind.lower) && tokens[subject.to + 1]?.lower === ',')
      ctx.people.addGroup(seg, tokens[subject.from]!.start, phraseText(tokens, text, subject));
  }
  tokens.forEach((t, i) => {
    if (ctx.quoted[seg]![i] || !isReportingVerb(tokens, i)) return;
    // ", this time implying …": a participle reports for the sentence subject, registered by its own verb
    if (t.lower.endsWith('ing')) return;
    const np = reportingSubject(tokens, text, i);
    // ("Senator John McCain and Representative Mac Thornberry said in a joint statement … “…,” they said": two
    // people reporting together are the "they" of a tag after them)
    const joint = np && jointSpeaker(ctx, seg, np);
    if (joint) {
      ctx.people.addGroup(seg, tokens[np!.from]!.start, joint);
      return;
    }
    // ("MPs have said", "the MEPs said": a plural acronym is a group, whatever the name reader makes of it)
    const plural = /^\p{Lu}{2,}s$/u.test(
      text.slice(tokens[np?.to ?? 0]!.start, tokens[np?.to ?? 0]!.end),
    );
    // ("…, the Bundesbank said. “…,” it said": "the" and one capitalised word name a body, no person, Reuters-21578,
    // round 1189, where "it" had gone to the headline's subject)
    // (… not a name cut short by the tagger: "The Indian Express")
    const theBody =
      np &&
      tokens[np.from]!.lower === 'the' &&
      np.to === np.from + 1 &&
      !startsUpper(text, tokens[np.to + 1]);
    if (!np || tokens[np.from]!.pos === 'PRON') return;
    // ("Texaco said it lost money. “…,” it said", "Applied Biosystems said it …", Reuters-21578, round 1430: one who
    // says "it" will do something is a body, though the name reads like a person's; one with a given name or a title
    // stays a person)
    const person = !plural && !theBody && personName(tokens, text, np);
    if (person && (person.titled || !saysIt(tokens, i, np))) return;
    const from = tokens[np.from]!.lower === 'the' && np.to > np.from ? np.from + 1 : np.from;
    // ("Reuters … The news and financial data seller said …, adding it expected": the kind stands for the body)
    const body = bodyByKind(ctx, seg, np);
    ctx.people.addGroup(
      seg,
      tokens[np.from]!.start,
      body ?? phraseText(tokens, text, { from, to: np.to }),
    );
  });
}

/** "Sunday", "Sunday morning", "yesterday evening": a day, maybe with its part, and nothing else. */
function dayPhrase(tokens: Token[], np: Phrase): boolean {
  if (!BARE_DAY.test(tokens[np.from]!.lower)) return false;
  return np.to === np.from || (np.to === np.from + 1 && DAY_PARTS.has(tokens[np.to]!.lower));
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
