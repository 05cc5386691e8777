// Past forms that no spelling rule gives, for the verbs of the classes in verb-classes.ts.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  think: ['thought'],
  forecast: ['forecast', 'forecasted'],
  speak: ['spoke', 'spoken'],
  swear: ['swore', 'sworn'],
  foresee: ['foresaw', 'foreseen'],
  withhold: ['withheld'],
};

const VOWEL = /[aeiou]/;

/**
 * The inflected forms of a regular English verb from its lemma by the spelling rules: -s/-es/-ies, -ed/-d/-ied,
 * -ing with a silent e dropped, and the final consonant doubled where English spelling doubles it.
 */
export function verbForms(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.slice(-1);
  const beforeLast = lemma.slice(-2, -1);
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) out.add(lemma + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) out.add(lemma.slice(0, -1) + 'ies');
  else out.add(lemma + 's');
  const irregular = lemma in IRREGULAR;
  if (last === 'e') {
    if (!irregular) out.add(lemma + 'd');
    out.add(lemma.slice(0, -1) + 'ing');
    return [...out];
  }
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    out.add(lemma.slice(0, -1) + 'ied');
    out.add(lemma + 'ing');
    return [...out];
  }
  // one short vowel before a final consonant, stressed: "admit" → "admitted", "regret" → "regretted"; an
  // unstressed last syllable keeps one ("credited", "questioned", "countered"); after -l both spellings are English
  const doubles =
    (/[^aeiou][aeiou][bdgkmnprt]$/.test(lemma) && !/(?:er|en|on|it|et|om|op)$/.test(lemma)) ||
    /(?:mit|gret|but|fer|pel|cur)$/.test(lemma);
  const both = /[aeiou]l$/.test(lemma);
  if (doubles || both) {
    out.add(lemma + last + 'ed');
    out.add(lemma + last + 'ing');
  }
  if (!doubles) {
    if (!irregular) out.add(lemma + 'ed');
    out.add(lemma + 'ing');
  }
  return [...out];
}

/** Each form of each lemma, mapped to its lemma: "denounced" → "denounce", "said" → "say". */
export function formsOf(lemmaList: Iterable<string>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const lemma of lemmaList) for (const form of verbForms(lemma)) map.set(form, lemma);
  return map;
}
