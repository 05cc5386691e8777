import { npEndingAt, type Phrase } from '../../../grammar/phrases.ts';
import { personName } from '../../../grammar/names.ts';
import { isReportingVerb } from '../../../grammar/verbs.ts';
import { reportingSubject } from '../../../grammar/reporter.ts';
import { startsUpper } from '../../../grammar/token.ts';
import { ANONYMOUS_HEADS, ORG_WORDS, PARTY_MEMBERS, TITLES } from '../../../lexicon/people.ts';
import { TIME_WORD } from '../../../lexicon/subject-pieces.ts';
import type { SpeakerContext, SpeakerForm } from '../context.ts';
import { speakerOf } from '../speaker.ts';

/** One phrase of a sentence that may name a speaker, with the speaker it names and its grammatical role. */
export interface Mention {
  seg: number;
  /** Character offsets of the phrase in its sentence. */
  start: number;
  end: number;
  speaker: string;
  form: SpeakerForm;
  subjectOfSaying: boolean;
  accordingTo: boolean;
  agent: boolean;
  oblique: boolean;
  objectOfVerb: boolean;
  sentenceStart: boolean;
}

const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const PERSONAL = new Set(['he', 'she', 'they']);
const AUX_OR_ADV = new Set(['AUX', 'ADV', 'PART']);

/** Whether a phrase could name someone at all: a pronoun for people, a capitalised word, a title, a body, a group. */
function mayName(ctx: SpeakerContext, seg: number, np: Phrase): boolean {
  const tokens = ctx.tokens[seg]!;
  const head = tokens[np.to]!;
  if (head.pos === 'PRON') return PERSONAL.has(head.lower) && np.from === np.to;
  const text = ctx.segments[seg]!.text;
  if (
    TITLES.has(head.lower) ||
    ORG_WORDS.has(head.lower) ||
    ANONYMOUS_HEADS.has(head.lower) ||
    PARTY_MEMBERS.has(head.lower)
  )
    return true;
  for (let k = np.from; k <= np.to; k++)
    if (tokens[k]!.pos === 'PROPN' && startsUpper(text, tokens[k])) return true;
  return !!personName(tokens, text, np);
}

/**
 * Every phrase of sentence `seg`, outside quotations, that may name a speaker, read through `speakerOf` into the form
 * the rules give a speaker. Call only after the rules have decided every quotation: `speakerOf` records groups.
 */
export function mentionsIn(ctx: SpeakerContext, seg: number): Mention[] {
  const tokens = ctx.tokens[seg]!;
  const quoted = ctx.quoted[seg]!;
  const text = ctx.segments[seg]!.text;
  // the subjects the reporting verbs of the sentence have ("Ann Berg, the mayor, said")
  const sayers: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i] || !isReportingVerb(tokens, i)) continue;
    const np = reportingSubject(tokens, text, i);
    if (np) sayers.push(np);
  }
  const out: Mention[] = [];
  let floor = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (quoted[k]) {
      floor = k + 1;
      continue;
    }
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // (a phrase ends at its last noun: not before another, nor before a hyphen joining one, "Nouri al-Maliki")
    if (!HEAD_POS.has(t.pos) || (next && (next.pos === 'PROPN' || next.pos === 'NOUN'))) continue;
    if (next?.lower === '-' && tokens[k + 2] && tokens[k + 2]!.start === next.end) continue;
    const np = npEndingAt(tokens, k, floor);
    // "the European Parliament Thursday": a time word closing the phrase is no part of who it names
    while (np && np.to > np.from && TIME_WORD.test(tokens[np.to]!.lower)) np.to--;
    if (!np || TIME_WORD.test(tokens[np.to]!.lower) || !mayName(ctx, seg, np)) continue;
    // "The Bernie and Sid Show": capitals joined by "and" may be one name; its last piece alone names no one
    const join = tokens[np.from - 1];
    if (join?.pos === 'CCONJ' && tokens[np.from - 2]?.pos === 'PROPN' && np.to > np.from) continue;
    const speaker = speakerOf(ctx, seg, np);
    if (!speaker) continue;
    let after = np.to + 1;
    while (tokens[after] && AUX_OR_ADV.has(tokens[after]!.pos)) after++;
    const before = tokens[np.from - 1];
    out.push({
      seg,
      start: tokens[np.from]!.start,
      end: tokens[np.to]!.end,
      speaker,
      form: ctx.form,
      subjectOfSaying:
        isReportingVerb(tokens, after) ||
        (!!before && isReportingVerb(tokens, np.from - 1)) ||
        sayers.some((s) => s.from <= np.to && np.from <= s.to),
      accordingTo: before?.lower === 'to' && tokens[np.from - 2]?.lower === 'according',
      agent: before?.lower === 'by',
      oblique: !!before && before.pos === 'ADP' && before.lower !== 'by' && before.lower !== 'to',
      objectOfVerb: !!before && before.pos === 'VERB' && !isReportingVerb(tokens, np.from - 1),
      sentenceStart: tokens.slice(0, np.from).every((x) => x.pos === 'PUNCT'),
    });
  }
  return out;
}
