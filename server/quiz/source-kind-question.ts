import type { AnalyzedSentence, Source } from '../analysis/index.ts';
import { isValidSpan, spanEvidence } from './evidence.ts';
import { promptPrefix } from './prompt-prefix.ts';
import { isPronoun } from './pronoun.ts';
import { questionId } from './question-id.ts';
import type { Choice, SourceKindQuestion } from './types.ts';

const CHOICES: readonly Choice[] = [
  { id: 'named', text: 'Named: a specific person or organisation' },
  { id: 'anonymous', text: 'Anonymous or vague: we cannot tell exactly who' },
];

/** "Named or anonymous source?" for an attributed sentence's source; null when it does not qualify. */
export function sourceKindQuestion(
  sentence: AnalyzedSentence,
  source: Source,
): SourceKindQuestion | null {
  if (sentence.label !== 'attributed' || !isValidSpan(sentence, source)) return null;
  // "He said" names nobody by itself: whether it is named depends on an earlier sentence, too subtle to ask.
  if (isPronoun(sentence.text.slice(source.start, source.end))) return null;
  const kind = source.named ? 'named' : 'anonymous';
  const evidence = [
    spanEvidence(sentence, source, source.named ? 'named-source' : 'anonymous-source'),
  ];
  const text = evidence[0]!.text;
  const explanation = source.named
    ? `"${text}" names who makes the claim, so a reader can check who said it: a named source.`
    : `"${text}" does not say exactly who makes the claim, so a reader cannot check it: an anonymous source.`;
  return {
    id: questionId('source-kind', sentence.text, text, kind),
    type: 'source-kind',
    sentenceIndex: sentence.index,
    prompt: `${promptPrefix(sentence.kind)}This claim comes from “${text}”. Is that a named or an anonymous source?`,
    excerpt: sentence.text,
    choices: CHOICES.map((c) => ({ ...c })),
    explanation,
    evidence,
    multiple: false,
    correct: [kind],
    source: text,
  };
}
