import type { AnalyzedSentence, Quote } from '../../types.ts';
import { speakerForm, speakersInDoubt, WEAK_FORMS } from './confidence-form.ts';
import { UPPER_START } from '../../grammar/letters.ts';

/**
 * What the speaker-confidence model (confidence-model.ts) reads of one speech quote whose speaker was found, once
 * every quote of the article has its speaker; each a number (1 or 0 for a yes-or-no). The same function reads
 * today's analysis at run time and an old analyzer's output in the first-contact replay (eval/first-contact/replay.ts),
 * so it uses only what every analysis since round 1 holds: sentence text and kind, the quote's span, text, speaker and
 * how it was found. Eleven more candidates (quote length, a quotation filling its sentence, the name beside the words,
 * after a preposition, a namesake, names in the sentence, speakers in the article, mentions, a body's word, a short
 * quotation beside another name) moved the held-out figures by less than the rounds differ, so they are left out
 * (docs/labels.md, "Session 9: confidence").
 */
export const SPEAKER_FEATURES = [
  // The form of the name found (confidence-form.ts): a two-word name found directly is the reference.
  // A name reached through "he"/"she": the wrong person about one time in four on first contact.
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
  // The speaker of another quote (previous, carried, shared, the paragraph's): right while the speech goes on.
  'way:carried',
  // The speaker of the quote after it: a guess ahead.
  'way:next',
  // Any other cue: a colon, "according to", a speech noun, a describing verb, a governing verb.
  'way:other',
  // A pronoun in an article where more than a fifth of the speakers came out as no one, a phrase or a fragment:
  // the people the pronoun is resolved against are unreliable there (confidence-form.ts, speakersInDoubt).
  'pronoun-in-doubt',
  // The share of the article's speech quotes whose speaker has a weak form: the same doubt, graded, for every form.
  'article-doubt',
  // Sentences back from the quote to the nearest one holding the speaker's last word (log; 0 in its own sentence):
  // the further back the name, the more people named in between and the likelier the speech changed hands.
  'distance',
  // The speaker's last word is inside the quotation: people are talked about in quotations more than they speak
  // in them ("Mr Reyes changed how we see the sea", given to Reyes).
  'named-in-quote',
  // The speaker holds a digit ("2006"): a date or a number taken for a name.
  'digit',
  // The quote is in the headline: it drops "says", and its speaker is guessed from the words around it.
  'headline',
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

const CARRIED: ReadonlySet<string> = new Set([
  'previous',
  'carried',
  'shared',
  'paragraph',
  'next-sentence',
  'sentence-before',
  'sole-speaker',
]);

/**
 * How far back the speaker's name is looked for: beyond it the feature (a logarithm) hardly grows, and the search
 * stays linear in an article of thousands of quotations.
 */
const MAX_DISTANCE = 30;

type QuoteLike = Pick<Quote, 'type' | 'speaker' | 'speakerBasis' | 'text' | 'start' | 'end'>;
type SentenceLike = Pick<AnalyzedSentence, 'text' | 'kind'> & { quotes: readonly QuoteLike[] };

/** What the whole article tells each of its quotes: computed once per article. */
export interface ArticleContext {
  doubtful: boolean;
  weakShare: number;
  sentences: readonly SentenceLike[];
}

/** The article-wide facts (ArticleContext) from its analysed sentences. */
export function articleContext(sentences: readonly SentenceLike[]): ArticleContext {
  const quotes = sentences.flatMap((s) => s.quotes);
  const speech = quotes.filter((q) => q.type === 'speech');
  const weak = speech.filter((q) => WEAK_FORMS.has(speakerForm(q.speaker, q.speakerBasis ?? '')));
  return {
    doubtful: speakersInDoubt(quotes),
    weakShare: speech.length ? weak.length / speech.length : 0,
    sentences,
  };
}

/** The speaker's last capitalised word, its key in the text ("Rémy Kuseyo" → "Kuseyo"); null when none. */
function keyWord(speaker: string): string | null {
  const words = speaker.split(/\s+/).filter((w) => UPPER_START.test(w));
  const last = words[words.length - 1];
  return last ? last.replace(/['’]s$|[.,;:]$/u, '') : null;
}

/** True when `text` holds `word` as a whole word. */
function holds(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * The features (SPEAKER_FEATURES, in that order) of one speech quote whose speaker was found, in its sentence and
 * article (articleContext; `sentence` is one of its sentences).
 */
export function speakerFeatures(
  quote: QuoteLike,
  sentence: SentenceLike,
  article: ArticleContext,
): number[] {
  const speaker = quote.speaker ?? '';
  const form = speakerForm(quote.speaker, quote.speakerBasis ?? '');
  const way = (quote.speakerBasis ?? '').split(':')[0] ?? '';
  const key = keyWord(speaker);
  const here = article.sentences.indexOf(sentence);
  // not named before the quote at all (or not within MAX_DISTANCE sentences): as far back as the search goes
  let distance = Math.min(Math.max(0, here), MAX_DISTANCE);
  if (key)
    for (let i = here; i >= 0 && i >= here - MAX_DISTANCE; i--)
      if (holds(article.sentences[i]!.text, key)) {
        distance = here - i;
        break;
      }
  const tag = way.startsWith('tag');
  const values: Record<SpeakerFeature, number> = {
    'form:pronoun': +(form === 'pronoun'),
    'form:long': +(form === 'long'),
    'form:one-word': +(form === 'one-word'),
    'form:phrase': +(form === 'phrase'),
    'way:tag': +tag,
    'way:verb-far': +(way === 'verb-far'),
    'way:carried': +CARRIED.has(way),
    'way:next': +(way === 'next'),
    'way:other': +(!tag && !CARRIED.has(way) && !['verb', 'verb-far', 'next'].includes(way)),
    'pronoun-in-doubt': +(form === 'pronoun' && article.doubtful),
    'article-doubt': article.weakShare,
    distance: Math.log1p(distance),
    'named-in-quote': +(key !== null && holds(quote.text, key)),
    digit: +/\d/.test(speaker),
    headline: +(sentence.kind === 'headline'),
  };
  return SPEAKER_FEATURES.map((f) => values[f]);
}
