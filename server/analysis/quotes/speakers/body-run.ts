import { startsUpper, type Token } from '../../grammar/token.ts';
import { BODY_KINDS, isTitle, LEGAL_FORMS } from '../../lexicon/people.ts';
import { OCCUPATIONS } from '../../lexicon/occupations.ts';

// (one empty answer for every run that names no body, most of them: no array made per name)
const NONE: readonly string[] = [];

/**
 * The last words of a capitalised run (tokens `from` to `k`), with any legal form after it, when the sentence shows
 * the run names a body, not a person; none otherwise. A later "he said" or "she said" never points back to such a
 * name (a bare "Gartner" later is filed under the legal form of its fullest name, "Gartner Inc.").
 * - a legal form closes it: "Gartner Inc. said …" (Dragnet page of a wire story, blind round 949);
 * - it follows a person's post and "at": "said Carolina Milanesi, research vice president at Gartner" (same page);
 * - it follows a body's kind and "named" or "called": "a private company named Young Indian" (Dragnet page of
 *   CNN-IBN, blind round 944).
 */
export function bodyRunWords(
  text: string,
  tokens: Token[],
  from: number,
  k: number,
): readonly string[] {
  const closing = LEGAL_FORMS.has(tokens[k]!.lower) ? k : k + 1;
  const form = tokens[closing];
  const named = tokens[closing - 1];
  // (a capitalised form after a proper noun: "The company said" holds no firm's name)
  if (form && named && closing - 1 >= from && LEGAL_FORMS.has(form.lower)) {
    return startsUpper(text, form) && named.pos === 'PROPN' ? [named.lower, form.lower] : NONE;
  }
  const link = tokens[from - 1]?.lower;
  const before = tokens[from - 2];
  const post = before?.lower ?? '';
  // (a post is a noun: "fired back at Trump" names a person)
  if (link === 'at' && before?.pos === 'NOUN' && (isTitle(post, false) || OCCUPATIONS.has(post)))
    return [tokens[k]!.lower];
  if ((link === 'named' || link === 'called') && BODY_KINDS.has(post)) return [tokens[k]!.lower];
  return NONE;
}
