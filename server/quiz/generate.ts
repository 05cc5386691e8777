import type { AnalyzedSentence, ArticleAnalysis } from '../analysis/index.ts';
import { isPictureCredit } from '../analysis/index.ts';
import type { SentenceOverride } from '../store/types.ts';
import { applyOverrides } from './apply-overrides.ts';
import { capTypes } from './cap-types.ts';
import { classifyQuestion } from './classify-question.ts';
import { dedupeQuestions } from './dedupe.ts';
import { askedSentences } from './label-cover.ts';
import { dropGiveaways } from './no-giveaways.ts';
import { orderQuestions } from './order.ts';
import { type Person, quotedPeople } from './people.ts';
import { quoteTypeQuestion } from './quote-type-question.ts';
import { rewriteQuestion } from './rewrite-question.ts';
import { sourceKindQuestion } from './source-kind-question.ts';
import { speakerQuestion } from './speaker-question.ts';
import { spotFramingQuestion } from './spot-framing-question.ts';
import type { Question } from './types.ts';

// A lesson asks at most one question per sentence, so a sentence's first quotes are choice enough; each quote
// question reads all of the sentence's quotes and evidence, so asking about every one of a pasted sentence with
// thousands of quotes would take time quadratic in its length.
const MAX_QUOTES_ASKED = 6;

// One source question per sentence: its first source is the one the claim hangs on (later ones are not tried
// once one gives a question).
function sourceQuestion(sentence: AnalyzedSentence): Question | null {
  for (const s of [...sentence.sources].sort((a, b) => a.start - b.start)) {
    const q = sourceKindQuestion(sentence, s);
    if (q) return q;
  }
  return null;
}

function sentenceQuestions(sentence: AnalyzedSentence, people: Person[]): Question[] {
  const candidates = [
    classifyQuestion(sentence),
    sourceQuestion(sentence),
    ...sentence.quotes
      .slice(0, MAX_QUOTES_ASKED)
      .flatMap((quote) => [
        speakerQuestion(sentence, quote, people),
        quoteTypeQuestion(sentence, quote),
      ]),
    spotFramingQuestion(sentence),
    rewriteQuestion(sentence),
  ];
  return candidates.filter((q): q is Question => q != null);
}

/**
 * What a sentence below MIN_CONFIDENCE still asks: "who said it?" about each quote whose speaker the teacher typed
 * or confirmed. The teacher vouched for that speaker, not for the label, so nothing else is asked.
 */
function teacherSpeakerQuestions(
  sentence: AnalyzedSentence,
  overrides: readonly SentenceOverride[],
  people: Person[],
): Question[] {
  const checked = new Set(
    overrides
      .filter((o) => o.sentenceIndex === sentence.index)
      .flatMap((o) => o.quotes ?? [])
      .filter((f) => f.speaker !== undefined || f.confirmed === true)
      .map((f) => f.quoteIndex),
  );
  return sentence.quotes
    .slice(0, MAX_QUOTES_ASKED)
    .map((quote, j): Question | null =>
      checked.has(j) ? speakerQuestion(sentence, quote, people) : null,
    )
    .filter((q): q is Question => q != null);
}

/**
 * The lesson's questions from the analyzer's output and the teacher's corrections (applied here; passing
 * an analysis that already has them applied gives the same result). Sentences below MIN_CONFIDENCE, as the quiz
 * takes it (quizConfidence), are left out unless the teacher set or confirmed their label or they are the surest of a
 * label the lesson would otherwise not ask about (askedSentences); a speaker the teacher typed or confirmed there is
 * still asked about. Sentences the teacher corrected survive the per-type caps first. Pure and deterministic: the same input gives
 * deep-equal output, and a question keeps its id as long as its sentence and answer do.
 */
export function generateQuestions(
  analysis: ArticleAnalysis,
  overrides: readonly SentenceOverride[] = [],
): Question[] {
  const corrected = applyOverrides(analysis, overrides);
  const people = quotedPeople(corrected);
  // "Image: Jane Doe." names who took a picture: nothing to ask a student about
  const askable = corrected.sentences.filter(
    (s) => s.kind !== 'caption' || !isPictureCredit(s.text),
  );
  const asked = askedSentences(askable);
  const candidates = askable.flatMap((s) =>
    asked.has(s.index)
      ? sentenceQuestions(s, people)
      : teacherSpeakerQuestions(s, overrides, people),
  );
  // A teacher who just corrected a sentence expects to find it in the quiz: caps keep it first.
  const teacherTouched = new Set(overrides.map((o) => o.sentenceIndex));
  return orderQuestions(capTypes(dropGiveaways(dedupeQuestions(candidates)), teacherTouched));
}
