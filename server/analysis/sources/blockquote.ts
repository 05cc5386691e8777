import { sentenceTokens } from '../grammar/tokens.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';
import type { Segment } from '../types.ts';

// "((pt))Portuguese language: …" opens the original wording of the quotation before it, so it is someone's words too
const ORIGINAL_MARKER = /^\(\(\p{Ll}{2,3}\)\)\p{Lu}\p{L}+ language:/u;
const isOriginal = (text: string) => text.startsWith('((') && ORIGINAL_MARKER.test(text);

/**
 * Marks the sentences of block quotations: a paragraph introduced by a previous paragraph that ends with a colon
 * after a reporting verb ("… were reported by CNN as such:"), and the attribution line after it ("– USCG
 * dispatcher, CNN"). Such quotations carry no quote marks, so only this layout says they are someone's words.
 */
export function blockQuoted(segments: Segment[]): boolean[] {
  const out = segments.map(() => false);
  let inBlock = false;
  segments.forEach((segment, i) => {
    const prev = segments[i - 1];
    if (!prev || prev.paragraph === segment.paragraph) {
      out[i] = inBlock || isOriginal(segment.text);
      return;
    }
    const introduced =
      /:$/.test(prev.text) &&
      sentenceTokens(prev).some((t) => REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB');
    const signature = out[i - 1] === true && /^[\u2013\u2014-]\s/.test(segment.text);
    inBlock = introduced && !/^["“‘']/.test(segment.text);
    out[i] = inBlock || signature || isOriginal(segment.text);
  });
  return out;
}
