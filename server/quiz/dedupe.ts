import type { Question } from './types.ts';

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

// The same quote or source asked about twice is the same question to a student, even in another sentence.
function topic(q: Question): string | null {
  switch (q.type) {
    case 'speaker':
    case 'quote-type':
      return `${q.type}|${normal(q.quote)}`;
    case 'source-kind':
      return `${q.type}|${normal(q.source)}`;
    case 'classify':
    case 'spot-framing':
    case 'rewrite':
      return null;
  }
}

/** Keeps the first of any questions alike: same id, same prompt and excerpt, or same quote or source asked again. */
export function dedupeQuestions(questions: readonly Question[]): Question[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const keys = [`id|${q.id}`, `text|${q.prompt}|${q.excerpt}`, topic(q)].filter(
      (k): k is string => k !== null,
    );
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}
