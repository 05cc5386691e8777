import { retagged, type Token } from './token.ts';

const EN_DASH = '–';

/**
 * "Laah Chong-gyu, executive director of Korea Development Bank - one of the firm's creditors - said": many papers type
 * a dash as a hyphen with a space on each side, which the tagger splits off like the hyphen inside "Chong-gyu". A
 * hyphen standing alone between spaces is read as the dash it stands for, so asides set off by it are asides. So are
 * two hyphens, as typewriters and AP copy type a dash: "One industry forecaster -- JupiterResearch -- says as much as 10
 * percent …" (blind round 788).
 */
export function retagSpacedDashes(text: string, tokens: Token[]): Token[] {
  if (!text.includes(' - ') && !text.includes('--')) return tokens;
  return tokens.map((t) =>
    (t.lower === '-' && text[t.start - 1] === ' ' && text[t.end] === ' ') || t.lower === '--'
      ? retagged(t, 'PUNCT', EN_DASH, EN_DASH)
      : t,
  );
}

const DASHES = new Set(['-', '—', '–']);

/**
 * An en or em dash, as the text types it or as retagSpacedDashes reads a spaced hyphen or two hyphens: what sets off
 * an aside or a dateline. A hyphen joining words is none ("Rep. Paul Ryan, R-Wis., …", blind round 572).
 */
export function isDash(t: Token | undefined): boolean {
  return t?.lower === '—' || t?.lower === EN_DASH;
}

/** A dash with a space before it (a hyphen joins words: "Kilroy-Silk"). */
export function isSpacedDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && k > 0 && DASHES.has(t.lower) && t.start > tokens[k - 1]!.end;
}
