/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: the deciding words as an explanation quotes them. */
export function quoteList(texts: string[]): string {
  const quoted = [...new Set(texts)].map((t) => `"${t}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** `The word "x" is` for one single word, else `The words … are`: explanations read as plain English. */
export function theWordsAre(texts: string[]): string {
  const list = quoteList(texts);
  const one = new Set(texts).size === 1 && !/\s/.test(texts[0]?.trim() ?? '');
  return one ? `The word ${list} is` : `The words ${list} are`;
}
