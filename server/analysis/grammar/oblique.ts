import { isPossessiveMark, type Token } from './token.ts';
import { isReportingVerb } from './verbs.ts';
import { JUDGING, URGING } from '../lexicon/verb-classes.ts';
import { BRANDING_VERBS } from '../lexicon/describing-verbs.ts';
import { isTitle } from '../lexicon/people.ts';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words.ts';
import { SPEECH_NOUNS } from '../lexicon/reporting-verbs.ts';

// reporting verbs whose object is a person talked about or to, never the one speaking: "branded Mr Howard
// “arrogant”", "urged Ana Ruiz to stay", "told Tom Reyes" ("said Tom Reyes" puts the speaker after the verb)
const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  ...JUDGING,
  ...URGING,
  ...BRANDING_VERBS,
  'tell',
  // ("Campese defended coach Andy Robinson, who he believes …": the one defended is talked about)
  'defend',
]);

const DESCRIBERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'his', 'hers', 'himself', 'herself']);

/** "branded Mr Howard": a past tense the tagger read as an adjective, right before a name. */
function pastBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'ADJ' && t.lower.endsWith('ed') && tokens[k + 1]?.pos === 'PROPN';
}

// prepositions that never open a clause, unlike "after" or "as" ("after Flynn made a speech")
const PLAIN_PREPOSITIONS = /^(?:at|in|on|from|with|for|to|into|of|about|against|among)$/;

/**
 * "Asked if Mr Blunkett could return to frontline politics, he replied: …": a name inside an opening "Asked …" clause
 * is what the question was about; the one asked is the subject after the comma.
 */
function insideAskedClause(tokens: Token[], from: number): boolean {
  const open = tokens[0]?.lower === 'asked' ? 0 : tokens[1]?.lower === 'asked' ? 1 : -1;
  if (open < 0 || from <= open) return false;
  for (let k = open + 1; k < from; k++) if (tokens[k]!.lower === ',') return false;
  // ("Asked on Thursday about Mr Smith's position Mr Johnson told BBC Radio 4 …", BBC, blind round 981: a name right
  // before a finite verb is the one asked, the main clause's subject, the comma before it left out)
  let end = from;
  while (tokens[end + 1]?.pos === 'PROPN') end++;
  const verb = tokens[end + 1];
  return !(verb?.pos === 'VERB' && !verb.lower.endsWith('ing') && verb.lower !== verb.lemma);
}

/**
 * "Irons, whose film Being Julia is in competition, said": a name inside a "whose" clause is talked about; the clause
 * describes the person before it.
 */
function insideWhoseClause(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    if (tokens[k]!.lower === ',') return false;
    if (tokens[k]!.lower === 'whose') return true;
  }
  return false;
}

/** True when the word at `k` opens its sentence, maybe after "But" or "And". */
function opensSentence(tokens: Token[], k: number): boolean {
  return k === 0 || (k === 1 && /^(?:but|and)$/.test(tokens[0]!.lower));
}

/**
 * Whether the name starting at token `from` stands after a preposition or a non-reporting verb ("the murder of
 * journalist Jamal Khashoggi", "speaking to Martin Smith", "sentenced David Turpin"): such a person is talked about,
 * so a later "he said" prefers someone named as a subject.
 */
export function isOblique(tokens: Token[], from: number): boolean {
  const t = tokens[from];
  if (t?.pos === 'PRON') return OBJECT_PRONOUNS.has(t.lower);
  if (insideAskedClause(tokens, from) || insideWhoseClause(tokens, from)) return true;
  // "good displays against West Brom and Aston Villa have impressed fans": a name joined by "and" to the name before
  // it stands where that one stands, even right before the verb (… but "within six points of Barcelona and Owen is
  // confident": a verb agreeing with the name alone opens a clause whose subject it is)
  let end = from;
  while (tokens[end + 1]?.pos === 'PROPN') end++;
  const verb = tokens[end + 1];
  const singular =
    !!verb &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    /^(?:is|was|has|does)$|[^s]s$/.test(verb.lower);
  if (
    !singular &&
    /^(?:and|or)$/.test(tokens[from - 1]?.lower ?? '') &&
    tokens[from - 2]?.pos === 'PROPN'
  ) {
    let start = from - 2;
    while (tokens[start - 1]?.pos === 'PROPN') start--;
    return isOblique(tokens, start);
  }
  // "the first time Flynn made a speech": a name right before its verb is that clause's subject
  // (… but not after a plain preposition: in "at Snappy Snaps £9.99" the tagger read the name's end as a verb)
  const governed = PLAIN_PREPOSITIONS.test(tokens[from - 1]?.lower ?? '');
  // (… or its finite "be" or "have": "… Armed Forces Hussein Rashid Mohammed was the third to be sentenced")
  const next = tokens[end + 1];
  const finite =
    next?.pos === 'VERB' || (next?.pos === 'AUX' && /^(?:is|was|has|had)$/.test(next.lower));
  if (finite && !next!.lower.endsWith('ing') && !governed) return false;
  // "boosted by the return of skipper Brian O'Driscoll who missed the last game. “…,” he said": a relative clause
  // with "who" makes the person its subject, the one the next sentences go on about
  if (tokens[end + 1]?.lower === 'who') return false;
  let k = from - 1;
  for (;;) {
    while (
      k >= 0 &&
      DESCRIBERS.has(tokens[k]!.pos) &&
      tokens[k]!.lower !== 'and' &&
      !pastBefore(tokens, k)
    )
      k--;
    // "Sale Sharks director of rugby Philippe Saint-Andre": "of" inside a title belongs to the title
    if (tokens[k]?.lower === 'of' && isTitle(tokens[k - 1]?.lower ?? '') && k - 1 < from - 2)
      k -= 2;
    // "blamed officials and his former coach Christos Tzekos": a possessive determiner opens the phrase, and a phrase
    // after "and" stands where the phrase before it stands
    else if (POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? '') && k < from - 1) k--;
    // "well ahead of Germany's Marc Blume": a possessive owner before the name belongs to its phrase
    else if (isPossessiveMark(tokens[k]) && DESCRIBERS.has(tokens[k - 1]?.pos ?? '')) k--;
    else if (tokens[k]?.lower === 'and' && k < from - 1 && DESCRIBERS.has(tokens[k - 1]?.pos ?? ''))
      k--;
    else break;
  }
  const before = tokens[k];
  if (!before) return false;
  // "The musical's British director is Matthew Warchus": a name after "be" is who the subject is, the one the next
  // sentences go on about
  if (before.lemma === 'be' && k === from - 1) return false;
  // "But for Allen Weiner, a research director at Gartner, the future of search is …": "for" opening the sentence
  // and closed by a comma frames the view as the named person's, the one the next sentences quote
  if (before.lower === 'for' && opensSentence(tokens, k) && tokens[end + 1]?.lower === ',')
    return false;
  // "In a statement by Fox News President Jay Wallace, he wrote: …" (PTC page, blind round 998): the author of the
  // words an opening phrase names, closed by a comma, is the one the clause's "he" or "she" goes on about
  if (
    before.lower === 'by' &&
    SPEECH_NOUNS.has(tokens[k - 1]?.lower ?? '') &&
    tokens[0]?.lower === 'in' &&
    tokens[end + 1]?.lower === ','
  )
    return false;
  // "One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said: …"
  // (BBC, blind round 985): whom a view or a word "came from" is its source, the one the next sentences quote
  if (before.lower === 'from' && tokens[k - 1]?.lemma === 'come') return false;
  if (before.pos === 'ADP') return before.lower !== 'according' && !isByAgent(tokens, k);
  // "Man-of-the-match Stephen Jones": a word hyphened to the one before it ends a compound describing the person,
  // whatever the tagger read it as, and governs no one
  const dash = tokens[k - 1];
  if (dash?.lower === '-' && dash.end === before.start) return false;
  // ("Simon Hughes branded Mr Howard": the tagger may read the past tense before a name as an adjective)
  const misread = before.pos === 'ADJ' && before.lower.endsWith('ed');
  if (before.pos !== 'VERB' && before.pos !== 'AUX' && !misread) return false;
  const lemmas = misread ? [before.lower.slice(0, -1), before.lower.slice(0, -2)] : [before.lemma];
  return lemmas.some((l) => PERSON_OBJECT_VERBS.has(l)) || !isReportingVerb(tokens, k);
}

// "was praised by Jane Doe": the agent of a passive is who acted, not who was talked about
// … but in "since he was pardoned by Trump" the pronoun subject is the one talked about
function isByAgent(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'by') return false;
  let a = k - 1;
  while (a >= 0 && (tokens[a]!.pos === 'VERB' || tokens[a]!.pos === 'ADV')) a--;
  // ("a disputed comment by …": "verbs" right after a determiner are a noun phrase the tagger misread)
  if (a < k - 1 && tokens[a]?.pos === 'DET') return false;
  // … but "the cuts proposed by Oliver Letwin": a participle right after its noun, with no "be", describes the noun,
  // and its agent is talked about
  // … and so is the author in "a comment by chairman Tim Phillips": no verb at all between the noun and "by"
  if (/^(?:NOUN|PROPN)$/.test(tokens[a]?.pos ?? '')) return false;
  // (… and in "the policies being pursued by President Donald Trump": "being" and its participle describe the noun)
  if (tokens[a]?.lower === 'being' && /^(?:NOUN|PROPN)$/.test(tokens[a - 1]?.pos ?? ''))
    return false;
  while (a >= 0 && tokens[a]!.pos === 'AUX') a--;
  return !/^(he|she)$/.test(tokens[a]?.lower ?? '');
}
