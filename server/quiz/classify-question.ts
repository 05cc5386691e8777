import type { AnalyzedSentence, Evidence } from '../analysis/index.ts';
import { isAttributionCue, isValidSpan, sentenceEvidence, spanEvidence } from './evidence.ts';
import { LABEL_CHOICES } from './labels.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList, theWordsAre } from './quote-list.ts';
import type { ClassifyQuestion } from './types.ts';

function attributionEvidence(sentence: AnalyzedSentence): Evidence[] {
  const cues = sentenceEvidence(sentence, isAttributionCue);
  if (cues.length > 0) return cues;
  // A teacher may call a sentence attributed where the analyzer found no cue: its sources still decide.
  return sentence.sources
    .filter((s) => isValidSpan(sentence, s))
    .map((s) => spanEvidence(sentence, s, s.named ? 'named-source' : 'anonymous-source'));
}

function explain(sentence: AnalyzedSentence, evidence: Evidence[]): string {
  const texts = evidence.map((e) => e.text);
  const words = quoteList(texts);
  switch (sentence.label) {
    case 'fact':
      return 'No source is given and no word carries the writer’s opinion: the sentence states something checkable in neutral words, so it is a reported fact.';
    case 'attributed':
      return words
        ? `${theWordsAre(texts)} where the sentence hands its claim to a source instead of the writer: it is an attributed quote or claim.`
        : 'Your teacher marked this sentence as an attributed quote or claim: it reports what someone else says.';
    case 'framing':
      return words
        ? `${theWordsAre(texts)} the writer’s own judgement, not a checkable fact or a source’s words: this is editorial framing.`
        : 'Your teacher marked this sentence as editorial framing: the writer’s own view goes beyond the checkable facts.';
  }
}

/** "Fact, attributed or framing?" for one sentence; the evidence is what decides its (possibly corrected) label. */
export function classifyQuestion(sentence: AnalyzedSentence): ClassifyQuestion {
  const evidence =
    sentence.label === 'fact'
      ? []
      : sentence.label === 'attributed'
        ? attributionEvidence(sentence)
        : sentenceEvidence(sentence, (cue) => !isAttributionCue(cue));
  return {
    id: questionId('classify', sentence.text, sentence.label),
    type: 'classify',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}Is this a reported fact, an attributed quote or claim, or editorial framing?`,
    excerpt: sentence.text,
    choices: LABEL_CHOICES.map((c) => ({ ...c })),
    explanation: explain(sentence, evidence),
    evidence,
    multiple: false,
    correct: [sentence.label],
  };
}
