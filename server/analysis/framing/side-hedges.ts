import type { Evidence } from '../types.ts';

// a clause of time or purpose: a modal inside it tells what could or can happen within the events told, not the
// writer's guess ("before it could be examined", "until Malaysian authorities can examine it", "until they could be
// suitably relocated": blind rounds 264, 270 and 275, all facts)
const TIME_OR_PURPOSE = /\b(?:until|till|before|so that|in order that)\b/i;
// "…, possibly targeting a police patrol", "a large white object, possibly two,", "…, possibly including …": a hedge
// set off after a comma on a participle or a count qualifies that detail, not the sentence's claim (four of four
// such sentences in blind rounds 263–270 facts)
const SIDE_POSSIBLY =
  /^possibly\s+(?:\p{L}+ing\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)/iu;

/** Drops the speculation that only hedges a side detail or tells what could happen inside a clause of time. */
export function withoutSideHedges(text: string, cues: Evidence[]): Evidence[] {
  return cues.filter((c) => {
    if (c.cue !== 'speculation' && c.cue !== 'generalisation') return true;
    const clause = text.slice(0, c.start).split(/[,;:]/).pop() ?? '';
    if (TIME_OR_PURPOSE.test(clause)) return false;
    const rest = text.slice(c.start);
    return !(/,\s*$/.test(text.slice(0, c.start)) && SIDE_POSSIBLY.test(rest));
  });
}
