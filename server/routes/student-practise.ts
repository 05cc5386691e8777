import type { Answer } from '../store/types.ts';
import type { Question } from '../quiz/index.ts';

/** One thing to practise after a lesson, from the questions a student got wrong. */
export interface PractiseTip {
  title: string;
  tip: string;
  /** How many answers of this kind were wrong. */
  missed: number;
}

const TIPS: Record<string, { title: string; tip: string }> = {
  'classify:fact': {
    title: 'Telling a plain fact',
    tip: 'A reported fact can be checked and uses neutral words, with no source needed. Ask: could I check this, and does any word judge it?',
  },
  'classify:attributed': {
    title: 'Noticing who is speaking',
    tip: 'An attributed claim hands the words to someone else: look for “said”, “according to”, “claims” and quote marks.',
  },
  'classify:framing': {
    title: 'Spotting the writer’s view',
    tip: 'Framing is the writer’s own judgement: loaded or dramatic words, guesses about the future, “may” and “could”.',
  },
  'spot-framing': {
    title: 'Loaded words',
    tip: 'A loaded word judges or dramatises (“radical”, “shocking”); a plain one only names what is there (“the council”, “drones”).',
  },
  'source-kind': {
    title: 'Named and anonymous sources',
    tip: 'Can you tell exactly who? A person or organisation is named; “officials” or “critics” could be anyone.',
  },
  'quote-type': {
    title: 'Speech and scare quotes',
    tip: 'Speech quotes give someone’s words; scare quotes set one word apart to doubt it or point at it.',
  },
  speaker: {
    title: 'Who said it',
    tip: 'Follow the reporting verb (“said”, “told”, “argued”) to the name or pronoun next to it.',
  },
};

const keyOf = (q: Question): string =>
  q.type === 'classify' ? `classify:${q.correct[0]}` : q.type;

/** What to practise, most-missed first, from a student's wrong answers to auto-marked questions. */
export function practiseTips(
  questions: readonly Question[],
  answers: ReadonlyMap<string, Answer>,
): PractiseTip[] {
  const missed = new Map<string, number>();
  for (const q of questions) {
    if (answers.get(q.id)?.correct !== false) continue;
    missed.set(keyOf(q), (missed.get(keyOf(q)) ?? 0) + 1);
  }
  return [...missed]
    .flatMap(([key, n]) => (TIPS[key] ? [{ ...TIPS[key], missed: n }] : []))
    .sort((a, b) => b.missed - a.missed);
}
