import { join } from 'node:path';
import { FEATURES } from '../../server/analysis/quotes/speakers/learned/features.ts';
import { present } from '../paths.ts';

/** Options of `npm run train:speakers`. */
export interface SpeakerTrainArgs {
  /** Rounds kept outside the project: [round number, directory holding gold/ and articles/]. */
  rounds: [string, string][];
  /** The margin to report (else the best on the first-contact view). */
  margin: number | undefined;
  /** The replay's cache of first-contact analyses (`eval/first-contact/replay.ts --cache DIR`). */
  firstDir: string | undefined;
  /** Features left out of the fit (kept at weight 0), to measure what they bring. */
  without: Set<number>;
  /** Fit on everything and write the weights into the analyzer. */
  write: boolean;
  /** Leave the project's gold out. */
  noGold: boolean;
  /** Fit on the first-contact and today's views together (the rules' trust between the two). */
  mix: boolean;
}

/** Parses the arguments, or returns a one-line error. */
export function parseSpeakerTrainArgs(
  argv: readonly string[],
): SpeakerTrainArgs | { error: string } {
  const out: SpeakerTrainArgs = {
    rounds: [],
    margin: undefined,
    firstDir: undefined,
    without: new Set(),
    write: argv.includes('--write'),
    noGold: argv.includes('--no-gold'),
    mix: argv.includes('--mix'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--round') {
      const m = /^(\d+)=(.+)$/.exec(argv[++i] ?? '');
      if (!m) return { error: `--round needs N=DIR, got "${argv[i] ?? ''}"` };
      if (!present(join(m[2]!, 'gold'))) return { error: `no gold/ in "${m[2]!}"` };
      out.rounds.push([m[1]!, m[2]!]);
    } else if (a === '--margin') {
      const margin = Number(argv[++i]);
      if (!(margin >= 0 && margin <= 1))
        return { error: `--margin needs a number from 0 to 1, got "${argv[i] ?? ''}"` };
      out.margin = margin;
    } else if (a === '--without') {
      for (const name of (argv[++i] ?? '').split(',')) {
        const k = (FEATURES as readonly string[]).indexOf(name);
        if (k < 0) return { error: `--without: unknown feature "${name}"` };
        out.without.add(k);
      }
    } else if (a === '--first-contact') {
      out.firstDir = argv[++i];
      if (!out.firstDir || !present(out.firstDir))
        return { error: `--first-contact needs a directory, got "${out.firstDir ?? ''}"` };
    } else if (a !== '--write' && a !== '--no-gold' && a !== '--mix')
      return { error: `unknown argument "${a}"` };
  }
  return out;
}
