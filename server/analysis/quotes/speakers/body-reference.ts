import type { Phrase } from '../../grammar/phrases.ts';
import { basedPlace } from '../../grammar/based-place.ts';
import { sentenceSubject } from '../../grammar/subjects.ts';
import { personName } from '../../grammar/names.ts';
import { innerHyphen, isPossessiveMark, startsUpper, type Token } from '../../grammar/token.ts';
import {
  BODY_KINDS,
  BODY_NAMES,
  BODY_ONLY_KINDS,
  FIRM_KINDS,
  isBodyWord,
  isTitle,
} from '../../lexicon/people.ts';
import { isCommonGivenName } from '../../lexicon/given-names.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting-verbs.ts';
import type { SpeakerContext } from './context.ts';
import { ALL_CAPITALS } from '../../grammar/letters.ts';
import { endsInLegalForm, isLegalForm } from '../../lexicon/abbreviations.ts';

const LOOK_BACK = 3;
const JOINS = new Set(['of', 'for', 'and', '&', 'on']);

/** Whether the tokens from `from` to `to` are one written word: one token, or words joined by glued hyphens. */
function oneWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.start !== tokens[k - 1]!.end) return false;
  return true;
}

/** The body's name when the phrase is one: capitalised words ending in a body's word or an acronym. */
function bodyName(
  tokens: Token[],
  text: string,
  np: Phrase,
  isName: (word: string) => boolean,
  isPerson: (word: string) => boolean,
): string | null {
  let from = np.from;
  if (tokens[from]!.lower === 'the') {
    from++;
    // ("the local Arab News": lower-case words before the name describe the body)
    while (from < np.to && tokens[from]!.pos === 'ADJ' && !startsUpper(text, tokens[from])) from++;
  }
  if (from > np.to) return null;
  // "Video game firm Bioware is to hold …", "US insurance firm Marsh & McLennan has …": lower-case words ending in a
  // kind that only a body is, then the name
  let kind = -1;
  for (let k = from; k < np.to; k++)
    if (!startsUpper(text, tokens[k]) && BODY_ONLY_KINDS.has(tokens[k]!.lower)) kind = k;
  if (kind >= 0 && startsUpper(text, tokens[kind + 1])) from = kind + 1;
  // "On Friday, Moody's downgraded Sony's debt … the rating agency said" (Dragnet round 1118): a subject that is one
  // capitalised word and a possessive mark, no noun after it, is a firm named so ("Moody's", "Sainsbury's")
  if (np.to === from + 1 && isPossessiveMark(tokens[np.to]) && startsUpper(text, tokens[from])) {
    const word = text.slice(tokens[from]!.start, tokens[from]!.end);
    return isPerson(word) ? null : text.slice(tokens[from]!.start, tokens[np.to]!.end);
  }
  for (let k = from; k <= np.to; k++) {
    const t = tokens[k]!;
    // (a possessive inside the name: "United Nations Children's Fund"; a hyphen glued between two of its words:
    // "Allis-Chalmers Corp", Reuters-21578 round 1175)
    const inside =
      k > from &&
      k < np.to &&
      (JOINS.has(t.lower) || isPossessiveMark(t) || innerHyphen(tokens, k));
    if (!startsUpper(text, t) && !inside) return null;
  }
  const last = text.slice(tokens[np.to]!.start, tokens[np.to]!.end);
  const acronym = ALL_CAPITALS.test(last);
  // "Police arrested the marchers. … the group said": a body's word alone names no one body ("Police", "Army")
  // … but a one-word name that is no body's word nor a person's is the firm's own ("Revenues at Reuters slipped, the
  // group said. … The news and financial data seller said"), one of hyphened words too ("Petro-Canada")
  const word = oneWord(tokens, from, np.to);
  if (word && !acronym) {
    const written = text.slice(tokens[from]!.start, tokens[np.to]!.end);
    const lower = written.toLowerCase();
    const own = BODY_NAMES.has(lower) || (!isBodyWord(lower) && isName(written));
    return tokens[from]!.pos === 'PROPN' && own ? written : null;
  }
  // ("UK Coal said … The company said": an acronym of a country and one more word that is no person's name, nor a
  // title, names a firm)
  const countryFirm =
    np.to === from + 1 &&
    ALL_CAPITALS.test(text.slice(tokens[from]!.start, tokens[from]!.end)) &&
    !isTitle(last.toLowerCase()) &&
    !isCommonGivenName(last.toLowerCase());
  // ("Allis-Chalmers Corp said … “…,” the company said": a company's legal form closes a firm's name, Reuters-21578
  // round 1175)
  const legal = isLegalForm(last.toLowerCase());
  if (!acronym && !isBodyWord(last.toLowerCase()) && !countryFirm && !legal) return null;
  return text.slice(tokens[from]!.start, tokens[np.to]!.end);
}

/**
 * "Amnesty International condemned the arrests. In a statement, the group said …": "the" and a kind of body (company,
 * group, agency …) with no body of that noun named points to the body that was the subject of a sentence just before
 * (this one or the last three), named by capitalised words that end in a body's word ("International", "Programme")
 * or an acronym. A person as the latest subject, or no such body, leaves the phrase as written; a thing as the latest
 * subject leaves "the company" or "the firm" to the firm the story opened on (leadFirm).
 */
export function bodyByKind(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  if (tokens[np.from]!.lower !== 'the' || !BODY_KINDS.has(tokens[np.to]!.lower)) return null;
  // ("the news and financial data seller": modifiers may be joined by "and")
  for (let k = np.from + 1; k < np.to; k++) {
    // ("The Canada-based company says": a place glued to "based" says where the body is, no name of another)
    if (basedPlace(tokens, k) && k + 2 < np.to) {
      k += 2;
      continue;
    }
    if (
      startsUpper(text, tokens[k]) ||
      !(['ADJ', 'NOUN'].includes(tokens[k]!.pos) || tokens[k]!.lower === 'and')
    )
      return null;
  }
  const kind = tokens[np.to]!.lower;
  let earliest = seg - LOOK_BACK;
  for (let s = seg; s >= 0 && s >= earliest; s--) {
    if (ctx.segments[s]!.kind === 'headline') continue;
    const own = ctx.tokens[s]!;
    // "According to the National Weather Service, rainfall could reach 20 inches. … the agency said": the body a
    // sentence just before reports from stands for it as its subject would
    const cited = s < seg ? citedBody(ctx, s) : null;
    if (cited) return ctx.people.spelledOut(cited);
    const subject = sentenceSubject(own);
    // "“We are saddened,” Marsh said in a statement. The company added …": a sentence that opens on a quotation has
    // the body its tag named as the one it is about (its subject is the quotation)
    const spoken = s < seg && ctx.lastQuoted?.seg === s ? ctx.lastQuoted.speaker : null;
    // (… and so does one whose subject is a description the body's name was found for: "The security contractor
    // said in a statement it “…” … “…,” the firm said", Dragnet round 1115)
    const described = subject && own[subject.from]!.lower === 'the' && subject.to > subject.from;
    if (
      spoken &&
      (!subject || ctx.quoted[s]![subject.from] || described) &&
      quotingBody(ctx, spoken)
    )
      return spoken;
    if (!subject || (s === seg && subject.to >= np.from) || ctx.quoted[s]![subject.from]) continue;
    // "Renault said … The firm will benefit … the firm said … the company said": a subject that is itself "the" and a
    // kind of body goes on about the same body, so the search steps over it to the name further back
    // (… and so does "it": "UK Coal said … It had introduced new wage structures … The company said")
    // (… and a lone "this" or "that" points at an event, not at anyone: "Moody's downgraded Sony's debt. This marks the
    // second time … the rating agency said", Dragnet round 1118)
    // (the tagger may run "This marks the second time …" into one noun phrase, so the phrase need not be the one word)
    const first = own[subject.from]!.lower;
    const it =
      (subject.from === subject.to && first === 'it') ||
      ((first === 'this' || first === 'that') &&
        !own.slice(subject.from, subject.to + 1).some((t) => BODY_KINDS.has(t.lower)));
    if (
      s < seg &&
      (it || (own[subject.from]!.lower === 'the' && BODY_KINDS.has(own[subject.to]!.lower)))
    ) {
      earliest--;
      continue;
    }
    // (a word the article capitalises inside a sentence, "media group Reuters", but not a person's, known by a full
    // name: "Glazer" for "Malcolm Glazer"; "Sales fell." names nobody)
    // (a name written in full with a company's legal form is the firm's, no person's: "Allis-Chalmers" for
    // "Allis-Chalmers Corp", Reuters-21578, round 1175)
    const body = bodyName(
      own,
      ctx.segments[s]!.text,
      subject,
      (w) =>
        (namedMidSentence(ctx, w) || reportsNext(own, subject.to)) &&
        (!/\s/.test(ctx.people.fullest(w)) || firmInFull(ctx, w)),
      (w) => /\s/.test(ctx.people.fullest(w)) && !firmInFull(ctx, w),
    );
    if (body) return ctx.people.spelledOut(firmInFull(ctx, body) ? ctx.people.fullest(body) : body);
    // a person or anything else as the latest subject: the kind may mean someone else
    // (… but for a thing, "the company" is still the firm the story opened on: "Petro-Canada, Canada's state-owned
    // oil company, said … The Terra-Nova field … was discovered by Petro-Canada in 1984. “…,” the company said",
    // Reuters-21578, rounds 1171 and 1186)
    if (s < seg)
      return personName(own, ctx.segments[s]!.text, subject) || !FIRM_KINDS.has(kind)
        ? null
        : leadFirm(ctx);
  }
  return null;
}

/**
 * The firm the story opens on, for "the company" or "the firm" where a thing was the subject just before: the subject
 * of the first sentence after the headline, saying something, a name closed by a company's legal form ("Kansas City
 * Southern Industries Inc said …") or set beside a kind of body ("Petro-Canada, Canada's state-owned oil company, said
 * …"); else null.
 */
function leadFirm(ctx: SpeakerContext): string | null {
  const seg = ctx.segments.findIndex((x) => x.kind === 'body');
  if (seg < 0) return null;
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const subject = sentenceSubject(tokens);
  if (!subject || subject.from !== 0 || !startsUpper(text, tokens[0])) return null;
  // (the subject may run on into the aside: "Petro-Canada, Canada's … company")
  let to = 0;
  while (to < subject.to && tokens[to + 1]!.lower !== ',') to++;
  const legal = isLegalForm(tokens[to]!.lower) && reportsNext(tokens, to);
  return legal || kindBesideReports(tokens, to)
    ? text.slice(tokens[0]!.start, tokens[to]!.end)
    : null;
}

/** ", Canada's state-owned oil company, said": an aside naming a kind of body, then a verb of saying. */
function kindBesideReports(tokens: Token[], to: number): boolean {
  if (tokens[to + 1]?.lower !== ',') return false;
  let close = to + 2;
  while (close < tokens.length && close <= to + 12 && tokens[close]!.lower !== ',') close++;
  if (tokens[close]?.lower !== ',' || !BODY_KINDS.has(tokens[close - 1]!.lower)) return false;
  return reportsNext(tokens, close);
}

/** Whether the fullest form the article gives `word` closes on a company's legal form ("Allis-Chalmers Corp"). */
function firmInFull(ctx: SpeakerContext, word: string): boolean {
  const full = ctx.people.fullest(word);
  return full !== word && endsInLegalForm(full);
}

/**
 * "Microsoft has said it will replace 14 million cables. The company said …": a capitalised word that a reporting verb
 * follows as its subject speaks, so it is a name even where the article writes it only opening sentences ("Sales
 * fell" reports nothing).
 */
function reportsNext(tokens: Token[], subjectEnd: number): boolean {
  for (let k = subjectEnd + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    return t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma);
  }
  return false;
}

/** Whether the article writes `word` capitalised after a lower-case word somewhere: a name, not a sentence's opening. */
function namedMidSentence(ctx: SpeakerContext, word: string): boolean {
  const after = new RegExp(`\\p{Ll} ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  return ctx.segments.some((s) => after.test(s.text));
}

/** The body's name after "according to" opening sentence `s` ("According to the National Weather Service, …"). */
function citedBody(ctx: SpeakerContext, s: number): string | null {
  const tokens = ctx.tokens[s]!;
  if (tokens[0]?.lower !== 'according' || tokens[1]?.lower !== 'to') return null;
  let end = 2;
  while (end + 1 < tokens.length && tokens[end + 1]!.lower !== ',') end++;
  if (end < 2 || end > 9) return null;
  return bodyName(
    tokens,
    ctx.segments[s]!.text,
    { from: 2, to: end },
    () => false,
    () => false,
  );
}

/**
 * A speaker's name that is a body's: capitalised words ending in a body's word or an acronym, or a one-word name no
 * person has.
 */
function quotingBody(ctx: SpeakerContext, speaker: string): boolean {
  const words = speaker.split(' ');
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(speaker) || !/^\p{Lu}/u.test(last)) return false;
  if (ALL_CAPITALS.test(last) || isBodyWord(last.toLowerCase())) return true;
  return (
    words.length === 1 &&
    (BODY_NAMES.has(last.toLowerCase()) ||
      (namedMidSentence(ctx, last) &&
        !/\s/.test(ctx.people.fullest(last)) &&
        !isCommonGivenName(last.toLowerCase())))
  );
}
