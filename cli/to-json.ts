import type { AnalyzedSentence, ArticleAnalysis } from '../server/analysis/index.ts';

/** The contract's view of one sentence: fields in contract order, no article offsets. */
function sentenceJson(s: AnalyzedSentence) {
  return {
    index: s.index,
    paragraph: s.paragraph,
    kind: s.kind,
    text: s.text,
    label: s.label,
    confidence: s.confidence,
    evidence: s.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end, cue: e.cue })),
    quotes: s.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker })),
    sources: s.sources.map((src) => ({ text: src.text, named: src.named })),
  };
}

/** Serialises an analysis as the CLI's one-line JSON object. */
export function toJson(analysis: ArticleAnalysis): string {
  return JSON.stringify({ title: analysis.title, sentences: analysis.sentences.map(sentenceJson) });
}
