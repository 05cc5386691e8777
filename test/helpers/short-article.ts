import { analyzeArticle } from '../../server/analysis/index.ts';

// Rule tests write a few sentences of their own; a one-word headline makes them an article's body.

/** The analysed body sentences of a short article (its headline left out). */
export function bodySentences(body: string) {
  return analyzeArticle(`Headline\n\n${body}`).sentences.slice(1);
}

/** The label of each body sentence. */
export const labels = (body: string) => bodySentences(body).map((s) => s.label);

/** The label of a one-sentence body. */
export const labelOf = (sentence: string) => labels(sentence)[0];

/** What decided each body sentence's label and confidence. */
export const bases = (body: string) => bodySentences(body).map((s) => s.basis);

/** Every quote of a short article, in reading order. */
export const quotes = (body: string) => bodySentences(body).flatMap((s) => s.quotes);

/** The speakers of every quote of a short article, in reading order. */
export const speakers = (body: string): (string | null)[] => quotes(body).map((q) => q.speaker);

/** The labels of each short article's body sentences, joined by spaces: one string per article. */
export const labelsOfEach = (...bodies: string[]) => bodies.map((body) => labels(body).join(' '));

/** The speakers of every speech quote of a whole article, its own headline included, in reading order. */
export const speechSpeakersOf = (article: string): (string | null)[] =>
  analyzeArticle(article)
    .sentences.flatMap((s) => s.quotes)
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);

/**
 * The label of a sentence set fourth among seven plain reports: eight sentences or more, as fewer say too little
 * about the article to overrule a framing word.
 */
export const labelAmongReports = (sentence: string) =>
  labels(
    [
      'The council met on Monday.',
      'It voted on the budget for next year.',
      'The budget sets aside money for two new schools.',
      sentence,
      'The mayor said the vote was close.',
      'Ten members voted for the plan and eight against it.',
      'The plan goes to a second vote in March.',
      'The next meeting is in May.',
    ].join(' '),
  )[3];
