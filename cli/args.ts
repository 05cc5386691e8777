import { CliError } from './errors.ts';

export type OutputFormat = 'json' | 'text';

export interface CliOptions {
  help: boolean;
  lines: boolean;
  format: OutputFormat;
  files: string[];
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === 'json' || value === 'text') return value;
  if (value === undefined) throw new CliError('--format needs a value: json or text');
  throw new CliError(`--format: unknown format "${value}" (use json or text)`);
}

/** Parses the command line; throws CliError on an unknown option or when no file is given. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { help: false, lines: false, format: 'json', files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || !arg.startsWith('-') || arg === '-') options.files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--lines') options.lines = true;
    else if (arg === '--format') options.format = parseFormat(argv[++i]);
    else if (arg.startsWith('--format='))
      options.format = parseFormat(arg.slice('--format='.length));
    else throw new CliError(`unknown option ${arg} (see --help)`);
  }
  if (!options.help && options.files.length === 0)
    throw new CliError('no input file given (see --help)');
  return options;
}
