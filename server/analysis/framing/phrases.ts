import { AGENTLESS_PASSIVES } from '../lexicon/passives.ts';
import { PHRASES, RHETORICAL } from '../lexicon/phrases.ts';
import { markWeak } from './weights.ts';
import { LiteralIndex } from '../grammar/literals.ts';
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

// Words every match must contain (grammar/literals.ts): a sentence without any of them is not scanned at all.
const PATTERNS = new LiteralIndex([...PHRASES.map(({ re }) => re), ...AGENTLESS_PASSIVES]);

/** Multiword framing cues: scaffolding, stance markers, generalisations and agentless evaluative passives. */
export function phraseCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const may = PATTERNS.scan(text, text.toLowerCase());
  const out: Evidence[] = [];
  PHRASES.forEach(({ re, cue }, i) => {
    if (may[i]) out.push(...matches(text, re, cue, masked));
  });
  AGENTLESS_PASSIVES.forEach((re, i) => {
    if (may[PHRASES.length + i]) out.push(...matches(text, re, 'agentless-passive', masked));
  });
  return out;
}

/**
 * "the news site Crikey! last week reported", "a rerun of Jeopardy! on Friday": a mark glued to a capitalised word
 * with the sentence going on in lower case after it belongs to a name, not to the writer's voice.
 */
function insideTitle(text: string, start: number, stop: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (!(before >= 97 && before <= 122) || !/ [a-z]/.test(text.slice(stop, stop + 2))) return false;
  const word = /\p{Lu}[\p{L}’'-]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return word !== null;
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
    if (masked(m.index, stop) || insideTitle(text, m.index, stop)) continue;
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
