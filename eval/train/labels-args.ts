/** Options of `npm run train:labels`. */
export interface TrainArgs {
  /** Rounds kept outside the project: round number → directory holding gold/ and articles/. */
  rounds: Map<number, string>;
  /** Write the fitted weights into the analyzer (server/analysis/labels/fitted.ts). */
  write: boolean;
  /** A JSON file to keep the extracted rows in between runs (outside the project). */
  cache: string | null;
  /** Also score each held-out round with the rules of the commit it was first measured on. */
  firstContact: boolean;
}

/** Parses the arguments, or returns a one-line error. */
export function parseTrainArgs(argv: readonly string[]): TrainArgs | { error: string } {
  const out: TrainArgs = { rounds: new Map(), write: false, cache: null, firstContact: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--write') out.write = true;
    else if (a === '--first-contact') out.firstContact = true;
    else if (a === '--cache' || a === '--round') {
      const v = argv[++i];
      if (!v) return { error: `train: ${a} needs a value` };
      if (a === '--cache') out.cache = v;
      else {
        const m = /^(\d+)=(.+)$/.exec(v);
        if (!m) return { error: `train: --round wants N=DIR, got "${v}"` };
        out.rounds.set(Number(m[1]), m[2]!);
      }
    } else return { error: `train: unknown argument "${a}"` };
  }
  return out;
}
