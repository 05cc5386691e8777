/**
 * Straight double quotes turned curly (“…”) and apostrophes (’), so feedback written by the generator
 * matches the article's typography. Pairs are matched left to right; a lone quote opens.
 */
export function curly(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const mark = open ? '“' : '”';
      open = !open;
      return mark;
    })
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}
