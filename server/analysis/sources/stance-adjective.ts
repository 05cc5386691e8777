import { addSource, cue, type Sentence } from './sentence.ts';
import { inOpenRelative, subordinate } from './clause.ts';
import { subjectBefore } from '../grammar/subjects.ts';
import { isGenericSubject } from '../grammar/generic.ts';
import { npEndingAt, type Phrase } from '../grammar/phrases.ts';
import { BE_FORMS, QUESTION_OPENERS } from '../lexicon/function-words.ts';
import { ANONYMOUS_HEADS, BODY_KINDS, ORG_WORDS, TITLES } from '../lexicon/people.ts';
import { OCCUPATIONS } from '../lexicon/occupations.ts';
import { NOT_SOURCES } from '../lexicon/source-kinds.ts';
import { ABOUT_LINKS, LINKING_STATES } from '../lexicon/stance-adjectives.ts';
import { InList } from '../lexicon/word-lists.ts';
import { inList } from '../grammar/token.ts';

const CLAUSE_OPENERS = /^(?:DET|PROPN|PRON|NOUN|ADJ|NUM)$/;

/** "sceptical that …", "worried the plant will close": a that-clause, or a subject and its finite verb. */
function clauseAfter(s: Sentence, k: number): boolean {
  const next = s.tokens[k];
  if (next?.lower === 'that') return true;
  // "Amr Moussa is unsure how useful the meeting will be", "police are uncertain whether …": a question the source
  // cannot or can answer is its view as much as a that-clause
  if (QUESTION_OPENERS.test(next?.lower ?? '')) return true;
  let j = k;
  // ("concerned thousands of residents may not vote": an "of" phrase may hang on the clause's subject)
  while (
    j <= k + 8 &&
    (CLAUSE_OPENERS.test(s.tokens[j]?.pos ?? '') || (j > k && s.tokens[j]?.lower === 'of'))
  )
    j++;
  const verb = s.tokens[j];
  return (
    j > k && !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))
  );
}

/**
 * "Analysts are sceptical that the talks will succeed", "The opposition leader was critical of the arrests": a stance
 * adjective predicated of a source, with the proposition or the thing it judges, reports the source's view. The
 * subject must be able to hold one (a name, a person, a group or a body); "the outcome remains uncertain" is no report.
 * Returns true when one stands in the main clause.
 */
export function stanceAdjectiveCues(s: Sentence, headline = false): boolean {
  let found = false;
  s.tokens.forEach((t, i) => {
    if (found) return;
    // the two word look-ups first: they rule out nearly every word, before the tag and its regex are read
    const clause = inList(t, InList.CLAUSE_STANCE_ADJECTIVE);
    const of = inList(t, InList.OF_STANCE_ADJECTIVE);
    const about = inList(t, InList.ABOUT_STANCE_ADJECTIVE);
    if (!clause && !of && !about) return;
    // ("worried", "concerned", "convinced": the tagger may read the adjective as a passive participle)
    if (s.quoted[i] || (t.pos !== 'ADJ' && !(t.pos === 'VERB' && t.lower.endsWith('ed')))) return;
    const next = s.tokens[i + 1]?.lower;
    if (!(
      (clause && clauseAfter(s, i + 1)) ||
      (of && next === 'of') ||
      (about && ABOUT_LINKS.has(next ?? ''))
    ))
      return;
    let be = i - 1;
    // ("Pickens … is not convinced that the drilling industry is on the verge …", Reuters-21578, rounds 1273 and
    // 1311: a stance denied is a stance held, and "not" stands with the adverbs)
    while (
      be >= 0 &&
      (s.tokens[be]!.pos === 'ADV' ||
        s.tokens[be]!.lower === 'not' ||
        s.tokens[be]!.lower === "n't")
    )
      be--;
    // ("the company remained optimistic about its outlook": "remain" and "stay" link a state as "be" does)
    const linked =
      be > 0 && (BE_FORMS.has(s.tokens[be]!.lower) || LINKING_STATES.has(s.tokens[be]!.lemma));
    // ("SPRINT OPTIMISTIC DESPITE LOSSES", "AFRICAN BANK OFFICIAL CONFIDENT ON LOAN REPAYMENTS", Reuters-21578 rounds
    // 1157, 1163: a headline drops the "is", the subject right before the adjective)
    if (!linked && !(headline && be === i - 1 && /^(?:NOUN|PROPN)$/.test(s.tokens[be]?.pos ?? '')))
      return;
    if (!linked) be = i;
    // "Baykal, who heads the party, was critical", "a mayor that was critical": the relative clause holds the verb
    if (subordinate(s.tokens, be) || inOpenRelative(s.tokens, be, true)) return;
    let np = subjectBefore(s.tokens, s.text, be);
    if (!np) return;
    // "permanent residents in possession of a green card were concerned that …": the phrase found may hang on the
    // subject's head by prepositions
    for (let hops = 0; hops < 3 && !holds(s, np) && s.tokens[np.from - 1]?.pos === 'ADP'; hops++) {
      const before = npEndingAt(s.tokens, np.from - 2, 0);
      if (!before) break;
      np = before;
    }
    // ("But no one is sure what the impact will be", Reuters-21578 round 1163: a stance nobody holds)
    if (!holds(s, np) || isGenericSubject(s.tokens, np)) return;
    const head = s.tokens[np.to]!;
    if (NOT_SOURCES.has(head.lower)) return;
    cue(s, be, i, 'reporting-verb');
    addSource(s, np);
    found = true;
  });
  return found;
}

/**
 * Whether the phrase can hold a view: a name, a personal pronoun, people, a group or a body, a title; its head is the
 * word before a preposition other than "of" inside it ("residents in possession of a green card", but "84 percent of
 * voters").
 */
function holds(s: Sentence, np: Phrase): boolean {
  let to = np.to;
  for (let k = np.from + 1; k < np.to; k++)
    if (s.tokens[k]!.pos === 'ADP' && s.tokens[k]!.lower !== 'of') {
      to = k - 1;
      break;
    }
  const head = s.tokens[to]!;
  return (
    head.pos === 'PROPN' ||
    /^(?:he|she|they)$/.test(head.lower) ||
    ANONYMOUS_HEADS.has(head.lower) ||
    ORG_WORDS.has(head.lemma) ||
    ORG_WORDS.has(head.lower) ||
    // ("The firm is confident its new drug pipeline will deliver profits", blind round 637)
    BODY_KINDS.has(head.lower) ||
    // ("the minister is doubtful that the plan will work")
    TITLES.has(head.lemma) ||
    OCCUPATIONS.has(head.lemma)
  );
}
