import type { Document } from 'wink-nlp';
import { tokensOf, type Token } from './framing-tokens.ts';
import { nlp } from './nlp.ts';
import type { Segment } from './types.ts';

export type { Token };

const docs = new WeakMap<Segment, Document>();
const tokens = new WeakMap<Segment, Token[]>();

/** The wink-nlp parse of a sentence, made once per segment object and shared by quotes and attribution. */
export function parseOf(segment: Segment): Document {
  let doc = docs.get(segment);
  if (!doc) {
    doc = nlp.readDoc(segment.text);
    docs.set(segment, doc);
  }
  return doc;
}

/** The sentence's tokens with offsets into its text, cached per segment object. */
export function sentenceTokens(segment: Segment): Token[] {
  let out = tokens.get(segment);
  if (!out) {
    out = tokensOf(segment.text, parseOf(segment));
    tokens.set(segment, out);
  }
  return out;
}
