import { isPossessiveMark, type Token } from './token.ts';
import { nameRunsToEnd } from './closing-name.ts';
import { isPersonNoun } from './person-noun.ts';
import {
  APPLICATIONS,
  CALLED_OUT_TO,
  DOUBTED_THINGS,
  NARRATING_WORKS,
  PLEADED_THINGS,
  SLAMMED_INTO,
  SLAMMED_THINGS,
  TIME_PHRASE_WORDS,
  WITHHELD_THINGS,
  WRITTEN_WORKS,
} from '../lexicon/verb-acts.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';

// Where a verb of saying names an act, not words said: each test takes the verb at `i` (grammar/verbs.ts asks them
// for its lemma).

/** "were questioned by police", "he was questioned about the fire": a passive "questioned" with no doubted thing. */
export function interrogated(tokens: Token[], i: number): boolean {
  // ("Police arrested two men and questioned them", "detectives questioned two suspects": active, with people as its
  // object, it is an interrogation too)
  if (questionedPeople(tokens, i)) return true;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.lemma !== 'be') return false;
  let head = k - 1;
  while (head >= 0 && (tokens[head]!.pos === 'AUX' || tokens[head]!.pos === 'ADV')) head--;
  const t = tokens[head];
  // ("Dunne's professionalism was questioned by Keegan": a quality, an abstract noun by its ending, is doubted too)
  if (t?.pos === 'NOUN' && ABSTRACT_ENDING.test(t.lower)) return false;
  return !DOUBTED_THINGS.has(t?.lower ?? '');
}

/** People as the object right after the verb at `i`: "questioned them", "questioned two suspects". */
function questionedPeople(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === 'PRON') return /^(?:him|her|them|me|us)$/.test(next.lower);
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && /^(?:DET|NUM|ADJ)$/.test(tokens[k]!.pos)) k++;
  // (not a person's thing: "questioned the President's power")
  return (
    k > i + 1 &&
    tokens[k]?.pos === 'NOUN' &&
    isPersonNoun(tokens[k]!.lower) &&
    !isPossessiveMark(tokens[k + 1])
  );
}

const ABSTRACT_ENDING = /(?:ism|ity|ness|ship|ence|ance|ment|tion|sion)$/;

/**
 * "He wrote Ring of Fire", "she wrote the music", "the first songs he wrote": "write" after its subject with a work
 * as its object (a title in capitals or a work's noun) or with a work before it as the object of a relative clause.
 * Not "…,” wrote Joshua Wong" (an inverted tag, no subject before it) nor "wrote to the embassy" or "wrote that …".
 */
export function workWritten(tokens: Token[], i: number): boolean {
  // "…, writes Mr Peston.": after a comma, a name running to the sentence's end is the writer of a closing tag
  if (tokens[i - 1]?.lower === ',' && nameRunsToEnd(tokens, i + 1, (t) => /^[.!?]$/.test(t.lower)))
    return false;
  // ("enthusiasts have written emulators": past the auxiliaries)
  let p = i - 1;
  while (p > 0 && /^(?:AUX|ADV)$/.test(tokens[p]!.pos)) p--;
  let prev = tokens[p];
  // ("Ellen Simonetti, known as Queen of the Sky, wrote an account": the subject before an aside)
  if (prev?.lower === ',' && !/^["“”‘’']$/.test(tokens[p - 1]?.lower ?? '')) prev = tokens[p - 1];
  if (!prev || !/^(?:PRON|PROPN|NOUN)$/.test(prev.pos)) return false;
  if (prev.pos === 'PRON' && NARRATING_WORKS.has(tokens[p - 1]?.lemma ?? '')) return true;
  if (tokens.some((t) => /^["“”‘’]$/.test(t.lower))) return false;
  let k = i + 1;
  // (over a noun modifying the next noun too: "an anonymous semi-fictional account", "a radio script"; and over a
  // count: "has written five books")
  const modifier = (t: Token) =>
    /^(?:DET|ADJ|NUM)$/.test(t.pos) || (t.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN');
  while (tokens[k] && modifier(tokens[k]!)) k++;
  const object = tokens[k];
  if (!object) return false;
  if (NARRATING_WORKS.has(object.lemma) || WRITTEN_WORKS.has(object.lemma)) return true;
  return k === i + 1 && object.pos === 'PROPN' && /^(?:PROPN|ADP)$/.test(tokens[k + 1]?.pos ?? '');
}

/**
 * "denied Luscombe the opportunity", "denied them a place": a person, then a withheld thing; and in a match report
 * "James denied Damien Duff, Jiri Jarosik and Mateja Kezman" (names with no clause after them) or "Chelsea denied by
 * James heroics": a save, no denial in words ("denied Jones had lied" keeps its clause, "the claims were denied by
 * the firm" its claims).
 */
export function withheld(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (tokens[i + 1]?.lower === 'by' && before?.pos === 'PROPN') return true;
  // "having been charged and repeatedly denied bail", "the court denied the request": the withheld thing right after
  // the verb, its person the passive's subject or left unsaid ("denied the request was made" denies a clause)
  const direct = /^(?:the|a|an)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const clause = /^(?:AUX|VERB)$/.test(tokens[direct + 1]?.pos ?? '');
  if (WITHHELD_THINGS.has(tokens[direct]?.lower ?? '') && !clause) return true;
  let k = i + 1;
  while (k <= i + 3 && tokens[k] && /^(?:PROPN|PRON)$/.test(tokens[k]!.pos)) k++;
  if (k === i + 1) return false;
  const after = tokens[k];
  if (tokens[i + 1]!.pos === 'PROPN' && (!after || /^(?:,|and|\.)$/.test(after.lower))) return true;
  if (/^(?:the|a|an|any|his|her|their|its)$/.test(tokens[k]?.lower ?? '')) k++;
  return WITHHELD_THINGS.has(tokens[k]?.lower ?? '');
}

/** "The film tells the story of …": "tell" with "the story"/"a tale" after it and a work as its subject. */
export function narratedByWork(tokens: Token[], i: number): boolean {
  if (!/^(?:story|stories|tale|tales)$/.test(tokens[i + 2]?.lower ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  return NARRATING_WORKS.has(tokens[k]?.lemma ?? '') || NARRATING_WORKS.has(tokens[k]?.lower ?? '');
}

/** "ruled last month that", "ruled on 30 July, 2002 that": a short time phrase after the verb at \`i\`, then "that". */
export function timeThenThat(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    if (tokens[k]!.lower === 'that') return k > i + 1;
    if (!TIME_PHRASE_WORDS.test(tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * "has admitted two charges of improper conduct", "admitted a driving offence", "has denied murder": charges admitted
 * or a crime denied are a plea entered, an act of the court's procedure with no claim reported ("admitted that he had
 * lied" keeps its clause, "denied the fraud claims" its claims: the charge must head its phrase). `things` are the
 * words for what was pleaded to.
 */
export function pleaded(
  tokens: Token[],
  i: number,
  things: ReadonlySet<string> = PLEADED_THINGS,
): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (things.has(t.lower)) return tokens[k + 1]?.pos !== 'NOUN';
    if (!/^(?:DET|NUM|ADJ|NOUN)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "Britain had initially rejected an asylum request by Mehdi Kazemi", "the board rejected his appeal": what was
 * applied for, right after the verb (a determiner and up to two modifiers before it), is decided on, no view held.
 */
export function rejectedApplication(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (/^(?:DET|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  for (let n = 0; n < 2 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k]?.pos ?? ''); n++) {
    if (APPLICATIONS.has(tokens[k]!.lower)) break;
    k++;
  }
  return APPLICATIONS.has(tokens[k]?.lower ?? '');
}

/**
 * "the company has written to homes likely to be affected": writing to someone with nothing of what was written
 * (no "that", no quotation, no "about …", no "asking …" or "saying …" after it) tells that a letter went, an act;
 * "wrote to the embassy asking to waive her immunity" keeps its words.
 */
export function wroteToOnly(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'to') return false;
  return tokens.slice(i + 2).every(
    (t) =>
      t.lower !== 'that' &&
      // ("has written to the council about the flooding": what the letter was about is told)
      t.lower !== 'about' &&
      !/^["“”‘’]$/.test(t.lower) &&
      !REPORTING_VERBS.has(t.lemma),
  );
}

/**
 * "officers were shot after responding to a \"potential domestic situation\"", "police responded to a call from
 * Candace Smith": responding to a call or a scene is going out to it, an act ("responded to the criticism" answers in
 * words). The object's head within four words after "to", one of CALLED_OUT_TO.
 */
export function calledOut(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'to') return false;
  // (a quotation mark may open the words the call was logged as: "responding to a \"potential domestic situation\"")
  for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return CALLED_OUT_TO.has(t.lower);
    if (!/^(?:DET|ADJ|NUM|PROPN|ADV)$/.test(t.pos) && !/^["“‘']$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "a car slammed into the barrier", "slammed the door shut": "slam" with a direction or a thing struck within three
 * words after it is a blow, no words ("slammed the Democratic Party for its response" blames).
 */
export function blowStruck(tokens: Token[], i: number): boolean {
  if (SLAMMED_INTO.has(tokens[i + 1]?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++)
    if (SLAMMED_THINGS.test(tokens[k]!.lower)) return true;
  return false;
}
