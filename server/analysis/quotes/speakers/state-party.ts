import { US_STATES } from '../../lexicon/us-states.ts';
import type { SpeakerContext } from './context.ts';

// a name, then its party letter and state: "Sen. John McCain, R-Ariz.,", "Rep. Jo Roe (D-N.Y.)"
const TAGGED =
  /(\p{Lu}[\p{L}'\u2019-]+)(?:,\s*|\s+\()([RDI])-\s?([A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)/gu;
// … or its party and state written out: "Senator John McCain, Republican of Arizona,"
const WRITTEN =
  /(\p{Lu}[\p{L}'\u2019-]+), (Republican|Democrat|independent|Independent) (?:of|from) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/gu;
const LETTER: Record<string, string> = { republican: 'R', democrat: 'D', independent: 'I' };

// every way a state is written, to its full name
const STATE_OF = new Map<string, string>();
for (const [name, ...short] of US_STATES) {
  STATE_OF.set(name, name);
  for (const s of short) STATE_OF.set(s.replace(/\s/g, ''), name);
}

/**
 * "Sen. John McCain, R-Ariz., said … The Arizona Republican said": a description by state and party is the person the
 * article tagged with that party's letter and that state, latest first (BASIL round 1796, where the party's chairman
 * named before was taken). Null when the phrase names no state, or the article tagged no one so.
 */
export function statePartyMember(
  ctx: SpeakerContext,
  seg: number,
  state: string,
  party: string,
): string | null {
  const full = STATE_OF.get(state);
  const letter = LETTER[party.toLowerCase().replace(/s$/, '')];
  if (!full || !letter) return null;
  for (let s = seg; s >= 0; s--) {
    const text = ctx.segments[s]!.text;
    let found: string | null = null;
    for (const m of text.matchAll(TAGGED))
      if (m[2] === letter && STATE_OF.get(m[3]!.replace(/\s/g, '')) === full) found = m[1]!;
    for (const m of text.matchAll(WRITTEN))
      if (LETTER[m[2]!.toLowerCase()] === letter && STATE_OF.get(m[3]!) === full) found = m[1]!;
    if (found) return ctx.people.fullest(found);
  }
  return null;
}
