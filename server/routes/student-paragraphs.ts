import type { AnalyzedSentence } from '../analysis/index.ts';

/** A paragraph of the article, its sentences in order. */
export interface Paragraph {
  caption: boolean;
  sentences: AnalyzedSentence[];
}

/**
 * Groups sentences into their paragraphs. With a `title`, a headline identical to it is left out,
 * because the page already shows it as the heading.
 */
export function paragraphsOf(
  sentences: readonly AnalyzedSentence[],
  title: string | null,
): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { key: number; para: Paragraph } | undefined;
  for (const s of sentences) {
    if (title !== null && s.kind === 'headline' && s.text.trim() === title.trim()) continue;
    if (!current || current.key !== s.paragraph) {
      current = { key: s.paragraph, para: { caption: s.kind === 'caption', sentences: [] } };
      out.push(current.para);
    }
    current.para.sentences.push(s);
  }
  return out;
}
