import type { Found } from '../../inherit.ts';
import type { SpeakerContext } from '../context.ts';
import { FEATURES, FEATURE_INDEX as F } from './features.ts';
import { mentionsIn, type Mention } from './mentions.ts';
import { LOWER_START, UPPER_START } from '../../../grammar/letters.ts';

/** One speaker a speech quotation may have (null: none in the text), with its feature vector. */
export interface Candidate {
  speaker: string | null;
  features: Float64Array;
}

/** The candidates of one speech quotation; `rule` is the index of the rules' own answer. */
export interface QuoteCandidates {
  found: Found;
  candidates: Candidate[];
  rule: number;
}

/** The form speakers are compared in: case, spacing and a leading "the" aside ("The Jakarta Post" is "Jakarta Post"). */
export function speakerKey(speaker: string | null): string {
  return speaker === null
    ? ''
    : speaker
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
        .replace(/^the\s+/, '');
}

/** The rule-pick feature of the kind of cue that found a speaker (basis "tag:name" → rulePickTag). */
export function family(basis: string): number {
  const how = basis.split(':')[0]!;
  if (how === 'tag' || how === 'tag-subject' || how === 'tag-participle') return F.rulePickTag;
  if (/^(?:verb|speech-noun|according-to|describing|verb-passive|clause)/.test(how))
    return F.rulePickLeft;
  if (/^(?:previous|carried|paragraph|sentence-before)$/.test(how)) return F.rulePickInherited;
  return F.rulePickOther;
}

const lastWord = (s: string) => s.toLowerCase().split(/\s+/).pop() ?? '';

/**
 * The candidate speakers of every speech quotation in `found` (the rules have decided them all, names settled): the
 * rules' answer, the speakers of the quotations beside it, every phrase naming someone in its sentences, the two
 * before and the one after, collapsed by speaker; and none. `settle` gives a mention's speaker the final form the
 * rules give theirs.
 */
export function speakerCandidates(
  ctx: SpeakerContext,
  found: readonly Found[],
  settle: (speaker: string, form: string) => string,
): QuoteCandidates[] {
  const bySeg = new Map<number, Mention[]>();
  const mentions = (seg: number): Mention[] => {
    let list = bySeg.get(seg);
    if (!list)
      bySeg.set(seg, (list = seg >= 0 && seg < ctx.segments.length ? mentionsIn(ctx, seg) : []));
    return list;
  };
  const headline = ctx.segments
    .filter((s) => s.kind === 'headline')
    .map((s) => s.text.toLowerCase())
    .join(' ');
  const speech = found.filter((f) => f.type === 'speech' && f.unit.depth === 0);
  return speech.map((f, i) => {
    const unit = f.unit;
    const para = ctx.segments[unit.openSeg]!.paragraph;
    const lastSeg = unit.parts[unit.parts.length - 1]!.seg;
    const byKey = new Map<string, Candidate>();
    // the ways each candidate's phrases named it (speakerOf's forms): a person's name, a body, words as written
    const forms = new Map<Candidate, Set<string>>();
    const formOf = (c: Candidate, form: string) => {
      const set = forms.get(c) ?? new Set<string>();
      forms.set(c, set.add(form));
    };
    const candidate = (speaker: string | null): Candidate => {
      const key = speakerKey(speaker);
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { speaker, features: new Float64Array(FEATURES.length) }));
      return c;
    };
    const none = candidate(null);
    none.features[F.none] = 1;
    const rule = candidate(f.speaker);
    rule.features[F.rulePick] = 1;
    if (f.speaker) rule.features[family(f.basis)] = 1;
    if (f.basis.includes(':')) formOf(rule, f.basis.split(':')[1]!);
    else none.features[F.noneRuleNone] = 1;
    const prev = speech[i - 1];
    const next = speech[i + 1];
    const paraOf = (g: Found) => ctx.segments[g.unit.openSeg]!.paragraph;
    // (the quotations beside it offer their speakers, with no feature of their own: see features.ts)
    if (prev?.speaker) candidate(prev.speaker);
    if (next?.speaker && paraOf(next) === para) candidate(next.speaker);
    const quoteWords = new Set(
      unit.parts.flatMap((p) =>
        ctx.segments[p.seg]!.text.slice(p.start, p.end)
          .toLowerCase()
          .split(/[^\p{L}'-]+/u),
      ),
    );
    const fragment =
      unit.parts.length === 1 && !/[.!?]\W*$/.test(f.unit.parts[0] ? textOf(ctx, f) : '');
    let here = false;
    const segs = [unit.openSeg - 2, unit.openSeg - 1];
    for (let s = unit.openSeg; s <= lastSeg; s++) segs.push(s);
    segs.push(lastSeg + 1);
    for (const seg of segs) {
      const segment = ctx.segments[seg];
      if (!segment || segment.kind === 'headline') continue;
      for (const m of mentions(seg)) {
        const c = candidate(settle(m.speaker, m.form));
        formOf(c, m.form);
        const v = c.features;
        const parts = unit.parts.filter((p) => p.seg === seg);
        if (parts.length > 0) {
          here = true;
          v[F.inSentence] = 1;
          const open = parts[0]!.start;
          const close = parts[parts.length - 1]!.end;
          if (m.end <= open) v[F.beforeQuote] = 1;
          if (m.start >= close) v[F.afterQuote] = 1;
          const gap = m.end <= open ? open - m.end : m.start >= close ? m.start - close : 0;
          v[F.closeness] = Math.max(v[F.closeness]!, 1 / (1 + gap / 24));
          if (fragment && m.subjectOfSaying) v[F.fragmentSubjectOfSaying] = 1;
        } else if (seg === unit.openSeg - 1) v[F.inPrev1] = 1;
        else if (seg === unit.openSeg - 2) v[F.inPrev2] = 1;
        else if (seg === lastSeg + 1) v[F.inNext1] = 1;
        if (segment.paragraph === para) v[F.sameParagraph] = 1;
        if (ctx.segments[seg - 1]?.paragraph !== segment.paragraph) v[F.paragraphStart] = 1;
        if (m.subjectOfSaying) v[F.subjectOfSaying] = 1;
        if (m.accordingTo) v[F.accordingTo] = 1;
        if (m.agent) v[F.agent] = 1;
        if (m.oblique) v[F.oblique] = 1;
        if (m.objectOfVerb) v[F.objectOfVerb] = 1;
        if (m.sentenceStart) v[F.sentenceStart] = 1;
        if (m.form === 'pronoun') v[F.viaPronoun] = 1;
      }
    }
    if (!here) none.features[F.noneNoMentionHere] = 1;
    const opensParagraph =
      unit.parts.length > 1 || ctx.segments[unit.openSeg - 1]?.paragraph !== para;
    for (const c of byKey.values()) {
      if (c.speaker === null) continue;
      const v = c.features;
      const words = c.speaker.split(/\s+/);
      const named = forms.get(c);
      // a run of capitals the rules read as a name, not a title or a body ("Deputy Minister of Health")
      const asPerson =
        !named || ['name', 'title', 'pronoun', 'description'].some((x) => named.has(x));
      const person =
        asPerson &&
        words.length > 1 &&
        words.every(
          (w) => UPPER_START.test(w) || /^(?:de|van|von|bin|al|da|di|du|del|la|le)$/i.test(w),
        );
      if (person) v[F.personFull] = 1;
      else if (words.length === 1) v[F.singleWord] = 1;
      // (a body as speakerOf reads one: "Harbour Trust", not a title's words kept as written)
      if (
        UPPER_START.test(c.speaker) &&
        !person &&
        words.length > 1 &&
        (!named || named.has('body'))
      )
        v[F.body] = 1;
      if (LOWER_START.test(c.speaker) || words.some((w) => /^\p{Ll}{4,}/u.test(w))) v[F.phrase] = 1;
      const last = lastWord(c.speaker);
      if (last.length > 2 && quoteWords.has(last)) v[F.namedInQuote] = 1;
      if (last.length > 2 && headline.includes(last)) v[F.inHeadline] = 1;
      if (opensParagraph && v[F.inPrev1]) v[F.paragraphOpenInPrev1] = 1;
    }
    const candidates = [...byKey.values()];
    return { found: f, candidates, rule: candidates.indexOf(rule) };
  });
}

function textOf(ctx: SpeakerContext, f: Found): string {
  const p = f.unit.parts[0]!;
  return ctx.segments[p.seg]!.text.slice(p.start, p.end);
}
