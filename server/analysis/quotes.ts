import { hasTermCue, isClause, quoteType } from './quote-type.ts';
import { primeTokens, sentenceTokens } from './quote-tokens.ts';
import { pairQuotes, type QuoteUnit } from './quote-units.ts';
import { accordingTo, leftCue, rightTag } from './speaker-cues.ts';
import type { SpeakerContext, SpeakerHit } from './speaker.ts';
import { People } from './speaker-people.ts';
import type { Quote, QuoteType, Segment } from './types.ts';

interface Found {
  unit: QuoteUnit;
  type: QuoteType;
  speaker: string | null;
}

function quotedMask(ctx: SpeakerContext, units: QuoteUnit[]): void {
  for (const unit of units) {
    for (const part of unit.parts) {
      const mask = ctx.quoted[part.seg]!;
      ctx.tokens[part.seg]!.forEach((t, i) => {
        if (t.start >= part.start && t.end <= part.end) mask[i] = true;
      });
    }
  }
}

function wordCount(ctx: SpeakerContext, unit: QuoteUnit): number {
  return unit.parts.reduce(
    (n, p) =>
      n + (ctx.segments[p.seg]!.text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0),
    0,
  );
}

/** A term quote keeps a speaker only when that speaker's verb governs it closely ("officials describe as a ‘surge’"). */
function ownsTerm(ctx: SpeakerContext, unit: QuoteUnit, hit: SpeakerHit): boolean {
  if (hit.seg !== unit.openSeg) return false;
  const tokens = ctx.tokens[hit.seg]!;
  const between = tokens.filter((t, i) => i > hit.cue && t.end <= unit.openAt).length;
  return between <= 2;
}

function decide(ctx: SpeakerContext, unit: QuoteUnit): Found {
  const hit =
    rightTag(ctx, unit) ??
    leftCue(ctx, unit) ??
    accordingTo(ctx, unit.openSeg) ??
    (unit.closeSeg !== unit.openSeg ? accordingTo(ctx, unit.closeSeg) : null);
  const tokens = ctx.tokens[unit.openSeg]!;
  const termCue = unit.parts[0]!.seg === unit.openSeg && hasTermCue(tokens, unit.openAt);
  const clause = unit.parts[0]!.seg === unit.openSeg && isClause(tokens, unit);
  const type = quoteType(wordCount(ctx, unit), termCue, clause, !!hit?.speaker);
  const speaker = hit && (type === 'speech' || ownsTerm(ctx, unit, hit)) ? hit.speaker : null;
  return { unit, type, speaker };
}

/** Fills the speaker of speech quotes that name none: the quotation carried on, or the speech just before or after. */
function inherit(found: Found[], segments: Segment[]): void {
  const para = (f: Found): number => segments[f.unit.openSeg]!.paragraph;
  found.forEach((f, i) => {
    if (f.type !== 'speech' || f.speaker || f.unit.depth > 0) return;
    const carried = found.find((g) => g.unit === f.unit.continues);
    if (carried?.speaker) return void (f.speaker = carried.speaker);
    for (let j = i - 1; j >= 0; j--) {
      const g = found[j]!;
      if (g.unit.depth > 0) continue;
      if (para(g) === para(f) || (para(g) === para(f) - 1 && opensParagraph(f, segments)))
        f.speaker = g.type === 'speech' ? g.speaker : null;
      break;
    }
  });
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (
      f.type === 'speech' &&
      !f.speaker &&
      next.type === 'speech' &&
      next.speaker &&
      para(f) === para(next) &&
      next.unit.openSeg - f.unit.closeSeg <= 1
    )
      f.speaker = next.speaker;
  }
}

function opensParagraph(f: Found, segments: Segment[]): boolean {
  const seg = segments[f.unit.openSeg]!;
  const prev = segments[f.unit.openSeg - 1];
  return (
    (!prev || prev.paragraph !== seg.paragraph) &&
    /^[\s*_]*$/.test(seg.text.slice(0, f.unit.openAt))
  );
}

/** Finds every quoted span per sentence, typed speech or term, with the speaker the article names (or null). */
export function findQuotes(segments: Segment[]): Quote[][] {
  primeTokens(segments);
  const tokens = segments.map(sentenceTokens);
  const ctx: SpeakerContext = {
    segments,
    tokens,
    quoted: tokens.map((t) => t.map(() => false)),
    people: new People(),
  };
  const units = pairQuotes(segments);
  quotedMask(ctx, units);
  // headlines are in title case, so their capitalised words are no evidence of names
  segments.forEach(
    (s, i) =>
      s.kind !== 'headline' && ctx.people.addSentence(i, tokens[i]!, s.text, ctx.quoted[i]!),
  );
  const found = units.map((u) => decide(ctx, u));
  inherit(found, segments);
  const out: Quote[][] = segments.map(() => []);
  for (const f of found) {
    for (const p of f.unit.parts) {
      const text = segments[p.seg]!.text.slice(p.start, p.end);
      out[p.seg]!.push({ text, start: p.start, end: p.end, type: f.type, speaker: f.speaker });
    }
  }
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}
