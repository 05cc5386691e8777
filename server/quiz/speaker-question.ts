import type { AnalyzedSentence, Evidence, Quote } from '../analysis/index.ts';
import { choiceId } from './choice-id.ts';
import { isSpeakerReliable } from './confidence.ts';
import { isValidSpan, spanEvidence } from './evidence.ts';
import { type Person, samePerson } from './people.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList, theWordsAre } from './quote-list.ts';
import { shortQuote } from './short-quote.ts';
import { speakerCues } from './speaker-cues.ts';
import type { Choice, SpeakerQuestion } from './types.ts';

// The "nobody" choice: the words are the writer's own.
const NOBODY: Choice = { id: 'nobody', text: 'Nobody — these are the writer’s words' };

const MAX_OTHER_PEOPLE = 3;

/**
 * "Who said it?" for a speech quote whose speaker the (corrected) analysis knows. Choices: the speaker, up to
 * three other people the article quotes or names, and "nobody". Null when the quote does not qualify, and when
 * the analyzer is unsure who spoke (below MIN_CONFIDENCE) and no teacher set or confirmed the speaker: a wrong
 * speaker taught as the right answer does more harm than one question fewer.
 */
export function speakerQuestion(
  sentence: AnalyzedSentence,
  quote: Quote,
  people: Person[],
): SpeakerQuestion | null {
  const speaker = quote.speaker?.trim();
  if (quote.type !== 'speech' || !speaker || !isValidSpan(sentence, quote)) return null;
  if (!isSpeakerReliable(quote)) return null;
  const person = people.find((p) => p.variants.some((v) => samePerson(v, speaker))) ?? {
    name: speaker,
    variants: [speaker],
  };
  const others = people.filter((p) => p !== person && choiceId(p.name) !== choiceId(person.name));
  const choices: Choice[] = [
    { id: choiceId(person.name), text: person.name },
    ...others.slice(0, MAX_OTHER_PEOPLE).map((p) => ({ id: choiceId(p.name), text: p.name })),
    { ...NOBODY },
  ];
  const quoted = spanEvidence(sentence, quote, 'speech-quote');
  const cues = speakerCues(sentence, quote);
  const evidence: Evidence[] = [quoted, ...cues];
  const because = cues.length
    ? `the sentence gives the source with ${quoteList(cues.map((e) => e.text))}.`
    : `the article reports them as ${person.name}’s words.`;
  return {
    id: questionId('speaker', sentence.text, quote.text, person.name),
    type: 'speaker',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}Who said “${shortQuote(quote.text)}”?`,
    excerpt: sentence.text,
    choices,
    explanation: `${theWordsAre([quoted.text])} ${person.name}’s, not the writer’s: ${because}`,
    evidence,
    multiple: false,
    correct: [choiceId(person.name)],
    quote: quote.text,
  };
}
