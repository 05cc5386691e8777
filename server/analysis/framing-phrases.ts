import { AGENTLESS_PASSIVES, PHRASES } from './lexicon/phrases.ts';
import { markWeak } from './framing-weights.ts';
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

const RHETORICAL =
  /\b(?:why (?:would|should|not|then|on earth)|so why|then why|who (?:would|could|can|is to)|how (?:could|can|dare)|guess what|what else|is it any wonder|right\?|(?:is|are|was|were|do|does|did|would|should|could|can|will)n[’']t\b)/i;

/**
 * A question or exclamation in the writer's own voice, outside any quote. The evidence is the words that make a
 * question rhetorical ("why should", "isn't") or else the mark with the word before it: a bare question may just
 * announce what the next paragraph answers, so it is a weak cue that needs other framing to decide.
 */
export function punctuationCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  for (const m of text.matchAll(/[?!]/g)) {
    if (masked(m.index, m.index + 1)) continue;
    const before = text.slice(0, m.index);
    const clauseStart =
      Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '), -2) +
      2;
    const marker = m[0] === '?' ? RHETORICAL.exec(text.slice(clauseStart, m.index + 1)) : null;
    if (marker) {
      const start = clauseStart + marker.index;
      const end = start + marker[0].length;
      if (!masked(start, end))
        out.push({ text: marker[0], start, end, cue: 'rhetorical-question' });
      continue;
    }
    const word = /[\p{L}\p{N}’'-]+$/u.exec(before);
    const start = word && !masked(word.index, m.index) ? word.index : m.index;
    const mark: Evidence = {
      text: text.slice(start, m.index + 1),
      start,
      end: m.index + 1,
      cue: 'loaded',
    };
    if (m[0] === '?') out.push(markWeak({ ...mark, cue: 'rhetorical-question' }));
    else out.push(mark);
  }
  return out;
}
