import type { AnalyzedSentence } from '../analysis/index.ts';
import { isAttributionCue, sentenceEvidence } from './evidence.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { questionId } from './question-id.ts';
import { quoteList } from './quote-list.ts';
import type { RewriteQuestion } from './types.ts';

/** "Rewrite it neutrally": an open answer for a framing sentence with framing evidence, read by the teacher. */
export function rewriteQuestion(sentence: AnalyzedSentence): RewriteQuestion | null {
  const evidence = sentenceEvidence(sentence, (cue) => !isAttributionCue(cue));
  if (sentence.label !== 'framing' || evidence.length === 0) return null;
  return {
    id: questionId('rewrite', sentence.text),
    type: 'rewrite',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}Rewrite this sentence in neutral words: keep what can be checked, drop the writer’s judgement.`,
    excerpt: sentence.text,
    choices: [],
    explanation: `The writer’s own judgement is in ${quoteList(evidence.map((e) => e.text))}. A neutral version keeps the checkable facts and leaves those words out, or says who holds that view.`,
    evidence,
    multiple: false,
    correct: [],
  };
}
