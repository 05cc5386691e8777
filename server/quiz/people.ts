import type { ArticleAnalysis } from '../analysis/index.ts';
import { isPronoun } from './pronoun.ts';

/** One person or body, under the fullest name the article uses for them. */
export interface Person {
  name: string;
  /** Every way the article names them ("Sheinbaum", "Claudia Sheinbaum"). */
  variants: string[];
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean);
}

/** "Sheinbaum" and "Mexican President Claudia Sheinbaum" are one person: all words of one appear in the other. */
export function samePerson(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ];
  return short.length > 0 && short.every((w) => long.includes(w));
}

const isProperName = (name: string): boolean =>
  name.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));

// A proper name beats a description ("Trump’s administration"); among proper names the fuller one wins.
function betterName(candidate: string, current: string): boolean {
  const [a, b] = [isProperName(candidate), isProperName(current)];
  if (a !== b) return a;
  return words(candidate).length > words(current).length;
}

/**
 * The people the article quotes (speakers of speech quotes), then its named sources, in order of first
 * appearance; variants of one name are merged.
 */
export function quotedPeople(analysis: ArticleAnalysis): Person[] {
  const speakers = analysis.sentences.flatMap((s) =>
    s.quotes.flatMap((q) => (q.type === 'speech' && q.speaker ? [q.speaker] : [])),
  );
  const sources = analysis.sentences.flatMap((s) =>
    s.sources.filter((src) => src.named).map((src) => src.text),
  );
  const names = [...speakers, ...sources];
  const people: Person[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || isPronoun(name)) continue;
    const known = people.find((p) => p.variants.some((v) => samePerson(v, name)));
    if (!known) people.push({ name, variants: [name] });
    else if (!known.variants.includes(name)) {
      known.variants.push(name);
      if (betterName(name, known.name)) known.name = name;
    }
  }
  return people;
}
