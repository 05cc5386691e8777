/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: the deciding words as an explanation quotes them. */
export function quoteList(texts: string[]): string {
  const quoted = [...new Set(texts)].map((t) => `"${t}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
