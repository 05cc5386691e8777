import { its, tagger } from '../grammar/nlp.ts';
// (every reading goes through the shield: one unshielded reading changes how the process reads that word ever after)
import { shieldPossessiveEnds } from '../grammar/possessive-ends.ts';
import { sentenceEnds } from './boundaries.ts';
import type { Range } from './paragraphs.ts';

const INCOMPLETE_END = new Set(['VERB', 'AUX', 'ADJ', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);

/**
 * True when the first sentence of paragraph `q` cannot stand alone: it ends with a stop yet has no finite verb
 * (no auxiliary, and every verb an infinitive "to conduct" or an "-ing" form). Only asked about the rare
 * paragraph that may continue the one before, so the parse costs little.
 */
export function isFragment(text: string, q: Range): boolean {
  const end = sentenceEnds(text, q.start, q.end)[0] ?? q.end;
  const sentence = text.slice(q.start, end).trimEnd();
  if (!/[.!?\u2026]["'\u201d\u2019)\]*_]*$/.test(sentence)) return false;
  const tokens = tagger.readDoc(shieldPossessiveEnds(sentence.replace(/\s+/g, ' '))).tokens();
  const words = tokens.out(its.normal);
  const pos = tokens.out(its.pos);
  return !pos.some(
    (p, i) => p === 'AUX' || (p === 'VERB' && words[i - 1] !== 'to' && !words[i]!.endsWith('ing')),
  );
}

/** True when paragraph `p` stops on a word that wants more after it: a verb, adjective, preposition … */
export function endsIncomplete(text: string, p: Range): boolean {
  const tail = text.slice(Math.max(p.start, p.end - 80), p.end);
  const pos = tagger
    .readDoc(shieldPossessiveEnds(tail.replace(/\s+/g, ' ').trim()))
    .tokens()
    .out(its.pos);
  return INCOMPLETE_END.has(pos[pos.length - 1] ?? '');
}
