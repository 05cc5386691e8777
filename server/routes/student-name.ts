/**
 * Characters that change how a name looks without being visible themselves: format controls (right-to-left
 * overrides and isolates, zero-width spaces and joiners, soft hyphens, BOMs) and the blank "letters"
 * (Hangul fillers, the empty braille pattern) that render as nothing.
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** A display name as stored and shown: NFC, without invisible or direction-changing characters, spaces collapsed. */
export function normaliseName(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** What two names are compared by: compatibility-folded and case-folded, so "Ada" and "ＡＤＡ" count as the same. */
export function nameKey(name: string): string {
  return normaliseName(name).normalize('NFKC').toLocaleLowerCase('und');
}
