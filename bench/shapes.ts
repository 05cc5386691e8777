/**
 * Texts of one length in shapes that stress the analyzer differently. The ordinary one is the seed article
 * repeated; the others are the adversarial pastes a lesson may receive (issue 7): quotation marks everywhere, a
 * paragraph per word, no punctuation at all, one endless sentence.
 */
export interface Shape {
  name: string;
  text: string;
}

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The shapes at `length` characters each, built from the seed article's own words where words are needed. */
export function shapes(seed: string, length: number): Shape[] {
  const words = seed
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [
    { name: 'ordinary (seed article repeated)', text: fill(`${seed.trim()}\n\n`, length) },
    { name: 'many quotes ("a" said b. …)', text: fill('"a" said b. ', length) },
    { name: 'many short paragraphs', text: fill('He left.\n\n', length) },
    { name: 'no punctuation', text: fill(`${words} `, length) },
    {
      name: 'one sentence (commas, no full stop)',
      text: fill(`${seed.replace(/[.!?\n]+/g, ',').replace(/\s+/g, ' ')} `, length),
    },
  ];
}
