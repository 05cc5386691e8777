import { AGENTLESS_PASSIVES } from '../lexicon/passives.ts';
import { PHRASES, RHETORICAL } from '../lexicon/phrases.ts';
import { markWeak } from './weights.ts';
import type { Cue, Evidence } from '../types.ts';

function matches(
  text: string,
  re: RegExp,
  cue: Cue,
  masked: (s: number, e: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  // exec on the shared global pattern rather than matchAll, which clones the pattern on every call (hot path)
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (!masked(start, end)) out.push({ text: text.slice(start, end), start, end, cue });
  }
  return out;
}

// The literal word start most patterns open with ("\\brais…" → "rais"): a sentence without it cannot match, and a
// substring test is far cheaper than running the pattern over every sentence.
function literalStart(re: RegExp): string {
  const lead = /^(?:\\b)?([a-z][a-z ]{2,})([?*{]?)/i.exec(re.source);
  if (!lead?.[1] || !re.flags.includes('i')) return '';
  // a quantifier after the literal makes its last letter optional ("goods?")
  const literal = lead[2] ? lead[1].slice(0, -1) : lead[1];
  return literal.length >= 3 ? literal.toLowerCase() : '';
}

const PHRASE_STARTS = PHRASES.map(({ re }) => literalStart(re));

/** Multiword framing cues: scaffolding, stance markers, generalisations and agentless evaluative passives. */
export function phraseCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const lower = text.toLowerCase();
  return [
    ...PHRASES.flatMap(({ re, cue }, i) =>
      lower.includes(PHRASE_STARTS[i] ?? '') ? matches(text, re, cue, masked) : [],
    ),
    ...AGENTLESS_PASSIVES.flatMap((re) => matches(text, re, 'agentless-passive', masked)),
  ];
}

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
  // A run such as "?!" or "!!!" is one mark; it is a question when it holds a "?".
  for (const m of text.matchAll(/[?!]+/g)) {
    const stop = m.index + m[0].length;
    const question = m[0].includes('?');
    if (masked(m.index, stop)) continue;
    const before = text.slice(0, m.index);
    // lastIndexOf gives -1 when no clause break precedes: the clause then starts at the sentence's first letter
    const stopAt = Math.max(
      before.lastIndexOf('. '),
      before.lastIndexOf('; '),
      before.lastIndexOf(': '),
    );
    const clauseStart = stopAt < 0 ? 0 : stopAt + 2;
    const marker = question ? RHETORICAL.exec(text.slice(clauseStart, stop)) : null;
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
      text: text.slice(start, stop),
      start,
      end: stop,
      cue: 'loaded',
    };
    if (!question) out.push(mark);
    else if (m[0].includes('!')) out.push({ ...mark, cue: 'rhetorical-question' });
    else out.push(markWeak({ ...mark, cue: 'rhetorical-question' }));
  }
  return out;
}
