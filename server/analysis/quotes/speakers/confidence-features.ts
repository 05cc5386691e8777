import type { AnalyzedSentence, Quote } from '../../types.ts';
import { ENGLISH_FUNCTION_WORDS } from '../../lexicon/function-words.ts';
import { ORG_WORDS, TITLES } from '../../lexicon/people.ts';
import { speakerForm, speakersInDoubt, WEAK_FORMS, type SpeakerForm } from './confidence.ts';

/**
 * What the speaker-confidence model (confidence-model.ts) reads of one speech quote whose speaker was found: facts the
 * analyzer has at hand once every quote of the article has its speaker, each a number (0/1 for a yes-or-no). The same
 * function reads today's analysis at run time and an old analyzer's output in the first-contact replay
 * (eval/first-contact/replay.ts), so it uses only fields every analysis since round 1 holds: sentence text, paragraph
 * and kind, the quote's span, text, speaker and how it was found.
 */
export const SPEAKER_FEATURES = [
  // The form of the name found (confidence.ts, speakerForm): a two-word name found directly is the reference.
  // A name reached through "he"/"she" is the wrong person about one time in four on first contact.
  'form:pronoun',
  // Three or more capitalised words often hold a title or a body ("Counter Terrorism Command").
  'form:long',
  // A single word is a surname left unexpanded, or a body or a place ("Virgin", "Part").
  'form:one-word',
  // Lower-case words or words kept as written: "Wooster professor", "a tweet".
  'form:phrase',
  // How the speaker was found (the basis's cue): a reporting verb just before the quotation is the reference.
  // A tag right after the quotation ("…," she said) names the speaker beside the words.
  'way:tag',
  // A reporting verb further before the quotation: more words, more people in between.
  'way:verb-far',
  // The speaker of another quote (previous, carried, shared, the paragraph's): right if the speech goes on.
  'way:carried',
  // The speaker of the quote after it: a guess ahead.
  'way:next',
  // Any other cue: a colon, "according to", a speech noun, a describing verb, a governing verb.
  'way:other',
  // A pronoun in an article where more than a fifth of the speakers came out as no one, a phrase or a fragment:
  // the list of people the pronoun is resolved against is unreliable there (confidence.ts, speakersInDoubt).
  'pronoun-in-doubt',
  // The share of the article's speech quotes whose speaker has a weak form: the same doubt, graded.
  'article-doubt',
  // Words in the quotation (log): a long statement has a clear tag; a fragment of three words is folded into a
  // clause whose subject may be someone else ("the minister called the plan 'a disgrace', the opposition said").
  'quote-words',
  // The quotation fills the sentence: no cue of its own, so its speaker came from elsewhere.
  'fills-sentence',
  // The speaker's last word is written in the sentence outside the quotation: found beside the words.
  'named-in-sentence',
  // The speaker's last word is inside the quotation: people are talked about in quotations more than they speak
  // in them ("Mr Reyes changed how we see the sea", given to Reyes).
  'named-in-quote',
  // The speaker's name follows "from", "of", "at", "in" … in the sentence: a place or a body someone is from
  // ("a victim from Saraf Jidad"), not the one who speaks.
  'after-preposition',
  // Another capitalised word in the article shares the speaker's last word after a different first word
  // ("Anna Reyes" beside "Tom Reyes"): relatives and namesakes are mixed up.
  'shared-surname',
  // Capitalised runs outside the quotation in the sentence (log): more candidates to choose among.
  'names-in-sentence',
  // Distinct speakers the analyzer named in the article (log): more voices, more chances to swap them.
  'speakers-in-article',
  // Sentences of the article mentioning the speaker's last word (log): a speaker mentioned once may be a passer-by.
  'mentions',
  // The speaker holds a digit ("2006"): a date or a number taken for a name.
  'digit',
  // The quote is in the headline: it drops "says" and the speaker is guessed from the words around it.
  'headline',
  // The speaker ends in a word that ends a body's or a place's name ("… University", "… Service"): a person's
  // words given to the body named beside them, though bodies do speak too ("the Commission said").
  'body-word',
  // Sentences back from the quote to the nearest one naming the speaker's last word (log; 0 in its own sentence):
  // the further, the more people named in between.
  'distance',
  // Share of the article's mentions of the speaker's last word that follow a preposition: a place or body someone
  // is from or works at, rarely a speaker ("a victim from Saraf Jidad").
  'mentions-after-preposition',
  // A short quotation (five words or fewer) in a sentence that names some other person: folded into a clause about
  // someone, where the subject and the one quoted differ ("Smith rejected Jones's 'free and fair elections'").
  'short-beside-other-name',
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

const CARRIED = new Set([
  'previous',
  'carried',
  'shared',
  'paragraph',
  'next-sentence',
  'sentence-before',
]);
const PREPOSITIONS = new Set(['from', 'of', 'at', 'in', 'for', 'with', 'to', 'near', 'by']);
const CAPITALISED = /\p{Lu}[\p{L}'’.-]*/gu;
const WORD = /[\p{L}\p{N}'’.-]+/gu;

/** The speaker's last word, its key in the text ("Rémy Kuseyo" → "Kuseyo"); null when it has no capitalised word. */
function keyWord(speaker: string): string | null {
  const words = speaker.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const last = words[words.length - 1];
  return last ? last.replace(/['’]s$|[.,;:]$/u, '') : null;
}

function has(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'u').test(text);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the whole article tells every quote's features: computed once per article (articleContext). */
export interface ArticleContext {
  doubtful: boolean;
  weakShare: number;
  speakers: number;
  sentences: readonly SentenceLike[];
  /** Capitalised two-word runs of the article, by their second word: the first words seen before it. */
  firstWords: ReadonlyMap<string, ReadonlySet<string>>;
}

type QuoteLike = Pick<Quote, 'type' | 'speaker' | 'speakerBasis' | 'text' | 'start' | 'end'>;
type SentenceLike = Pick<AnalyzedSentence, 'text' | 'kind'> & { quotes: readonly QuoteLike[] };

/** The article-wide facts (ArticleContext) from its analysed sentences. */
export function articleContext(sentences: readonly SentenceLike[]): ArticleContext {
  const quotes = sentences.flatMap((s) => s.quotes);
  const speech = quotes.filter((q) => q.type === 'speech');
  const weak = speech.filter((q) => WEAK_FORMS.has(speakerForm(q.speaker, q.speakerBasis ?? '')));
  const firstWords = new Map<string, Set<string>>();
  for (const s of sentences) {
    const words = [...s.text.matchAll(WORD)].map((m) => m[0]);
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!.replace(/['’]s$/u, '')];
      // a given name: capitalised, not a title ("President Reyes") nor a word opening the sentence ("The Reyes")
      if (!/^\p{Lu}\p{Ll}+$/u.test(a) || !/^\p{Lu}/u.test(b)) continue;
      if (TITLES.has(a.toLowerCase()) || ENGLISH_FUNCTION_WORDS.has(a.toLowerCase())) continue;
      const set = firstWords.get(b) ?? new Set<string>();
      set.add(a);
      firstWords.set(b, set);
    }
  }
  return {
    doubtful: speakersInDoubt(quotes),
    weakShare: speech.length ? weak.length / speech.length : 0,
    speakers: new Set(speech.flatMap((q) => (q.speaker ? [q.speaker] : []))).size,
    sentences,
    firstWords,
  };
}

/**
 * The features (SPEAKER_FEATURES, in that order) of one speech quote whose speaker was found, in its sentence and
 * article (articleContext).
 */
export function speakerFeatures(
  quote: QuoteLike,
  sentence: SentenceLike,
  article: ArticleContext,
): number[] {
  const speaker = quote.speaker ?? '';
  const basis = quote.speakerBasis ?? '';
  const form: SpeakerForm = speakerForm(quote.speaker, basis);
  const way = basis.split(':')[0] ?? '';
  const key = keyWord(speaker);
  const text = sentence.text;
  const outside = text.slice(0, quote.start) + ' ' + text.slice(quote.end);
  const quoteWords = quote.text.split(/\s+/).filter((w) => w.length > 0).length;
  const at = key ? outside.search(new RegExp(`(^|[^\\p{L}])${escape(key)}`, 'u')) : -1;
  const before =
    at >= 0 ? outside.slice(0, at + 1).match(/([\p{L}]+)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+)*$/u) : null;
  const capitalised = [...outside.matchAll(CAPITALISED)].filter((m) => m.index > 0).length;
  const first = speaker.split(/\s+/)[0] ?? '';
  const namesakes = key ? [...(article.firstWords.get(key) ?? [])].filter((w) => w !== first) : [];
  const mentioning = key ? article.sentences.filter((s) => has(s.text, key)) : [];
  const mentions = mentioning.length;
  const here = article.sentences.indexOf(sentence);
  let distance = here;
  if (key)
    for (let i = here; i >= 0; i--)
      if (has(article.sentences[i]!.text, key)) {
        distance = here - i;
        break;
      }
  let afterPreposition = 0;
  if (key)
    for (const s of mentioning) {
      const m = new RegExp(
        `([\\p{L}]+)\\s+(?:[\\p{Lu}][\\p{L}'’.-]*\\s+)*${escape(key)}`,
        'u',
      ).exec(s.text);
      if (m && PREPOSITIONS.has(m[1]!.toLowerCase())) afterPreposition++;
    }
  const lastWord = (speaker.split(/\s+/).pop() ?? '').toLowerCase();
  const otherName = [...outside.matchAll(/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu)].some(
    (m) => m.index > 0 && (!key || !m[0].includes(key)),
  );
  const values: Record<SpeakerFeature, number> = {
    'form:pronoun': +(form === 'pronoun'),
    'form:long': +(form === 'long'),
    'form:one-word': +(form === 'one-word'),
    'form:phrase': +(form === 'phrase'),
    'way:tag': +way.startsWith('tag'),
    'way:verb-far': +(way === 'verb-far'),
    'way:carried': +CARRIED.has(way),
    'way:next': +(way === 'next'),
    'way:other': +(
      !way.startsWith('tag') &&
      !['verb', 'verb-far', 'next'].includes(way) &&
      !CARRIED.has(way)
    ),
    'pronoun-in-doubt': +(form === 'pronoun' && article.doubtful),
    'article-doubt': article.weakShare,
    'quote-words': Math.log1p(quoteWords),
    'fills-sentence': +(quote.text.length >= 0.8 * text.length),
    'named-in-sentence': +(at >= 0),
    'named-in-quote': +(key !== null && has(quote.text, key)),
    'after-preposition': +(before !== null && PREPOSITIONS.has(before[1]!.toLowerCase())),
    'shared-surname': +(namesakes.length > 0),
    'names-in-sentence': Math.log1p(capitalised),
    'speakers-in-article': Math.log1p(article.speakers),
    mentions: Math.log1p(mentions),
    digit: +/\d/.test(speaker),
    headline: +(sentence.kind === 'headline'),
    'body-word': +ORG_WORDS.has(lastWord),
    distance: Math.log1p(Math.max(0, distance)),
    'mentions-after-preposition': mentions ? afterPreposition / mentions : 0,
    'short-beside-other-name': +(quoteWords <= 5 && otherName),
  };
  return SPEAKER_FEATURES.map((f) => values[f]);
}
