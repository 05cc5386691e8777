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
    const clause: Evidence = {
      text: text.slice(start, m.index + 1),
      start,
      end: m.index + 1,
      cue: m[0] === '?' ? 'rhetorical-question' : 'loaded',
    };
    // A bare question may just announce what the next paragraph answers; it is rhetorical when it implies its
    // own answer (RHETORICAL) or comes with other framing cues, which then add up with it.
    out.push(m[0] === '?' && !RHETORICAL.test(clause.text) ? markWeak(clause) : clause);
  }
  return out;
}
