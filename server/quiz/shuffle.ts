import { createHash } from 'node:crypto';
import type { Choice, Question } from './types.ts';

// mulberry32: a tiny PRNG; seeded from a hash it gives each student their own order.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeds already hashed: a student's page asks for the same one on every reload (bounded, cleared when full). */
const seeds = new Map<string, number>();
const SEEDS_KEPT = 10_000;

function seedOf(key: string): number {
  let seed = seeds.get(key);
  if (seed === undefined) {
    seed = createHash('sha256').update(key).digest().readUInt32LE(0);
    if (seeds.size >= SEEDS_KEPT) seeds.clear();
    seeds.set(key, seed);
  }
  return seed;
}

/**
 * The question's choices in a per-student order: a permutation that depends only on `seed` (e.g. the
 * student id) and the question id, so a reload shows the same order. The question is not modified.
 */
export function shuffleChoices(question: Question, seed: string): Choice[] {
  const random = prng(seedOf(`${seed}\u0000${question.id}`));
  const choices = question.choices.map((c) => ({ ...c }));
  for (let i = choices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [choices[i], choices[j]] = [choices[j]!, choices[i]!];
  }
  return choices;
}
