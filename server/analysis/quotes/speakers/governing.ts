import { inSideClause } from '../../grammar/side-clause.ts';
import {
  ARTICLES,
  POSSESSIVE_DETERMINERS,
  SPEAKER_SUBJECT_PRONOUNS,
} from '../../lexicon/function-words.ts';
import { lastBy } from '../../grammar/token-search.ts';
import { phraseAfter, isQuoteChar } from '../../grammar/phrases.ts';
import { isPassive, isReportingVerb } from '../../grammar/verbs.ts';
import { isPastAfterName, type Token } from '../../grammar/token.ts';
import {
  ASKING,
  MUSING,
  NAMING_OWN_WORDS,
  SEEING_AS,
  SENDING_WORDS,
} from '../../lexicon/own-words-verbs.ts';
import { isNameLike } from '../term-shape.ts';
import { isTitleCase } from '../type.ts';
import type { QuoteUnit } from '../units.ts';
import type { Found } from '../inherit.ts';
import { speakerOf, subjectOf } from './speaker.ts';
import { reportingSubject, whoAntecedent } from '../../grammar/reporter.ts';
import type { SpeakerContext, SpeakerHit } from './context.ts';

// how many verbs with no usable subject the walk passes before it gives up
const MAX_VERBS = 2;

/**
 * Gives the quotations still without a speaker after every other cue and inheritance the subject of the verb
 * governing their clause (`governingCue`); a short phrase typed term only for want of a speaker (no label cue, no
 * name shape) becomes speech when one is found: "Ana Ruiz branded the marchers “a rowdy fringe”".
 */
export function governingFill(ctx: SpeakerContext, found: Found[]): void {
  for (const f of found) {
    if (f.speaker || f.unit.depth > 0 || (f.type === 'term' && f.labelled)) continue;
    const hit = governingCue(ctx, f.unit) ?? (f.type === 'speech' ? ownerOf(ctx, f.unit) : null);
    if (!hit?.speaker) continue;
    [f.type, f.speaker, f.basis] = ['speech', hit.speaker, `governing:${ctx.form}`];
  }
}

/**
 * The last resort for a short quotation that is part of a clause, when no tag, verb beside it or "according to"
 * named anyone: the words belong to the subject of the verb that governs the clause they stand in, found walking back
 * from the opening mark over earlier quotations of the sentence (`what he termed an “unfair” campaign of “smears”`):
 * a verb of saying, a verb that names or judges in the subject's own words (`branded the marchers “a rowdy fringe”`,
 * `regarded the deal as “a trap”`) or one of asking (`begged the board to find “some other way”`). A passive gives
 * the words to its "by" agent, else the walk goes on. Never for a quotation that fills its sentence or opens it, nor for a
 * title-like quotation, which names a thing ("a film called “Dark Days”").
 */
export function governingCue(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const segment = ctx.segments[seg]!;
  if (unit.closeSeg !== seg || unit.closeAt < 0 || unit.depth > 0 || segment.kind === 'headline')
    return null;
  if (/^[\s*_]*$/.test(segment.text.slice(0, unit.openAt))) return null;
  const words = segment.text.slice(unit.openAt + 1, unit.closeAt);
  if (isTitleCase(words) || isNameLike(words)) return null;
  const tokens = ctx.tokens[seg]!;
  const quoted = ctx.quoted[seg]!;
  const open = lastBy(tokens, unit.openAt);
  let passed = 0;
  for (let i = open; i >= 0 && passed < MAX_VERBS; i--) {
    const t = tokens[i]!;
    if (quoted[i] || isQuoteChar(t.lower)) continue;
    if (t.lower === ';') return null;
    if (!governs(tokens, quoted, i, open)) continue;
    if (inSideClause(tokens, i, open)) continue;
    // a passive gives the words to its "by" agent; without one ("files that were supposed to be kept in “…”") the
    // walk goes on to the verb that governs it
    if (isPassive(tokens, i)) {
      const by = tokens[i + 1]?.lower === 'by' ? phraseAfter(tokens, i + 1) : null;
      if (by && by.to < open)
        return { speaker: speakerOf(ctx, seg, by), seg, cue: i, how: 'governing' };
      passed++;
      continue;
    }
    // (the verb's own subject only: a verb deep in a clause without one gives no licence to the sentence's subject)
    // "what he termed an “unfair” campaign": a subject pronoun right before the verb is its subject
    const pronoun = tokens[i - 1];
    const speaker =
      pronoun && SPEAKER_SUBJECT_PRONOUNS.has(pronoun.lower)
        ? speakerOf(ctx, seg, { from: i - 1, to: i - 1 })
        : hasOwnSubject(tokens, segment.text, i)
          ? subjectOf(ctx, seg, i)
          : null;
    if (speaker) return { speaker, seg, cue: i, how: 'governing' };
    passed++;
  }
  return null;
}

/**
 * "She typically chooses “to portray beloved characters from childhood …”" (Wikinews, blind round 1657): words already
 * read as someone's speech, with no verb of saying anywhere near, belong to the subject pronoun of the verb right
 * before them, whatever the verb, when nothing but adverbs stands between the verb and the opening mark. Null
 * otherwise.
 */
function ownerOf(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  if (ctx.segments[seg]!.kind === 'headline') return null;
  const tokens = ctx.tokens[seg]!;
  let i = lastBy(tokens, unit.openAt);
  while (i > 0 && (tokens[i]!.pos === 'ADV' || isQuoteChar(tokens[i]!.lower))) i--;
  const verb = tokens[i];
  if (verb?.pos !== 'VERB' || isPassive(tokens, i)) return null;
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (!SPEAKER_SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return null;
  const speaker = speakerOf(ctx, seg, { from: k, to: k });
  return speaker ? { speaker, seg, cue: i, how: 'governing' } : null;
}

/**
 * Whether the verb at `i` has a subject of its own before it: a "who" and its antecedent, a phrase the subject walk
 * reads, or (a participle after a comma: "…, calling it “…”") the clause it hangs on.
 */
function hasOwnSubject(tokens: Token[], text: string, i: number): boolean {
  if (tokens[i - 1]?.lower === ',' && tokens[i]!.lower.endsWith('ing')) return true;
  return !!whoAntecedent(tokens, i, 0) || !!reportingSubject(tokens, text, i);
}

/** Whether the word at `i` is a verb whose subject owns words quoted after it, up to the token `open`. */
function governs(tokens: Token[], quoted: boolean[], i: number, open: number): boolean {
  const t = tokens[i]!;
  const lemma = t.pos === 'VERB' ? t.lemma : pastAfterName(tokens, i);
  if (!lemma) return isReportingVerb(tokens, i);
  if (ASKING.has(lemma) || MUSING.has(lemma)) return true;
  if (NAMING_OWN_WORDS.has(lemma)) {
    // "a plan dubbed “Clean Sweep”": a participle right after its noun, with the quotation its bare object, names
    // the noun; "called the offer “an insult”", "what he termed an “unfair” campaign" have a subject of their own
    let k = i + 1;
    while (k <= open && ARTICLES.has(tokens[k]!.lower)) k++;
    const before = tokens[i - 1];
    if (k > open && before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return false;
    return !verbBetween(tokens, quoted, i, open);
  }
  // "sent “his heartfelt condolences”": the message sent is the quotation itself, right after the verb and opening
  // on the sender's own "his", "its", "our" ("sent “a team”" sends no words)
  if (
    SENDING_WORDS.has(lemma) &&
    i === open &&
    isQuoteChar(tokens[i + 1]?.lower ?? '') &&
    POSSESSIVE_DETERMINERS.has(tokens[i + 2]?.lower ?? '')
  )
    return true;
  if (SEEING_AS.has(lemma) && !verbBetween(tokens, quoted, i, open)) {
    for (let k = i + 1; k <= open && k - i <= 10; k++) if (tokens[k]!.lower === 'as') return true;
  }
  return isReportingVerb(tokens, i);
}

/**
 * Whether a verb of the writer's stands between the verb at `i` and the quotation: words naming or seeing "as" are
 * the verb's complement only with none ("declared in the hall that was built last year, “…”" is no verdict of the
 * declaring).
 */
function verbBetween(tokens: Token[], quoted: boolean[], i: number, open: number): boolean {
  for (let k = i + 1; k <= open; k++)
    if (!quoted[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) return true;
  return false;
}

/**
 * "Ana Ruiz branded the marchers …": the tagger reads a past tense right after a name or a pronoun as an adjective;
 * its lemma is the word without "-ed" (a doubled last consonant undone: "labelled"), else null.
 */
function pastAfterName(tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!isPastAfterName(t, tokens[i - 1])) return null;
  const stem = t.lower.slice(0, -2);
  for (const lemma of [stem, t.lower.slice(0, -1), stem.replace(/(.)\1$/, '$1')])
    if ([NAMING_OWN_WORDS, SEEING_AS, ASKING, MUSING].some((set) => set.has(lemma))) return lemma;
  return null;
}
