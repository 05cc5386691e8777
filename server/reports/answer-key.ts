import type { Question } from '../quiz/types.ts';
import { questionKind } from './question-kinds.ts';

export interface KeyItem {
  number: number;
  kind: string;
  prompt: string;
  excerpt: string;
  /** The right choice(s) in words; empty for an open question. */
  answers: string[];
  open: boolean;
  /** The words in the sentence that decide the answer, in text order. */
  deciding: string[];
  explanation: string;
}

/** The teacher's answer key: every question with its right answer and the deciding words. */
export function answerKey(questions: readonly Question[]): KeyItem[] {
  return questions.map((q, i) => {
    const right = new Set<string>(q.correct);
    return {
      number: i + 1,
      kind: questionKind(q.type),
      prompt: q.prompt,
      excerpt: q.excerpt,
      answers: q.choices.filter((c) => right.has(c.id)).map((c) => c.text),
      open: q.type === 'rewrite',
      deciding: [...new Set(q.evidence.map((e) => e.text))],
      explanation: q.explanation,
    };
  });
}
