import { retagged, type Token } from './token.ts';

const EN_DASH = '–';

/**
 * "Laah Chong-gyu, executive director of Korea Development Bank - one of the firm's creditors - said": many papers type
 * a dash as a hyphen with a space on each side, which the tagger splits off like the hyphen inside "Chong-gyu". A
 * hyphen standing alone between spaces is read as the dash it stands for, so asides set off by it are asides.
 */
export function retagSpacedDashes(text: string, tokens: Token[]): Token[] {
  if (!text.includes(' - ')) return tokens;
  return tokens.map((t) =>
    t.lower === '-' && text[t.start - 1] === ' ' && text[t.end] === ' '
      ? retagged(t, 'PUNCT', EN_DASH, EN_DASH)
      : t,
  );
}

const DASHES = new Set(['-', '—', '–']);

/** A dash with a space before it (a hyphen joins words: "Kilroy-Silk"). */
export function isSpacedDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && k > 0 && DASHES.has(t.lower) && t.start > tokens[k - 1]!.end;
}
