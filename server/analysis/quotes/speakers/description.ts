import { statePartyMember } from './state-party.ts';
import type { Phrase } from '../../grammar/phrases.ts';
import { personName } from '../../grammar/names.ts';
import { sentenceSubject } from '../../grammar/subjects.ts';
import { innerHyphen, isPossessiveMark, type Token } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';
import { earlierTextMaker } from './earlier-text.ts';
import {
  BYSTANDER_OCCUPATIONS,
  HOMETOWN_PEOPLE,
  OCCUPATIONS,
  SUBJECT_EPITHETS,
} from '../../lexicon/occupations.ts';
import { indefiniteAntecedent } from './antecedent.ts';
import { descriptionHead, INDEFINITE } from './description-phrase.ts';
import { bodyByKind } from './body-reference.ts';
import { introducedBody } from './introduced-body.ts';
import { SPEAKING_TEXTS } from '../../lexicon/speaking-texts.ts';
import {
  ANONYMOUS_HEADS,
  KIN_FEMALE,
  KIN_MALE,
  ORG_WORDS,
  PARTY_MEMBERS,
  TITLES,
} from '../../lexicon/people.ts';
import { UPPER_START } from '../../grammar/letters.ts';

const GROUP_PRONOUNS = new Set(['them', 'us', 'those', 'these']);
// what a body speaks through: "an official government Twitter account made the following announcement"
// (a social-media "handle" or "profile" too: "The official twitter handle of The Cranberries posted a tweet saying …")
const CHANNELS = new Set([
  'account',
  'website',
  'feed',
  'page',
  'channel',
  'release',
  'bulletin',
  'handle',
  'profile',
]);
const LOOK_BACK = 12;
export const COURT_TEXTS: ReadonlySet<string> = new Set([
  'ruling',
  'decision',
  'judgment',
  'judgement',
  'opinion',
  'summary',
]);
const BODY_TAIL_LINKS = new Set(['of', 'on', 'for']);

function capitalised(text: string, start: number): boolean {
  return UPPER_START.test(text.slice(start, start + 1));
}

/**
 * "the political reform group's general secretary": "the", lower-case words ending on a kind of body and its
 * possessive, then the title.
 */
function ownedByDescription(tokens: Token[], text: string, np: Phrase): boolean {
  let mark = np.from + 1;
  while (mark < np.to && !isPossessiveMark(tokens[mark])) mark++;
  if (mark >= np.to || !ORG_WORDS.has(tokens[mark - 1]!.lower)) return false;
  for (let k = np.from + 1; k <= np.to; k++)
    if (k !== mark && capitalised(text, tokens[k]!.start)) return false;
  return true;
}

/** "the committee chairman": "the", a kind of body and the title, in lower case. */
function bodyTitle(tokens: Token[], text: string, np: Phrase): boolean {
  if (np.to - np.from !== 2 || !ORG_WORDS.has(tokens[np.from + 1]!.lower)) return false;
  return !capitalised(text, tokens[np.from + 1]!.start) && !capitalised(text, tokens[np.to]!.start);
}

/**
 * The latest body named with this noun before the phrase, in its fullest form written earlier ("The Supreme Court is
 * led by …" after "the Supreme Court of Ruritania" → the latter).
 */
function namedBody(ctx: SpeakerContext, seg: number, before: number, noun: string): string | null {
  // one pass over the sentences: the latest name, then the longest (the first of equals) that extends it
  let names = namedBodies(ctx, seg, before, noun, seg - LOOK_BACK);
  // "The Chinese court handed down …" and, twenty sentences on, "The court justified …": further back, a body is
  // still the one meant when it is the only one of its kind the article named (a second court makes it unsure)
  if (names.length === 0 && seg > LOOK_BACK) {
    const further = namedBodies(ctx, seg - LOOK_BACK - 1, Infinity, noun, 0);
    if (
      further.every((n) => further[0]!.name.endsWith(n.name) || n.name.endsWith(further[0]!.name))
    )
      names = further;
  }
  // the latest body named as a sentence's subject wins over one named later in a predicate: "The Court of Session is
  // the highest court in Scotland. The only court above it is the Supreme Court. … The court found …" (the subject
  // is what the text is about); with no such subject, the latest named
  const latest = (names.find((n) => n.subject) ?? names[0])?.name;
  if (!latest) return null;
  let best: string | null = null;
  for (const { name } of names)
    if (name.startsWith(latest + ' ') && name.length > (best?.length ?? 0)) best = name;
  return best ?? latest;
}

/**
 * The bodies named with this noun before the phrase, latest first ("Trump administration", "government of Samoa"),
 * each with whether it stands in its sentence's subject.
 */
function namedBodies(
  ctx: SpeakerContext,
  seg: number,
  before: number,
  noun: string,
  earliest: number,
): { name: string; subject: boolean }[] {
  const names: { name: string; subject: boolean }[] = [];
  for (let s = seg; s >= 0 && s >= earliest; s--) {
    const own = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    // a headline capitalises its words whatever they are ("Rights group condemns arrests"): no evidence of a name
    if (ctx.segments[s]!.kind === 'headline') continue;
    // (the sentence's subject, read only once a body is found in it)
    let subject: Phrase | null | undefined;
    const push = (name: string, at: number) => {
      subject = subject === undefined ? sentenceSubject(own) : subject;
      names.push({ name, subject: !!subject && at >= subject.from && at <= subject.to });
    };
    for (let k = own.length - 1; k > 0; k--) {
      if ((s === seg && k >= before) || own[k]!.lower !== noun || ctx.quoted[s]![k]) continue;
      const owner = own[k - 1]!;
      // (a capitalised word the tagger read as a common noun counts: "The Justice Department")
      // (a common noun opening the sentence is capitalised for that alone: "Aid agency staff left")
      const named = (t: Token) =>
        (t.pos === 'PROPN' || (t.pos === 'NOUN' && t !== own[0])) && capitalised(text, t.start);
      if (named(owner)) {
        // the whole capitalised name: "The agency" → "Federal Emergency Management Agency"
        let from = k - 1;
        // (… joined by "and" too: "the Finance and Economy Ministry", "Food and Drug Administration")
        while (
          from > 0 &&
          (named(own[from - 1]!) ||
            (own[from - 1]!.lower === 'and' && from > 1 && named(own[from - 2]!)))
        )
          from--;
        // … and its tail after a joining word: "The commission" → "National Commission on School Safety"
        let to = k;
        // (with "the" between: "Supreme Court of the United Kingdom")
        const at =
          own[k + 2]?.lower === 'the' && BODY_TAIL_LINKS.has(own[k + 1]!.lower) ? k + 3 : k + 2;
        if (BODY_TAIL_LINKS.has(own[k + 1]?.lower ?? '') && own[at] && named(own[at]!)) {
          to = at;
          while (own[to + 1] && named(own[to + 1]!)) to++;
        }
        push(text.slice(own[from]!.start, own[to]!.end), k);
        continue;
      }
      let end = k + 1;
      while (own[end + 1]?.pos === 'PROPN' && capitalised(text, own[end + 1]!.start)) end++;
      if (own[k + 1]?.lower === 'of' && end > k + 1)
        push(text.slice(own[k]!.start, own[end]!.end), k);
    }
  }
  return names;
}

// a description opened by a word that introduces someone not named yet ("one banker", "a trader")
const INTRODUCED = new RegExp(`^(?:${[...INDEFINITE].join('|')})\\s`, 'i');

/**
 * A description standing for a speaker the article already named: "the administration" → the latest "Trump
 * administration" written before it; "an official government Twitter account" → "government of Samoa";
 * "One of them" → the latest "One of the children" found speaking. Null when there is nothing to point back to.
 */
export function describedSpeaker(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const first = tokens[np.from]!;
  const last = tokens[np.to]!;
  // "The 58-year-old said": an age stands for the person just named as a subject, else the story's subject named
  // just before; else for the speaker quoted just before ("“…,” the defender told The Guardian. … Arsenal lost at
  // Old Trafford … “…,” added the 30-year-old": a place after "at" is no one), else for anyone named
  if (
    last.lower === 'old' &&
    tokens[np.to - 2]?.lower === 'year' &&
    tokens[np.to - 1]?.lower === '-'
  ) {
    const quoted = ctx.lastQuoted && seg - ctx.lastQuoted.seg <= 4 ? ctx.lastQuoted.speaker : null;
    return (
      ctx.people.lastSubject(seg, first.start) ??
      ctx.people.protagonistNear(seg, first.start) ??
      quoted ??
      ctx.people.lastPerson(seg, first.start)
    );
  }
  // "…, our correspondent added": the paper's own reporter, whom the article named with that title ("BBC
  // correspondent Stephen Cape said …"; BBC, blind rounds 631 and 1092)
  if (first.lower === 'our' && (TITLES.has(last.lower) || OCCUPATIONS.has(last.lower))) {
    const holder = ctx.people.byTitle(last.lower, seg, first.start);
    if (holder) return holder;
  }
  // ("“…,” one banker said. Another, referring to the negotiators, said “…”": "another" alone is one more of the kind
  // the unnamed speaker before was, Reuters-21578, rounds 1205 and 1225)
  if (np.from === np.to && first.lower === 'another') {
    const before = ctx.people.lastDescribed(seg, INTRODUCED);
    if (before) {
      const { words, head } = descriptionHead(before);
      const text = ctx.segments[seg]!.text;
      return `${text.slice(first.start, first.end)} ${words[head]}`;
    }
  }
  const referent = definiteReferent(ctx, seg, np);
  if (referent) return referent;
  const maker = earlierTextMaker(ctx, seg, np);
  if (maker) return maker;
  const introduced = indefiniteAntecedent(ctx, seg, np);
  if (introduced) return introduced;
  // "One reader wrote in. … The reader later added": "the" and a plain noun point back to "one" or "a" and that noun
  // (… and so does "this": "…, a person familiar with the thinking at the company said. “…,” said this person",
  // Dragnet round 1116)
  if (
    np.to === np.from + 1 &&
    (first.lower === 'the' || first.lower === 'this') &&
    last.pos === 'NOUN' &&
    /^\p{Ll}+$/u.test(last.lower)
  ) {
    const earlier = ctx.people.lastOneOf(seg, last.lower);
    if (earlier) return earlier;
  }
  if (np.to - np.from === 2 && first.lower === 'one' && tokens[np.from + 1]!.lower === 'of') {
    return GROUP_PRONOUNS.has(last.lower) ? ctx.people.lastDescribed(seg, /^one of /i) : null;
  }
  // "The summary of the ruling read": a court's text speaks for the court the article named
  if (first.lower === 'the' && COURT_TEXTS.has(tokens[np.from + 1]!.lower))
    return namedBody(ctx, seg, np.from, 'court');
  // … and "The court's summary concluded", "the commission's report said": a body's text speaks for the body
  const body = tokens[np.from + 1]!;
  if (
    first.lower === 'the' &&
    np.to === np.from + 3 &&
    ORG_WORDS.has(body.lower) &&
    isPossessiveMark(tokens[np.from + 2]) &&
    (COURT_TEXTS.has(last.lower) || SPEAKING_TEXTS.has(last.lower))
  )
    return namedBody(ctx, seg, np.from, body.lower);
  if (np.to - np.from === 1 && first.lower === 'the' && ORG_WORDS.has(last.lower))
    return namedBody(ctx, seg, np.from, last.lower) ?? bodyByKind(ctx, seg, np);
  // "The three-judge court", "the unanimous court": adjectives, numbers and hyphened words describe the body named
  // before, they do not name another one ("the health ministry", a plain noun before it, may be a new body)
  if (first.lower === 'the' && np.to - np.from > 1 && ORG_WORDS.has(last.lower)) {
    const text = ctx.segments[seg]!.text;
    let ok = true;
    for (let k = np.from + 1; k < np.to && ok; k++) {
      const t = tokens[k]!;
      const hyphened =
        t.lower === '-' || tokens[k + 1]?.lower === '-' || tokens[k - 1]?.lower === '-';
      ok = !capitalised(text, t.start) && (t.pos === 'ADJ' || t.pos === 'NUM' || hyphened);
    }
    if (ok) return namedBody(ctx, seg, np.from, last.lower) ?? bodyByKind(ctx, seg, np);
    // ("Dick Clark Productions denied … “…,” the production company said": a plain noun before the kind may name a
    // new body, so only a body the sentences just before have as their subject is meant, AEB page of Fox News,
    // blind round 920)
    const body = bodyByKind(ctx, seg, np);
    if (body) return body;
  }
  // "the charity said", "the firm said": kinds of body that end no name in the lexicon
  if (!ORG_WORDS.has(last.lower)) {
    const body = bodyByKind(ctx, seg, np);
    if (body) return body;
  }
  if (!CHANNELS.has(last.lower)) return introducedBody(ctx, seg, np);
  for (let k = np.from; k < np.to; k++) {
    if (ORG_WORDS.has(tokens[k]!.lower)) return namedBody(ctx, seg, np.from, tokens[k]!.lower);
  }
  return null;
}

/**
 * "The account for The Bernie and Sid Show tweeted", "the official page of the ministry posted": a channel speaks for
 * its owner, the phrase after "for" or "of". Null when the phrase is no channel.
 */
export function channelOwner(tokens: Token[], np: Phrase): Phrase | null {
  // "The WHO's website said", "Sen. Ann Roe's campaign page said": a possessive owner before the channel
  if (CHANNELS.has(tokens[np.to]!.lower)) {
    for (let k = np.to - 1; k > np.from && np.to - k <= 3; k--) {
      if (isPossessiveMark(tokens[k])) return { from: np.from, to: k - 1 };
      // (a platform's name between: "Ann Roe's Twitter account")
      if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]!.pos)) break;
    }
  }
  for (let k = np.from; k < np.to - 1; k++) {
    if (!CHANNELS.has(tokens[k]!.lower)) continue;
    const link = tokens[k + 1]!.lower;
    return link === 'for' || link === 'of' ? { from: k + 2, to: np.to } : null;
  }
  return null;
}

/**
 * "The father said" → the man named last; "The Wooster professor added", "The Oregon Democrat said" → the person named
 * last: a definite description of one person points back to whoever the article identified. Not "the spokesman" (an
 * unnamed person of their own) nor a phrase with "of" ("The mother of one of the victims").
 */
function definiteReferent(ctx: SpeakerContext, seg: number, whole: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const first = tokens[whole.from]!;
  if (first.lower !== 'the') return null;
  // "The Republican from Texas", "the senator from Ohio": where the person is from is no part of the description
  // (searched within the phrase only: a scan of the whole sentence per quote grows with the square of its length)
  let from = -1;
  for (let k = whole.from + 1; k < whole.to && from < 0; k++)
    if (tokens[k]!.lower === 'from') from = k;
  const np = from > 0 ? { from: whole.from, to: from - 1 } : whole;
  const head = tokens[np.to]!.lower;
  if (np.to === np.from) return null;
  // "The Liberal Democrats have argued …": a party's members in the plural, capitalised, are the party, no one person
  // (BBC, blind round 1084)
  if (
    PARTY_MEMBERS.has(head) &&
    head.endsWith('s') &&
    UPPER_START.test(ctx.segments[seg]!.text.slice(tokens[np.to]!.start))
  )
    return null;
  // "Oxfam director Barbara Stocking … the charity's director added": a title owned by a body, which one person
  // the article named holds
  if (first.lower === 'the' && isPossessiveMark(tokens[np.to - 1]) && TITLES.has(head)) {
    const holder = ctx.people.soleHolder(head, seg, first.start);
    if (holder) return holder;
  }
  // "The Fabian Society's Sundar Katwala said … The political reform group's general secretary told …" (BBC, blind
  // round 988): a body described in lower-case words, owning the title, describes the one just named as a subject
  // (not its spokesperson, most often someone new and unnamed: "the council's spokesperson said", blind round 738)
  // (… and so does a title after a kind of body with no possessive: "Rep. Ed Royce on Friday questioned the action …
  // “…,” the committee chairman said", BASIL round 1799)
  if (
    TITLES.has(head) &&
    !head.startsWith('spokes') &&
    (ownedByDescription(tokens, ctx.segments[seg]!.text, np) ||
      bodyTitle(tokens, ctx.segments[seg]!.text, np))
  ) {
    const named = ctx.people.subjectJustBefore(seg, first.start);
    if (named) return named;
  }
  // "Farmer Tom Reyes lost his crops. … the farmer said": an occupation the article set before a name points to
  // that person; with nobody given it, "the farmer" may be someone unnamed and stays so
  if (np.to === np.from + 1 && OCCUPATIONS.has(head)) {
    const holder = ctx.people.byTitle(head, seg, first.start);
    if (holder) return holder;
    // … or the person the article is about, whom its headline and lead name ("US TV host Clark suffers stroke" …
    // "The presenter said")
    const about = BYSTANDER_OCCUPATIONS.has(head) ? null : ctx.people.protagonist();
    if (about) return about;
  }
  // "said the East Kilbride athlete": a place before an occupation describes the person the article is about;
  // "said the Sale winger", "the Chelsea striker added": a club before a playing position is a player the article
  // has named, the story's subject or the one just named
  // ("the Newport-based athlete", "The Ballymena-born actor": a place glued by a hyphen to "based" or "born" is a
  // place before the occupation all the same)
  const glued = (k: number) => innerHyphen(tokens, k) || innerHyphen(tokens, k - 1);
  const placed =
    np.to - np.from >= 2 &&
    tokens
      .slice(np.from + 1, np.to)
      .every((t, i) => t.pos === 'PROPN' || (i > 0 && glued(np.from + 1 + i)));
  // … and "says the Waterford man": a hometown before a plain word for a person (HOMETOWN_PEOPLE)
  if (
    placed &&
    ((OCCUPATIONS.has(head) && !BYSTANDER_OCCUPATIONS.has(head)) || HOMETOWN_PEOPLE.has(head))
  ) {
    const about = ctx.people.protagonist();
    if (about) return about;
  }
  // … and "The world champion says", "the veteran striker added": lower-case words before such an epithet still
  // describe the one the story is about, and so do they mixed with a name ("The double Olympic champion said")
  const described =
    np.to - np.from >= 2 &&
    tokens
      .slice(np.from + 1, np.to)
      .every((t, i) => ['ADJ', 'NOUN', 'PROPN'].includes(t.pos) || glued(np.from + 1 + i));
  if ((placed || described) && SUBJECT_EPITHETS.has(head)) {
    const player = ctx.people.epithetHolder(seg, first.start);
    if (player) return player;
  }
  // "The 72-year-old senator": an age is a modifier like an adjective
  const age = (k: number) =>
    ['NUM', 'PUNCT'].includes(tokens[k]!.pos) && /^(?:-|\d+)$/.test(tokens[k]!.lower);
  for (let k = np.from + 1; k < np.to; k++)
    if (!['PROPN', 'ADJ', 'NOUN'].includes(tokens[k]!.pos) && !age(k)) return null;
  if (KIN_MALE.has(head)) return ctx.people.nearestOfSex('m', seg, first.start);
  if (KIN_FEMALE.has(head)) return ctx.people.nearestOfSex('f', seg, first.start);
  // a bare "the writer" may be someone never named (a manifesto's writer); a modifier ("The Wooster professor") or
  // a party ("the Democrat") picks out one person the reader already knows
  // … but lower-case nouns before the title make one compound title ("the attorney general", "the police chief"),
  // which may be someone not named yet
  const text = ctx.segments[seg]!.text;
  const compound = tokens
    .slice(np.from + 1, np.to)
    .every((t) => t.pos === 'NOUN' && !UPPER_START.test(text.slice(t.start)));
  const modified = (np.to - np.from >= 2 && !compound) || PARTY_MEMBERS.has(head);
  // … a compound title points to whoever the article gave it ("Attorney General Ana Ruiz" … "the attorney general")
  if (compound && np.to - np.from >= 2 && TITLES.has(head))
    return ctx.people.byTitle(head, seg, first.start);
  // "The 61-year-old diplomat added": an age is told of someone the article has identified, whatever the noun
  // ("the diplomat" alone may be a new, unnamed one)
  let aged = false;
  for (let k = np.from + 1; k + 2 < np.to && !aged; k++)
    aged = tokens[k + 1]!.lower === '-' && tokens[k + 2]!.lower === 'year';
  // (… whatever word for a person closes it: "The 41-year-old chart-topper told reporters", BBC, blind round 1034)
  const personWord = tokens[np.to]!.pos === 'NOUN' && /(?:er|or|ist|ian|ant|ent)$/.test(head);
  if (
    aged &&
    (TITLES.has(head) || ANONYMOUS_HEADS.has(head) || OCCUPATIONS.has(head) || personWord)
  )
    return ctx.people.lastPerson(seg, first.start);
  // … and "the Tory leader", "the Labour leader": a leader of a named party or place is one person, known already,
  // where "the leader" alone may be anyone's
  const named = tokens
    .slice(np.from + 1, np.to)
    .some((t) => t.pos === 'PROPN' && UPPER_START.test(text.slice(t.start)));
  if (
    !modified ||
    (!TITLES.has(head) && !PARTY_MEMBERS.has(head)) ||
    (ANONYMOUS_HEADS.has(head) && !named)
  )
    return null;
  // ("Tory co-chairman Liam Fox … The Tory co-chairman attacked": the one person the article gave that title)
  // ("The Arizona Republican": the one tagged "R-Ariz." or "Republican of Arizona")
  const state =
    PARTY_MEMBERS.has(head) && np.to - np.from >= 2
      ? text.slice(tokens[np.from + 1]!.start, tokens[np.to - 1]!.end)
      : '';
  const holder = TITLES.has(head)
    ? (ctx.people.soleHolder(head, seg, first.start) ?? titledBefore(ctx, seg, np))
    : PARTY_MEMBERS.has(head)
      ? ((state ? statePartyMember(ctx, seg, state, head) : null) ??
        partyNamedBefore(ctx, seg, np.from, head))
      : null;
  return (
    holder ??
    (TITLES.has(head)
      ? ctx.people.lastPersonWithout(head, seg, first.start)
      : ctx.people.lastPerson(seg, first.start))
  );
}

/**
 * "French President Jacques Chirac … The French president told reporters": with two presidents named, the one the
 * article named with the same words before the title, latest first; null when none was.
 */
function titledBefore(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const words = ctx.tokens[seg]!.slice(np.from + 1, np.to + 1).map((t) => t.lower);
  for (let s = seg; s >= 0; s--) {
    const tokens = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    const last = s === seg ? np.from - words.length : tokens.length - words.length - 1;
    for (let k = last; k >= 0; k--) {
      if (!words.every((w, j) => tokens[k + j]!.lower === w)) continue;
      let end = k + words.length;
      while (tokens[end]?.pos === 'PROPN' && capitalised(text, tokens[end]!.start)) end++;
      if (end > k + words.length)
        return ctx.people.fullest(
          text.slice(tokens[k + words.length]!.start, tokens[end - 1]!.end),
        );
    }
  }
  return null;
}

/**
 * "Republican Senator Ted Cruz of Texas accused House Speaker Nancy Pelosi … the Texas Republican said" (WMT news test
 * set, round 1716): a party's member is the person the article named right after that party's word, latest first,
 * not whoever was named last; null when it named none so.
 */
function partyNamedBefore(
  ctx: SpeakerContext,
  seg: number,
  before: number,
  party: string,
): string | null {
  for (let s = seg; s >= 0; s--) {
    const tokens = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    const last = s === seg ? before - 1 : tokens.length - 1;
    for (let k = last; k >= 0; k--) {
      if (tokens[k]!.lower !== party || !UPPER_START.test(text.slice(tokens[k]!.start))) continue;
      let end = k + 1;
      while (end < tokens.length && end <= k + 6 && tokens[end]!.pos === 'PROPN') end++;
      const name = end > k + 1 ? personName(tokens, text, { from: k + 1, to: end - 1 }) : null;
      if (name)
        return ctx.people.fullest(text.slice(tokens[name.from]!.start, tokens[name.to]!.end));
    }
  }
  return null;
}
