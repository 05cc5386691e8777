import { AGENTLESS_PASSIVES, PHRASES } from './lexicon/phrases.ts';
import type { Cue, Evidence } from './types.ts';

function matches(
  text: string,
  re: RegExp,
  cue: Cue,
  masked: (s: number, e: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (!masked(start, end)) out.push({ text: text.slice(start, end), start, end, cue });
  }
  return out;
}

/** Multiword framing cues: scaffolding, stance markers, generalisations and agentless evaluative passives. */
export function phraseCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  return [
    ...PHRASES.flatMap(({ re, cue }) => matches(text, re, cue, masked)),
    ...AGENTLESS_PASSIVES.flatMap((re) => matches(text, re, 'agentless-passive', masked)),
  ];
}

/** A question or exclamation in the writer's own voice: the clause that ends in "?" or "!" outside any quote. */
export function punctuationCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  for (const m of text.matchAll(/[?!]/g)) {
    if (masked(m.index, m.index + 1)) continue;
    const before = text.slice(0, m.index);
    const from = Math.max(
      before.lastIndexOf('. '),
      before.lastIndexOf('; '),
      before.lastIndexOf(': '),
    );
    let start = from === -1 ? 0 : from + 2;
    while (start < m.index && masked(start, start + 1)) start++;
    out.push({
      text: text.slice(start, m.index + 1),
      start,
      end: m.index + 1,
      cue: m[0] === '?' ? 'rhetorical-question' : 'loaded',
    });
  }
  return out;
}
