import { tokensOf, type Token } from './token.ts';
import { tagger } from './nlp.ts';
import { mergeLetterPieces } from './token-merge.ts';
import { mergeAbbreviatedTitles } from './abbreviated-titles.ts';
import { mergeNameAbbreviations } from './name-abbreviations.ts';
import { lowerShoutedLines } from './shouted-lines.ts';
import { readWireBrackets } from './wire-brackets.ts';
import { readWireApostrophes } from './wire-apostrophes.ts';
import { readHorizontalBars } from './horizontal-bars.ts';
import { straightenContractions } from './curly-contractions.ts';
import { shieldPossessiveEnds, unshieldPossessiveEnds } from './possessive-ends.ts';
import { retagGivenNames } from './given-names.ts';
import { retagNameParticles } from './name-particles.ts';
import { retagWordSurnames } from './surnames.ts';
import { retagLeadTitles } from './lead-titles.ts';
import { mergeWebNames } from './web-names.ts';
import { retagCompoundModifiers } from './compound-modifiers.ts';
import { retagGluedCompounds } from './glued-compounds.ts';
import { retagAcronyms } from './acronym-tags.ts';
import { retagSpacedDashes } from './spaced-dashes.ts';
import { mergeHyphenNames } from './hyphen-names.ts';
import { retagPluralPossessives } from './plural-possessives.ts';
import { mergeBangNames } from './bang-names.ts';
import { retagSaidAsAdjective } from './said-as-adjective.ts';
import { retagReportsAsAdjectives } from './reports-as-adjectives.ts';
import { retagTagNames } from './tag-names.ts';
import { retagTitleNouns } from './title-nouns.ts';
import { retagReportingNouns } from './reporting-nouns.ts';
import { retagAdverbNames } from './adverb-names.ts';
import { retagAuxiliaryNames } from './auxiliary-names.ts';
import { retagPerfectAuxiliaries } from './perfect-auxiliary.ts';
import { retagActingTitles } from './acting-titles.ts';
import { retagFollowingPrepositions } from './following-preposition.ts';
import { retagBritishConnectives } from './british-connectives.ts';
import { retagSaidNames } from './said-names.ts';
import { retagDeterminedNouns } from './determined-nouns.ts';
import { retagFoundAsNoun } from './found-as-noun.ts';
import { retagPluralFindings } from './plural-findings.ts';
import { retagRelativeVerbs } from './relative-verbs.ts';
import { retagPrenominalParticiples } from './prenominal-participles.ts';
import { retagFloatedVerbs } from './floated-verbs.ts';
import { retagFurtherAdverbs } from './further-adverb.ts';
import { retagModalVerbs } from './modal-verbs.ts';
import { retagPastNouns } from './past-nouns.ts';
import { retagForecastVerbs } from './forecast-verb.ts';
import { retagCapitalisedParticiples } from './capitalised-participles.ts';
import { retagDeclinedComment } from './declined-comment.ts';
import type { Segment } from '../types.ts';

const cache = new WeakMap<Segment, Token[]>();
// the tokens of one parse before they are handed out: this call's own objects, so they may still be shifted in place
type Fresh = { -readonly [K in keyof Token]: Token[K] };
const GAP = '\n\n';
// Sentences parsed on their own, by text, so asking again hands out the same array (answers about a sentence are kept
// per array, grammar/verbs.ts). Only textTokens fills it, never the article's parse: a sentence's tags may differ
// with the text around it, and the quiz's words must come out the same when a lesson's questions are rebuilt in
// another process. Bounded: oldest entries go first.
const alone = new Map<string, Token[]>();
const ALONE_LIMIT = 5000;

/**
 * One wink-nlp parse with the repairs every caller needs: accented names, hyphened given names ("Chong-gyu"), names
 * with an exclamation mark ("OutRage!") and web addresses kept whole, a hyphen between spaces read as a dash, a
 * plural's possessive apostrophe read as "’s", given names read as names, surnames that are words read as names where
 * the article wrote them so, "lead" in a title and "-topping" in "Chart-topping" read as adjectives, a title tagged as
 * a verb before a name read as the title ("skipper"), "acting" before a title and a capitalised "adverb" before a name
 * ("said Home Secretary …") read as part of the title or name, a capitalised auxiliary after a name ("Swiss Re") read
 * as the name's last word, "has" before a participle read as the perfect's auxiliary, the first part of a compound noun
 * ("fly-half") read as a noun, acronyms read as names, "said" after "all" or before a clause read as a verb,
 * "following" before a determiner read as the preposition, a word after an article or a possessive ("his address") read
 * as a noun, a participle between a quantifier and a noun ("Other planned host nations") read as an adjective, a verb
 * in -ed after a floating quantifier ("both raised concerns"), "further" after a pronoun read as the adverb ("He
 * further said"), a bare verb after a modal ("could place them") or a past
 * tense after a name ("Channel 4 accused the airline") read as the verb, "found" read as the verb, "show" after "Polls"
 * and a word in -s after a relative "who" read as the verb, and a reporting verb in -s read as a plural noun ("points
 * out that", "which states “…”") read as the verb, and "Said" inside a name ("Abdourahim Said Bakar") read as the name.
 */
function parse(text: string): Token[] {
  // (a headline in capitals is parsed lowered, its offsets unchanged, and the retags below read it lowered too: in
  // capitals every word looks like an acronym or a name, and "SENATOR DEFENDS U.S. FARM BILL" lost its verb to one)
  const tagged = lowerShoutedLines(readWireApostrophes(readWireBrackets(readHorizontalBars(text))));
  const tokens = retagPluralPossessives(
    text,
    retagSpacedDashes(
      text,
      mergeHyphenNames(
        text,
        mergeBangNames(
          text,
          mergeWebNames(
            text,
            mergeNameAbbreviations(
              text,
              mergeAbbreviatedTitles(text, mergeLetterPieces(text, readTokens(tagged))),
            ),
          ),
        ),
      ),
    ),
  );
  return RETAGS.reduce((out, retag) => retag(out, tagged), tokens);
}

/** wink-nlp's tokens of `tagged`, read with the marks after a word's "’s" shielded (grammar/possessive-ends.ts). */
function readTokens(tagged: string): Token[] {
  const shielded = shieldPossessiveEnds(tagged);
  return straightenContractions(
    unshieldPossessiveEnds(tokensOf(shielded, tagger.readDoc(shielded)), shielded, tagged),
  );
}

// the retags of `parse`, in the order they run: each reads the tokens the one before it left
const RETAGS: readonly ((tokens: Token[], text: string) => Token[])[] = [
  retagBritishConnectives,
  retagDeterminedNouns,
  retagModalVerbs,
  retagPastNouns,
  retagForecastVerbs,
  retagFloatedVerbs,
  retagFurtherAdverbs,
  retagPrenominalParticiples,
  retagCapitalisedParticiples,
  retagFoundAsNoun,
  retagPluralFindings,
  retagRelativeVerbs,
  retagFollowingPrepositions,
  (tokens, text) => retagNameParticles(text, tokens),
  (tokens, text) => retagGivenNames(text, tokens),
  (tokens, text) => retagAdverbNames(text, tokens),
  (tokens, text) => retagAuxiliaryNames(text, tokens),
  retagPerfectAuxiliaries,
  (tokens, text) => retagWordSurnames(text, tokens),
  retagLeadTitles,
  retagTitleNouns,
  retagActingTitles,
  retagGluedCompounds,
  retagCompoundModifiers,
  (tokens, text) => retagAcronyms(text, tokens),
  retagSaidAsAdjective,
  retagReportsAsAdjectives,
  retagReportingNouns,
  retagDeclinedComment,
  (tokens, text) => retagSaidNames(text, tokens),
  (tokens, text) => retagTagNames(text, tokens),
];

function remember(text: string, tokens: Token[]): void {
  alone.delete(text);
  alone.set(text, tokens);
  if (alone.size > ALONE_LIMIT) alone.delete(alone.keys().next().value!);
}

/**
 * Parses all sentences not parsed yet with one wink-nlp `readDoc` (one call per article is much cheaper than one
 * per sentence) and caches each sentence's tokens, so quotes, attribution and framing share a single parse.
 */
export function primeTokens(segments: Segment[]): void {
  const todo = segments.filter((s) => !cache.has(s));
  if (todo.length === 0) return;
  const joined = todo.map((s) => s.text).join(GAP);
  const all: Fresh[] = parse(joined);
  let k = 0;
  let base = 0;
  for (const segment of todo) {
    const end = base + segment.text.length;
    const own: Fresh[] = [];
    while (k < all.length && all[k]!.start < end) {
      const t = all[k++]!;
      // the gap between sentences comes back as a SPACE token of its own
      if (t.start >= base && t.end <= end && t.pos !== 'SPACE') {
        // the tokens are this call's own fresh objects, so they are shifted in place rather than copied
        t.start -= base;
        t.end -= base;
        own.push(t);
      }
    }
    // never changed once handed out: answers about a sentence's words are kept per array (grammar/verbs.ts). (Not
    // frozen: V8 reads frozen arrays on a slower path, and the analysis took about 15% longer.)
    cache.set(segment, own);
    base = end + GAP.length;
  }
}

/** The sentence's tokens with offsets into its text, cached per segment object. */
export function sentenceTokens(segment: Segment): Token[] {
  // (one look-up when the sentence is parsed already, as it nearly always is: this runs a few times per sentence)
  const known = cache.get(segment);
  if (known) return known;
  primeTokens([segment]);
  return cache.get(segment)!;
}

/**
 * The tokens of a sentence's text parsed on its own, the same in every process (the quiz's words of a sentence),
 * handed out again from memory when asked lately.
 */
export function textTokens(text: string): Token[] {
  const known = alone.get(text);
  if (known) return known;
  const own = parse(text);
  remember(text, own);
  return own;
}
