import { z } from 'zod';
import { loadJsonFile } from './json-file.ts';

const counts = z.record(z.string(), z.tuple([z.int().nonnegative(), z.int().nonnegative()]));

const roundRecord = z.object({
  round: z.int().positive(),
  commit: z.string(),
  /** Per basis (today's rules): sentences the analyzer of `commit` labelled, and how many it got right. */
  labels: counts,
  /** Per speaker basis: speech quotes it typed speech, and how many got the right speaker. */
  speakers: counts,
  /** The same quotes per form of the speaker's name, a pronoun in an article whose speakers are in doubt apart (confidence.ts, speakerKey). */
  speakerForms: counts,
});

const recordFile = z.object({ about: z.string(), rounds: z.array(roundRecord) });

export type RoundRecord = z.infer<typeof roundRecord>;
export type FirstContactRecord = z.infer<typeof recordFile>;

/** Reads eval/first-contact.json; a one-line reason when absent or malformed. */
export function loadFirstContact(path: string): FirstContactRecord | string {
  return loadJsonFile(recordFile, path);
}

/** Per basis, the counts of every round added up: what server/analysis/calibration.ts copies. */
export function summed(
  rounds: readonly RoundRecord[],
  what: 'labels' | 'speakers' | 'speakerForms',
): Map<string, [number, number]> {
  const sum = new Map<string, [number, number]>();
  for (const r of rounds)
    for (const [basis, [n, right]] of Object.entries(r[what])) {
      const [m, k] = sum.get(basis) ?? [0, 0];
      sum.set(basis, [m + n, k + right]);
    }
  return sum;
}
