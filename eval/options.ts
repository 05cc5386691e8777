import { present } from './paths.ts';

/** What `npm run eval` was asked to do. */
export interface EvalOptions {
  /** A gold directory other than eval/gold. */
  gold?: string;
  /** Where gold files without a "dir" find their articles, instead of ../shared/data/articles. */
  articles?: string;
  /** Record round N's figures as first contact in its gold files. */
  record?: number;
  /** Also measure the CheckThat! train set. */
  train: boolean;
}

/** What `npm run eval` takes, printed for --help and with an unknown option. */
export const EVAL_USAGE =
  'usage: npm run eval [-- --train] [-- --gold DIR] [-- --articles DIR] [-- --record-round N]';

const FLAGS = new Set(['--train', '--gold', '--articles', '--record-round']);

function value(args: readonly string[], flag: string): string | undefined | null {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const given = args[at + 1];
  return given === undefined || given.startsWith('--') ? null : given;
}

/**
 * Reads the eval's arguments; returns a one-line error for a flag without its value, a round that is not a
 * positive whole number, or a --gold/--articles directory that does not exist (a typo must not score nothing quietly),
 * and the usage for --help or an option it does not know (which it used to ignore and run the whole eval).
 */
export function parseEvalArgs(
  args: readonly string[],
): EvalOptions | { error: string } | { usage: string } {
  if (args.includes('--help')) return { usage: EVAL_USAGE };
  const unknown = args.find((a) => a.startsWith('--') && !FLAGS.has(a));
  if (unknown) return { error: `eval: unknown option "${unknown}"; ${EVAL_USAGE}` };
  const options: EvalOptions = { train: args.includes('--train') };
  for (const flag of ['--gold', '--articles'] as const) {
    const dir = value(args, flag);
    if (dir === null) return { error: `eval: ${flag} needs a directory` };
    if (dir === undefined) continue;
    if (!present(dir)) return { error: `eval: ${flag} directory "${dir}" is absent` };
    options[flag === '--gold' ? 'gold' : 'articles'] = dir;
  }
  const round = value(args, '--record-round');
  if (round === undefined) return options;
  const n = Number(round);
  if (!(Number.isInteger(n) && n > 0))
    return { error: `eval: --record-round needs a round number, got "${round ?? ''}"` };
  return { ...options, record: n };
}
