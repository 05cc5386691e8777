import { HONORIFIC_GENDER, TITLE_ABBREVIATIONS, editDistance } from '../../lexicon/people.ts';
import { ANY_CAPITAL } from '../../grammar/letters.ts';
import { withoutAccents } from '../../lexicon/given-names.ts';

/** A name's key: lower case, accents folded, so "Erdoğan" and "Erdogan" are one person. */
export function nameKey(word: string): string {
  // (plain ASCII has no accents to fold: withoutAccents skips the Unicode work, which runs for every name)
  return withoutAccents(word).toLowerCase();
}

/**
 * The word a name is filed under: its last word, or the part after a hyphen when that part is capitalised ("Muqtada
 * al-Sadr" … "Sadr"). A lower-case syllable after a hyphen is part of a given name ("Moon Jae-in", "Kim In-seok"), so
 * the whole word is kept: "in" alone would file two people under one key.
 */
export function lastNamePiece(written: string): string {
  const word = written.split(/\s+/).pop()!;
  const piece = word.split('-').pop()!;
  return piece !== word && /^\p{Lu}/u.test(piece) ? piece : word;
}

// "Robert Downey Jr." … "Downey": a generational suffix follows the surname the article later uses alone
// … as does a regnal number ("Pope Benedict XVI" … "Benedict")
const SUFFIX = /\s+(?:Jr\.?|Sr\.?|[IVX]{2,5})$/;

/** A full name without its generational suffix ("Martin Kale Jr." → "Martin Kale"). */
function unsuffixed(name: string): string {
  return name.endsWith('.') ||
    name.endsWith('I') ||
    name.endsWith('V') ||
    name.endsWith('X') ||
    name.endsWith('r')
    ? name.replace(SUFFIX, '')
    : name;
}

/**
 * Whether two written forms may name one person: one ends the other ("Myers", "Matt Myers"), or both share their
 * first and last words and one only leaves out middle names ("Omar Said Farouk" … "Omar Farouk").
 */
function onePerson(a: string, b: string): boolean {
  const x = nameKey(unsuffixed(a));
  const y = nameKey(unsuffixed(b));
  if (x.endsWith(y) || y.endsWith(x)) return true;
  const xs = x.split(/\s+/);
  const ys = y.split(/\s+/);
  return xs.length > 1 && ys.length > 1 && xs[0] === ys[0] && xs.at(-1) === ys.at(-1);
}

function listed(index: Map<string, string[]>, key: string): string[] {
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  return list;
}

// the one full name an index files a single written word under (however often listed); null for none, for several,
// or when more than one word is written
function onlyNameHolding(index: ReadonlyMap<string, string[]>, written: string): string | null {
  if (/\s/.test(written)) return null;
  let found: string | null = null;
  for (const f of index.get(nameKey(written)) ?? []) {
    if (found !== null && found !== f) return null;
    found = f;
  }
  return found;
}

/**
 * "Donald Trump … Donald Trump Jr. … Trump told": where the article names a father and a son alike, the form written
 * without the suffix ("Trump") is the one named without it; the forms without a suffix come first then, longest first.
 */
function plainFirst(written: string, sorted: string[]): string[] {
  if (unsuffixed(written) !== written) return sorted;
  const plain = sorted.filter((f) => /\s/.test(f) && unsuffixed(f) === f);
  const suffixed = sorted.filter((f) => unsuffixed(f) !== f);
  return plain.length > 0 && suffixed.length > 0
    ? [...plain, ...sorted.filter((f) => !plain.includes(f))]
    : sorted;
}

/** Every written form of each name, keyed by its last word, and which names carried which titles. */
export class NameForms {
  private full = new Map<string, Set<string>>();
  private titles = new Map<string, Map<string, number>>();
  // the forms again, once per key they are recorded under, by their text before the first space ("Tuilaepa" for
  // "Tuilaepa Sailele Malielegaoi") and, for names of three words or more, by the next-to-last word's key
  // ("ibanez" for "Rosa Ibáñez Cortés"): onlyLonger and firstOfTwoSurnames read these instead of every form
  private byFirst = new Map<string, string[]>();
  private byNextToLast = new Map<string, string[]>();
  // and by the key of each word between the first and the last ("lula" for "Luiz Inácio Lula da Silva"):
  // innerWordOf reads this instead of splitting every form for every speaker it settles
  private byInner = new Map<string, string[]>();
  // the keys with a form of more than one word ("Matt Myers" under "myers"): fullest asks this of every name and
  // spellingVariant of every key, which copied each key's forms to look for a space
  private withFull = new Set<string>();
  // the forms of more than one word whose last word holds a hyphen ("Kwame Mensah-Bonsu"), once per key they are
  // recorded under: firstOfHyphened reads these instead of every form of every key
  private hyphened: string[] = [];

  // where each written form was first seen (a sentence's names are read from its end back, so the order they are added
  // in is not the order the article gives them: "Hillary Clinton … with her husband, Bill Clinton")
  private seen = new Map<string, number>();

  /** Records a written form ("Matt Myers", "Myers") under its last word, lower-cased; `at` orders first mentions. */
  add(word: string, written: string, at = Infinity): void {
    if (at < (this.seen.get(written) ?? Infinity)) this.seen.set(written, at);
    this.record(nameKey(word), written);
    const bare = unsuffixed(written);
    if (bare !== written && /\s/.test(bare))
      this.record(nameKey(bare.split(/\s+/).pop()!), written);
  }

  private record(key: string, written: string): void {
    let forms = this.full.get(key);
    if (!forms) this.full.set(key, (forms = new Set()));
    if (forms.has(written)) return;
    forms.add(written);
    if (/\s/.test(written)) this.withFull.add(key);
    const last = written.lastIndexOf(' ');
    if (last >= 0 && written.indexOf('-', last + 1) >= 0) this.hyphened.push(written);
    const space = written.indexOf(' ');
    listed(this.byFirst, space < 0 ? written : written.slice(0, space)).push(written);
    const words = written.split(/\s+/);
    if (words.length < 3) return;
    listed(this.byNextToLast, nameKey(words[words.length - 2]!)).push(written);
    for (const w of words.slice(1, -1)) listed(this.byInner, nameKey(w)).push(written);
  }

  /** Whether two people of the article share this surname ("David Turpin", "Louise Turpin"): a family. */
  isFamily(word: string): boolean {
    const key = nameKey(word);
    if (!this.withFull.has(key)) return false;
    const full = [...this.full.get(key)!].filter((f) => /\s/.test(f));
    return full.some((a) => full.some((b) => !onePerson(a, b)));
  }

  /** The forms known for a last word, in the order they were recorded. */
  all(word: string): readonly string[] {
    return [...(this.full.get(nameKey(word)) ?? [])];
  }

  /** How many forms are known for a last word. */
  count(word: string): number {
    return this.full.get(nameKey(word))?.size ?? 0;
  }

  /** Records that the name with this last word was given a title ("President", "coach"). */
  noteTitle(written: string, word: string): void {
    const key = nameKey(word);
    const title = TITLE_ABBREVIATIONS[written] ?? written;
    if (!this.titles.has(title)) this.titles.set(title, new Map());
    const counts = this.titles.get(title)!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  /** The last words of the names that carried a title. */
  holders(title: string): string[] {
    const lower = title.toLowerCase();
    return [...(this.titles.get(TITLE_ABBREVIATIONS[lower] ?? lower)?.keys() ?? [])];
  }

  /** Whether the name with this key was given an office ("Senator", "coach"); a courtesy title ("Mr") is none. */
  hasOffice(key: string): boolean {
    for (const [title, counts] of this.titles)
      if (counts.has(key) && !(title.toLowerCase() in HONORIFIC_GENDER)) return true;
    return false;
  }

  /**
   * "Yahya Sarea" … "Saree": a bare surname never given in full that differs by one letter from exactly one surname
   * given in full is that person spelt another way (transliterated names often are). Five letters at least.
   */
  private spellingVariant(key: string): string | null {
    if (key.length < 5) return null;
    // "Buchtmann" … "Ms Bauchtman": a long surname (eight letters or more) may be off by two, a letter left out and
    // one put in, or two swapped; a shorter one by one only, as two edits turn many short names into each other
    const most = key.length >= 8 ? 2 : 1;
    // (a loop that stops at the second candidate: this runs for every bare surname of the article)
    let near: string | null = null;
    for (const k of this.full.keys()) {
      if (k === key || k[0] !== key[0] || Math.abs(k.length - key.length) > most) continue;
      // ("Russia Today" is no misspelt "Russian": a place and the word for its people differ by a closing "n")
      if (k === key + 'n' || key === k + 'n') continue;
      if (!this.withFull.has(k) || editDistance(k, key) > most) continue;
      if (near !== null) return null;
      near = k;
    }
    return near === null ? null : this.fullest(near);
  }

  /**
   * "Kwame Mensah-Bonsu" … "Mensah": a double-barrelled surname is often shortened to its first half; the one full name
   * whose last word is that half, a hyphen and more, or null when none or several are.
   */
  private firstOfHyphened(key: string): string | null {
    let found: string | null = null;
    for (const f of this.hyphened) {
      if (!nameKey(f.slice(f.lastIndexOf(' ') + 1)).startsWith(key + '-')) continue;
      if (found !== null && found !== f) return null;
      found = f;
    }
    return found;
  }

  /** Every known form that starts with `written` and a space ("Kim" → "Kim Jong Nam", "Kim Jong Un"). */
  longerForms(written: string): string[] {
    const prefix = written + ' ';
    const space = written.indexOf(' ');
    const found = new Set<string>();
    for (const f of this.byFirst.get(space < 0 ? written : written.slice(0, space)) ?? [])
      if (f.startsWith(prefix)) found.add(f);
    return [...found];
  }

  /**
   * The one known form that starts with `written` and a space, or null when none or several do (stops at the second;
   * a form recorded under two keys counts twice). Such a form has the same text before its first space.
   */
  private onlyLonger(written: string): string | null {
    const prefix = written + ' ';
    const space = written.indexOf(' ');
    let found: string | null = null;
    for (const f of this.byFirst.get(space < 0 ? written : written.slice(0, space)) ?? []) {
      if (!f.startsWith(prefix)) continue;
      if (found !== null) return null;
      found = f;
    }
    return found;
  }

  /**
   * "Rosa Ibáñez Cortés" … "Ibáñez": a name of three words or more whose next-to-last word is the one word written,
   * when exactly one such name is known (Spanish names carry two surnames and news often uses the first alone).
   */
  private firstOfTwoSurnames(written: string): string | null {
    return onlyNameHolding(this.byNextToLast, written);
  }

  /**
   * "Luiz Inácio Lula da Silva" … "Lula": a single word standing inside exactly one full name, neither first nor last,
   * is that person (a name known by a middle word, as Portuguese and Brazilian names often are); null when none or
   * several full names hold it.
   */
  private innerWordOf(written: string): string | null {
    return onlyNameHolding(this.byInner, written);
  }

  /**
   * The fullest form of a name seen in the article; when two people share a surname, a bare surname is the one named
   * first, and any other form stays as written.
   */
  fullest(written: string): string {
    const key = nameKey(lastNamePiece(written));
    const forms = this.full.get(key);
    if (!forms || !this.withFull.has(key)) {
      // a name given first and in full later ("Tuilaepa" … "Tuilaepa Sailele Malielegaoi")
      const longer = this.onlyLonger(written);
      // a key looked up in lower case ("ruiz") comes back as the article wrote it ("Ruiz")
      if (longer) return longer;
      const paternal = this.firstOfTwoSurnames(written);
      if (paternal) return paternal;
      const inner = this.innerWordOf(written);
      if (inner) return inner;
      const hyphened = this.firstOfHyphened(key);
      if (hyphened) return hyphened;
      const variant = this.spellingVariant(key);
      if (variant) return variant;
      return forms && written === written.toLowerCase() ? [...forms][0]! : written;
    }
    const sorted = plainFirst(
      written,
      [...forms].sort((a, b) => b.length - a.length),
    );
    const first = sorted[0]!;
    if (sorted.some((f) => !onePerson(first, f))) {
      // two people share the surname ("Tony Mendez", "his wife Jonna Mendez"): news calls the one it introduced
      // first by the bare surname, and names the other in full or by a first name
      // … but "Ali Sahin" and "Omar Ali Şahin": a surname written with the accents of only one of them is that one
      const inOrder = [...forms].sort(
        (a, b) => (this.seen.get(a) ?? Infinity) - (this.seen.get(b) ?? Infinity),
      );
      const exact = inOrder.filter((f) => /\s/.test(f) && f.endsWith(' ' + written));
      const introduced = exact[0] ?? inOrder.find((f) => /\s/.test(f));
      if (introduced && !/\s/.test(written)) {
        // … by the fullest form of that person's name ("Robert Mugabe" → "Robert Gabriel Mugabe", not "Grace Mugabe")
        const given = introduced.split(/\s+/)[0]!;
        return sorted.find((f) => f.startsWith(given + ' ')) ?? introduced;
      }
      return ANY_CAPITAL.test(written) ? written : sorted[sorted.length - 1]!;
    }
    return first;
  }
}
