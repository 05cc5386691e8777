import { basename } from 'node:path';
import type { ArticleAnalysis } from '../server/analysis/index.ts';
import { parseArgs, type CliOptions } from './args.ts';
import { CliError } from './errors.ts';
import { formatText } from './format-text.ts';
import { usage } from './help.ts';
import { quietOnClosedPipe, wantsColour, writeOut } from './output.ts';
import { readInput } from './read-input.ts';
import { toJson } from './to-json.ts';

async function run(options: CliOptions): Promise<void> {
  if (options.help) return writeOut(usage);
  // Every file is checked before any output, so bad input never leaves half a result on stdout.
  const texts = options.files.map((file) => readInput(file));
  // Loaded only once the input is known good: the language model takes a moment to load.
  const { analyzeArticle, analyzeLines } = await import('../server/analysis/index.ts');
  const analyze: (text: string) => ArticleAnalysis = options.lines ? analyzeLines : analyzeArticle;
  const colour = wantsColour();
  for (const [i, text] of texts.entries()) {
    const file = options.files[i] ?? '';
    let analysis: ArticleAnalysis;
    try {
      analysis = analyze(text);
    } catch (err) {
      throw new Error(
        `${file}: analysis failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (options.format === 'json') await writeOut(toJson(analysis) + '\n');
    else await writeOut((i > 0 ? '\n' : '') + formatText(analysis, basename(file), colour));
  }
}

async function main(): Promise<void> {
  quietOnClosedPipe();
  try {
    await run(parseArgs(process.argv.slice(2)));
  } catch (err) {
    const bad = err instanceof CliError;
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`analyze: ${bad ? '' : 'internal error: '}${message.split('\n')[0]}\n`);
    process.exitCode = bad ? 2 : 1;
  }
}

await main();
