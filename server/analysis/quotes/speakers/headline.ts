import type { Found } from '../inherit.ts';
import type { Segment } from '../../types.ts';
import { UPPER_START } from '../../grammar/letters.ts';
import { PARTY_MEMBERS } from '../../lexicon/people.ts';

// a role in lower case, at most three words ("minister", "police chief"), or a title's abbreviation ("says PM"), as
// a headline's tag gives it
const UNNAMED_ROLE = /^(?:\p{Ll}+(?: \p{Ll}+){0,2}|PM|MP|MEP|MSP)$/u;

/**
 * "House Democrat calls … 'distract'", "Top Democrat says …": a headline's capitalised role of a party's member, up to
 * three words, names no one either; the lead names the member.
 */
function partyRole(speaker: string): boolean {
  const words = speaker.split(' ');
  return words.length <= 3 && PARTY_MEMBERS.has(words[words.length - 1]!.toLowerCase());
}

// a description of a speaker: some word in lower case ("AT&T lawyer", "Senate candidate Moore's wife")
const DESCRIPTION = /(?:^|\s)\p{Ll}/u;
// a person's name: capitalised words only, two or more ("Dan Petrocelli")
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function quoted(segments: Segment[], f: Found): string {
  const p = f.unit.parts[0]!;
  return segments[p.seg]!.text.slice(p.start, p.end);
}

/**
 * A headline gives someone's words without saying whose ("Hague 'given up' his PM ambition"); the body says it. The
 * speaker is the one of a later quotation holding the same words ("…have been branded a “disgraceful waste” by MPs"),
 * else whoever the lead reports ("… will not take much needed relief from Africa, Tony Blair has promised"), found by
 * `leadReporter` for the first sentence of the body.
 */
export function headlineSpeakers(
  found: Found[],
  segments: Segment[],
  leadReporter: (seg: number) => string | null,
): void {
  const lead = segments.findIndex((s) => s.kind === 'body');
  // the body's quotations with a speaker, read once: a paste with no line break is one headline of thousands of
  // quotations, and looking through all of them for each would make the search quadratic
  const bodySpeech = found.filter(
    (g) => g.speaker && g.type === 'speech' && segments[g.unit.openSeg]!.kind === 'body',
  );
  // (their words, spaced at both ends, read once when a headline's quotation first looks for its own among them)
  let bodyWords: string[] | undefined;
  const saying = (words: string): Found | undefined => {
    bodyWords ??= bodySpeech.map((g) => ` ${wordsOf(quoted(segments, g))} `);
    const k = bodyWords.findIndex((w) => w.includes(` ${words} `));
    return k < 0 ? undefined : bodySpeech[k];
  };
  let unquoted: string | undefined;
  for (const f of found) {
    if (segments[f.unit.openSeg]!.kind !== 'headline') continue;
    // "Warren plans to take a 'hard look' at running" … "Warren says she'll take a “hard look at running for
    // president”": short words a headline quotes, read alone as a term, are speech when the body gives them to a
    // speaker (WMT news test set, blind rounds 1709-1724), as a modifier ("over 'abhorrent' Wiley tweets") or in a
    // title-case headline ("Claims 'Satanic Communists' in U.S.") all the same
    // … but not words the writer also uses without quotation marks, a term of the story's own ("'dark web' child
    // porn" … "a dark web site"; pool 32)
    if (f.type === 'term') {
      const words = wordsOf(quoted(segments, f));
      const same = words ? saying(words) : undefined;
      if (!same) continue;
      unquoted ??= ` ${wordsOf(unquotedBody(found, segments))} `;
      if (!unquoted.includes(` ${words} `))
        [f.type, f.speaker, f.basis] = ['speech', same.speaker, 'headline:same-words'];
      continue;
    }
    if (f.type !== 'speech') continue;
    // "CSA 'could close', says minister" … "…, Work and Pensions Secretary Alan Johnson has warned.": a headline's tag
    // naming only a role in lower case is the person the lead reports, when the lead names one
    if (f.speaker && (UNNAMED_ROLE.test(f.speaker) || partyRole(f.speaker)) && lead >= 0) {
      const reporter = leadReporter(lead);
      if (reporter && UPPER_START.test(reporter))
        [f.speaker, f.basis] = [reporter, 'headline:lead'];
      continue;
    }
    // "AT&T lawyer says … 'foolish'" … "was “foolish” …, the wireless carrier's trial lawyer Dan Petrocelli told CNBC":
    // a headline's description of its speaker, with a word in lower case, gives way to the name the body gives the
    // same words
    if (f.speaker && !DESCRIPTION.test(f.speaker)) continue;
    const words = wordsOf(quoted(segments, f));
    if (!words) continue;
    const same = saying(words);
    if (same && (!f.speaker || NAME.test(same.speaker!))) {
      [f.speaker, f.basis] = [same.speaker, 'headline:same-words'];
      continue;
    }
    if (f.speaker) continue;
    const reporter = lead >= 0 ? leadReporter(lead) : null;
    if (reporter) [f.speaker, f.basis] = [reporter, 'headline:lead'];
  }
}

/** The body's text with every quotation blanked out: what the writer says in words of their own. */
function unquotedBody(found: Found[], segments: Segment[]): string {
  const texts = segments.map((s) => (s.kind === 'body' ? s.text : ''));
  for (const f of found)
    for (const p of f.unit.parts) {
      const t = texts[p.seg]!;
      if (t) texts[p.seg] = t.slice(0, p.start) + ' '.repeat(p.end - p.start) + t.slice(p.end);
    }
  return texts.join(' ');
}
