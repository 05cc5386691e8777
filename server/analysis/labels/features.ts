import type { SentenceEvidence } from './evidence.ts';
import { FEATURES, setFeature } from './feature-list.ts';
import { ownFeatures } from './own-features.ts';

/** The features a sentence takes from its neighbours: a source or a quotation carried across a boundary. */
function neighbourFeatures(
  x: Float64Array,
  e: SentenceEvidence,
  prev: SentenceEvidence | undefined,
  next: SentenceEvidence | undefined,
): void {
  if (prev) {
    setFeature(x, 'prev:attributed', prev.rules === 'attributed');
    setFeature(
      x,
      'prev:speech',
      prev.quotes.some((q) => q.type === 'speech'),
    );
    setFeature(x, 'prev:framing', prev.rules === 'framing');
    setFeature(x, 'prev:same-paragraph', prev.segment.paragraph === e.segment.paragraph);
  }
  if (next) {
    setFeature(x, 'next:attributed', next.rules === 'attributed');
    setFeature(
      x,
      'next:speech',
      next.quotes.some((q) => q.type === 'speech'),
    );
  }
}

/**
 * The feature vector of each sentence of one article (or of unrelated lines, when `article` is false: no
 * neighbours, no position). Reads only what the stages already found; allocates one array per sentence.
 */
export function labelFeatures(all: readonly SentenceEvidence[], article = true): Float64Array[] {
  const firstBody = article ? all.findIndex((e) => e.segment.kind === 'body') : -1;
  return all.map((e, i) => {
    const x = new Float64Array(FEATURES.length);
    ownFeatures(x, e);
    if (!article) return x;
    setFeature(x, 'pos:first', i === firstBody);
    setFeature(x, 'pos:relative', all.length > 1 ? i / (all.length - 1) : 0);
    neighbourFeatures(x, e, all[i - 1], all[i + 1]);
    return x;
  });
}
