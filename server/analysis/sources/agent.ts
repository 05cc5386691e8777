import { isPastParticiple, type Token } from '../grammar/token.ts';
import { phraseAfter, type Phrase } from '../grammar/phrases.ts';
import { isPassive } from '../grammar/verbs.ts';
import { inRelative, subordinate } from './clause.ts';
import { addSource, cue, type Sentence } from './sentence.ts';
import { BE_FORMS } from '../lexicon/function-words.ts';
import {
  CENSURE_NOUNS,
  FINDING_NOUNS,
  COUNT_FINDING_VERBS,
  HELD_VIEWS,
  NAMING_VERBS,
  PUBLISHING_VERBS,
  STATEMENT_NOUNS,
  VOICING_VERBS,
} from '../lexicon/agents.ts';

/** A noun's base form; the tagger reads a capitalised first word as a name ("Projections by …"). */
function nounIn(t: Token | undefined, list: ReadonlySet<string>): boolean {
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  return list.has(t.lemma) || list.has(t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower);
}

/** Only determiners and adjectives stand between the clause's start (or a comma, "and") and token i. */
function opensClause(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // "Death tolls provided by …", "Some estimated death tolls": a noun (capitalised at the start, so read as a name)
  // or a participle may modify the head
  while (
    k >= 0 &&
    (/^(?:DET|ADJ|NUM|NOUN)$/.test(tokens[k]!.pos) ||
      (k === 0 && tokens[k]!.pos === 'PROPN') ||
      isPastParticiple(tokens[k]))
  )
    k--;
  return k < 0 || tokens[k]!.lower === ',' || tokens[k]!.pos === 'CCONJ';
}

/**
 * "Figures from the census office show the town shrank": the tagger reads a plural subject's verb as one more noun
 * of the agent's phrase; the phrase ends before it when a clause or a figure follows.
 */
function verbInPhrase(tokens: Token[], np: Phrase): Phrase {
  for (let k = np.from + 1; k <= np.to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || !COUNT_FINDING_VERBS.has(t.lower.replace(/s$/, ''))) continue;
    // "the census office show the town …", not "the state archive": after the agent's own noun, before a clause
    const prev = tokens[k - 1]!;
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') continue;
    const clause = tokens.slice(k + 1, k + 8).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    // "… state about 200 clinics": a figure, maybe after an approximator, is what the count gives
    const figure = tokens.slice(k + 1, k + 3).some((x) => x.pos === 'NUM');
    if (clause || figure) return { from: np.from, to: k - 1 };
  }
  return np;
}

/**
 * "An inquiry by the Harbour Gazette found no payment", "Projections by two networks indicated he won", "Figures
 * from the census office show the town shrank": a finding or a count and its maker, then what it shows.
 */
function findingBy(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  if (!nounIn(tokens[i], FINDING_NOUNS)) return false;
  // "Figures released by the ministry show …", "Death tolls, provided anonymously by officials to reporters,
  // exceeded 100": a count made public by someone, set off by commas or not, is theirs, whatever its verb says
  let j = i + 1;
  const aside = tokens[j]?.lower === ',';
  if (aside) j++;
  const published = isPastParticiple(tokens[j]) && PUBLISHING_VERBS.has(tokens[j]!.lemma);
  const participle = j;
  if (published) {
    j++;
    while (tokens[j]?.pos === 'ADV') j++;
  } else if (aside) return false;
  const by = tokens[j]?.lower;
  if ((by !== 'by' && by !== 'from') || !opensClause(tokens, i)) return false;
  const whole = phraseAfter(tokens, j);
  if (!whole) return false;
  const np = verbInPhrase(tokens, whole);
  let k = np.to + 1;
  // "by CNN and NPR": coordinated agents
  if (tokens[k]?.lower === 'and') k = (phraseAfter(tokens, k)?.to ?? k) + 1;
  // ", provided … by officials to reporters, exceeded": the aside ends at its comma
  if (aside) {
    while (k < tokens.length && k <= np.to + 8 && tokens[k]!.lower !== ',') k++;
    if (tokens[k]?.lower !== ',') return false;
    k++;
  }
  // "published by the agency on Monday indicate": a time phrase after the agent
  if (published && /^(?:on|in|at|during|last)$/.test(tokens[k]?.lower ?? '')) {
    const from = ++k;
    while (k <= from + 2 && /^(?:DET|NUM|PROPN|NOUN)$/.test(tokens[k]?.pos ?? '')) k++;
  }
  const before = k;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++;
  const verb = tokens[k];
  const misread = np !== whole && k === np.to + 1;
  // "Records released by the archive were lost": a passive main verb says what befell the count, not what it says
  const passive = tokens.slice(before, k).some((x) => BE_FORMS.has(x.lower));
  const stated = published && !passive && verb?.pos === 'VERB' && !verb.lower.endsWith('ing');
  if (!verb || !(stated || misread || (verb.pos === 'VERB' && COUNT_FINDING_VERBS.has(verb.lemma))))
    return false;
  // the deciding words: the verb of making public ("released by"), else the finding's verb ("show")
  const at = stated && !COUNT_FINDING_VERBS.has(verb.lemma) ? participle : k;
  cue(s, at, at, 'reporting-verb');
  addSource(s, np);
  return true;
}

/** The head of the subject of a passive verb: the noun before its auxiliaries ("Similar sentiment was shared"). */
function heldView(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  return nounIn(tokens[k], HELD_VIEWS);
}

/**
 * "The sailor was identified as Tom Reyes by a navy spokesperson", "Similar sentiment was shared by a senator": a
 * passive naming or voicing verb whose agent, after "by", is the source of the main claim.
 */
function agentOfPassive(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !isPassive(tokens, i)) return false;
  const naming = NAMING_VERBS.has(t.lemma) && tokens[i + 1]?.lower === 'as';
  if (!naming && !(VOICING_VERBS.has(t.lemma) && heldView(tokens, i))) return false;
  if (inRelative(tokens, i) || subordinate(tokens, i)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (tokens[k]!.lower !== 'by') continue;
    const np = phraseAfter(tokens, k);
    if (!np) return false;
    cue(s, i, i, 'reporting-verb');
    addSource(s, np);
    return true;
  }
  return false;
}

/** "Statements of sympathy have come from the league and the mayor": what was said, and who said it after "from". */
function cameFrom(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  if (tokens[i]!.lemma !== 'come' || tokens[i + 1]?.lower !== 'from') return false;
  let statement = false;
  for (let k = i - 1; k >= 0; k--) {
    const x = tokens[k]!;
    if (x.pos === 'VERB' || x.pos === 'PUNCT') break;
    if (nounIn(x, STATEMENT_NOUNS) && opensClause(tokens, k)) statement = true;
  }
  const np = statement ? phraseAfter(tokens, i + 1) : null;
  if (!np) return false;
  cue(s, i, i + 1, 'reporting-verb');
  addSource(s, np);
  return true;
}

/** "The mayor has come under criticism from both parties": blame laid by those after "from". */
function cameUnder(s: Sentence, i: number): boolean {
  const tokens = s.tokens;
  if (tokens[i]!.lemma !== 'come' || tokens[i + 1]?.lower !== 'under') return false;
  let k = i + 2;
  while (tokens[k]?.pos === 'ADJ') k++;
  if (!CENSURE_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'from') return false;
  const np = phraseAfter(tokens, k + 1);
  if (!np) return false;
  cue(s, i, k, 'reporting-verb');
  addSource(s, np);
  return true;
}

/**
 * Finds a source named as an agent — of a finding ("an inquiry by X found"), of a passive naming or voicing verb
 * ("identified as … by X", "sentiment was shared by X"), or as where statements came from — and returns true when
 * one carries the sentence.
 */
export function agentCues(s: Sentence): boolean {
  let found = false;
  s.tokens.forEach((_, i) => {
    if (s.quoted[i]) return;
    if (findingBy(s, i) || agentOfPassive(s, i) || cameFrom(s, i) || cameUnder(s, i)) found = true;
  });
  return found;
}
