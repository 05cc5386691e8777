import { COMPLAINING, CONCEDING, HINTING, JUDGING, PROMISING, SAYING } from './verb-classes.ts';

/**
 * Verbs whose every use is an utterance (Quirk's public verbs: stating, admitting, hinting, praising and blaming,
 * promising, complaining, arguing back, urging): "the firm confirmed", "she accused the mayor", "he vowed to stay".
 * Unlike "call", "ask", "plan", "question", "defend" or "reject", none of them names an act or a wish that no one voiced
 * ("called a meeting", "plans to sell", "rejected the bid"). The classes of verb-classes.ts, and from its arguing and
 * urging classes the members that only speak. calibration.ts rates a named source reported by one of them apart.
 */
const UTTERING_LEMMAS: readonly string[] = [
  ...SAYING,
  ...CONCEDING,
  ...HINTING,
  ...JUDGING,
  ...PROMISING,
  ...COMPLAINING,
  ...'argue counter dispute rebut refute urge demand warn caution advise'.split(' '),
];

// forms English spells irregularly among these verbs (the rest take -s, -ed and -ing by the usual spelling rules)
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
};

/** The lemma's forms as written: the lemma, -s, -ed and -ing, each by the usual spelling rules (both ways where a
 * final consonant may double: "admitted", "quipped"). */
function formsOf(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const y = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) : null;
  const sibilant = /(?:s|sh|ch|x|z)$/.test(lemma);
  const forms = [
    lemma,
    y ? `${y}ies` : sibilant ? `${lemma}es` : `${lemma}s`,
    y ? `${y}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`,
    `${stem}ing`,
    ...(IRREGULAR[lemma] ?? []),
  ];
  // a final consonant after one vowel may double before -ed and -ing (the "u" of "qu" is no vowel: "quipped")
  if (/(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(lemma)) {
    const last = lemma.at(-1)!;
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

/** Every form of the verbs of UTTERING_LEMMAS, as evidence keeps a verb: lower-cased, as written. */
export const UTTERING_FORMS: ReadonlySet<string> = new Set(UTTERING_LEMMAS.flatMap(formsOf));
