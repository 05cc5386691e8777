import { canSpeak } from '../grammar/can-speak.ts';
import { isGenericSubject } from '../grammar/generic.ts';
import { subjectBefore } from '../grammar/subjects.ts';
import { AIM_HOLDERS, SET_OFF_CONNECTIVES } from '../lexicon/desires.ts';
import { InList } from '../lexicon/word-lists.ts';
import { inList } from '../grammar/token.ts';
import { INSTITUTION_NOUNS, NOT_SOURCES, PERSON_PRONOUNS } from '../lexicon/source-kinds.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { TITLES } from '../lexicon/people.ts';
import { PLAN_NOUNS } from '../lexicon/plans.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import type { Phrase } from '../grammar/phrases.ts';

const BE = /^(?:is|are|was|were|been|remain|remains|remained)$/;

/** What may hold an aim of its own: a name, a person's pronoun, "it" for a body named before, a body, people. */
function canAim(s: Sentence, np: Phrase, lemma: string): boolean {
  const head = s.tokens[np.to]!;
  // ("It aims to transport 750,000 barrels a day", "In particular it aims to cut assaults": what "it" aims at is a
  // pipeline's or a campaign's purpose as often as a body's stated aim)
  if (np.from === np.to && head.lower === 'it' && lemma === 'aim') return false;
  // ("The programme aims to house ten people", "The scheme aims to cut waiting lists": a plan's aim is its purpose,
  // nobody's stance)
  if (lemma === 'aim' && PLAN_NOUNS.has(head.lower)) return false;
  if (np.from === np.to && (PERSON_PRONOUNS.has(head.lower) || head.lower === 'it')) return true;
  // ("We hope to see you there": the writer's "we", the reader's "you" hold no source's aim)
  if (np.from === np.to && NOT_SOURCES.has(head.lower)) return false;
  if (isGenericSubject(s.tokens, np)) return false;
  // "The 24-year-old England midfielder": an age tells of a person
  const aged = s.tokens
    .slice(np.from, np.to + 1)
    .some((x, k, all) => x.lower === 'year' && all[k + 2]?.lower === 'old');
  return (
    aged ||
    canSpeak(s.tokens, np) ||
    INSTITUTION_NOUNS.has(head.lower) ||
    OCCUPATIONS.has(head.lemma) ||
    // ("Polish ministers want to see the text changed")
    TITLES.has(head.lemma) ||
    AIM_HOLDERS.has(head.lower) ||
    AIM_HOLDERS.has(head.lemma)
  );
}

/**
 * A finite verb (an auxiliary) after token `from`, before a relative word or a comma opens a clause of its own
 * ("Government plans to close the base were dropped"; not "plans to move an amendment that would give …").
 */
function finiteAfter(s: Sentence, from: number): boolean {
  for (let k = from; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (/^(?:that|which|who|,)$/.test(t.lower)) return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}

/** What the aim is: an infinitive, a that-clause, an object and its infinitive, or a clause. */
function aimAfter(s: Sentence, k: number, lemma: string): boolean {
  const next = s.tokens[k];
  if (!next) return false;
  if (next.lower === 'to' || next.lower === 'that') return true;
  // "BT wants lighter regulation", "The firm wants a tariff rise of 60%", "her rival wants a new election": what someone
  // wants may be a thing, as no hope or plan is
  // (in the present, with no modal: "the students wanted a way of …" narrates, "investors will want" guesses)
  if (lemma === 'want' && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(next.pos)) {
    const verb = s.tokens[k - 1]!;
    if (verb.lower === 'wants' || (verb.lower === 'want' && s.tokens[k - 2]?.pos !== 'AUX'))
      return true;
  }
  // "wants the reporters to reveal": an object, then its infinitive ("wants Roddick and the rest of his team to play")
  for (let j = k; j < s.tokens.length && j <= k + 8; j++) {
    // (or a passive: "want the EU budget to be capped")
    if (s.tokens[j]!.lower === 'to' && /^(?:VERB|AUX)$/.test(s.tokens[j + 1]?.pos ?? ''))
      return true;
    const inObject = /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(s.tokens[j]!.pos);
    if (!inObject && !/^(?:and|of)$/.test(s.tokens[j]!.lower)) break;
  }
  // "hopes 2005 sales will benefit": a clause
  for (let j = k; j < s.tokens.length && j <= k + 6; j++) {
    const t = s.tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && j > k)) return j > k;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "Organisers hope to raise £250,000", "It hopes 2005 sales will benefit", "Apple wants the reporters to reveal …",
 * "Ruddock, though, is keen to protect his players": an aim someone holds, told as theirs, is their stated stance,
 * as a belief is. Only a finite verb of the main clause whose subject can hold an aim; "the plan is meant to" or
 * "anyone who wants to" hold none. Returns true when one carries the sentence.
 */
export function desireCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (found || s.quoted[i]) return;
    // a verb of desire is a listed lemma and an adjective a listed word: the two look-ups rule out nearly every word
    // before the patterns below are made and run
    if (!inList(t, InList.DESIRE_VERB_LEMMA | InList.DESIRE_ADJECTIVE)) return;
    // ("Hong Kong is hoping to join …": a progressive is finite; a bare participle, "hoping to win", is not)
    const progressive =
      t.lower.endsWith('ing') && /^(?:is|are|was|were|am)$/.test(s.tokens[i - 1]?.lower ?? '');
    // ("Microsoft plans to cut jobs": the tagger reads a verb in -s after a name as a plural noun; the infinitive after
    // it shows the verb)
    const nounRead =
      t.pos === 'NOUN' &&
      /[^s]s$/.test(t.lower) &&
      inList(t, InList.DESIRE_VERB_LEMMA) &&
      s.tokens[i + 1]?.lower === 'to' &&
      s.tokens[i + 2]?.pos === 'VERB' &&
      /^(?:PROPN|NOUN)$/.test(s.tokens[i - 1]?.pos ?? '') &&
      // ("Government plans to close the base were dropped": a finite verb later makes "plans" its subject, and "has
      // rejected US plans to interfere" its object)
      !finiteAfter(s, i + 3) &&
      !s.tokens.slice(0, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const verb =
      nounRead ||
      (t.pos === 'VERB' &&
        inList(t, InList.DESIRE_VERB_LEMMA) &&
        (!t.lower.endsWith('ing') || progressive));
    // (the tagger reads "determined" as a verb)
    const adjective =
      (t.pos === 'ADJ' || t.pos === 'VERB') &&
      inList(t, InList.DESIRE_ADJECTIVE) &&
      BE.test(s.tokens[i - 1]?.lower ?? '');
    if (!verb && !adjective) return;
    // (a verb after "to" or a relative word is no main clause's: "to hope", "who want to")
    const before = s.tokens[i - 1];
    if (verb && before && /^(?:to|who|which|that)$/.test(before.lower)) return;
    if (!aimAfter(s, i + 1, t.lemma)) return;
    let at = adjective ? i - 1 : i;
    while (at > 0 && /^(?:AUX|ADV|PART)$/.test(s.tokens[at - 1]!.pos)) at--;
    // "Ruddock, though, is keen": a connective set off by commas stands between the subject and its verb
    if (s.tokens[at - 1]?.lower === ',' && s.tokens[at - 3]?.lower === ',')
      if (SET_OFF_CONNECTIVES.has(s.tokens[at - 2]!.lower)) at -= 3;
    const np = subjectBefore(s.tokens, s.text, at);
    if (!np || !canAim(s, np, t.lemma)) return;
    // ("told The Jakarta Post it was intending to": a pronoun closing a longer phrase opens a reported clause)
    if (np.to > np.from && s.tokens[np.to]!.pos === 'PRON') return;
    // "a list of the blogs they want to follow", "what she hopes to win", "watch what they want when they want to":
    // a pronoun right after a noun or a wh-word opens a relative clause, whose aim is told of the thing, not claimed
    // by the sentence
    const opener = s.tokens[np.from - 1];
    if (
      np.from === np.to &&
      s.tokens[np.from]!.pos === 'PRON' &&
      opener &&
      (opener.pos === 'NOUN' ||
        /^(?:what|whatever|when|whenever|where|wherever|how)$/.test(opener.lower))
    )
      return;
    cue(s, adjective ? i - 1 : i, i, 'reporting-verb');
    addSource(s, np);
    found = true;
  });
  return found;
}
