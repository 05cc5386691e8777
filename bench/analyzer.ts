import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, analyzeLines } from '../server/analysis/index.ts';
import { nlp, tagger } from '../server/analysis/grammar/nlp.ts';
import { syntheticLines, timeCli, type CliRun } from './cli-runs.ts';
import { shapes } from './shapes.ts';
import {
  countWords,
  cpuRuns,
  median,
  timeInterleaved,
  timeRuns,
  warmUntilSteady,
} from './timing.ts';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) =>
  process.exit(err.code === 'EPIPE' ? 0 : 1),
);

const RUNS = 30;
// The analyzer is hundreds of functions that V8 optimises on a background thread over many calls: after 20 warm-up
// runs it still ran partly unoptimised (3.1-3.7x the bare parse, by the machine's load, against 2.6x after 150-200),
// while the bare parse, one library, was ready after 25. So the three functions run in alternation for at least 200
// rounds and until the analyzer's times stop falling (warmUntilSteady), and the cold figure of the first runs is
// printed beside the steady one. The CLI figures below keep the cold cost of a single run in its own process.
const seedPath = fileURLToPath(new URL('../content/000_01eb33c84de12762.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const words = countWords(seed);
const per1k = (ms: number) => (ms * 1000) / words;

// `nlp` is wink-nlp's default pipeline, the baseline; `tagger` (tokens and tags only) is what the analyzer parses with.
const cpu: number[][] = [];
const timed = [() => analyzeArticle(seed), () => nlp.readDoc(seed), () => tagger.readDoc(seed)];
const warm = warmUntilSteady(timed);
const [analyzerTimes = [], bareTimes = [], taggerTimes = []] = timeInterleaved(timed, RUNS, 0, cpu);
const analyzer = median(analyzerTimes);
const bare = median(bareTimes);
const ratio = analyzer / bare;

// Timings mean little on a busy machine; say how busy it was.
console.log(`Load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} CPU(s)`);
const warmEnd: Record<typeof warm.end, string> = {
  minimum: 'the minimum: the analyzer’s times had stopped falling by then',
  settled: 'past the minimum, until the analyzer’s times stopped falling',
  cap: 'the cap: the analyzer’s times were still falling',
};
console.log(
  `Seed article: ${words} words, median of ${RUNS} runs each, alternating, after ${warm.rounds} warm-up rounds (${warmEnd[warm.end]})`,
);
console.log(
  `  analyzeArticle      ${analyzer.toFixed(2)} ms  = ${per1k(analyzer).toFixed(2)} ms per 1,000 words`,
);
console.log(
  `  bare nlp.readDoc    ${bare.toFixed(2)} ms  = ${per1k(bare).toFixed(2)} ms per 1,000 words`,
);
console.log(
  `  tagger.readDoc      ${median(taggerTimes).toFixed(2)} ms  (tags only: the one parse inside analyzeArticle)`,
);
console.log(`  ratio               ${ratio.toFixed(2)}×`);
const [coldAnalyzer = 0, coldBare = 1] = warm.coldMedians;
console.log(
  `  ratio cold          ${(coldAnalyzer / coldBare).toFixed(2)}×  (medians of the first 20 warm-up runs: ${coldAnalyzer.toFixed(2)} ms ÷ ${coldBare.toFixed(2)} ms, while V8 still optimises)`,
);
// On a busy machine the medians swing with other processes' load: a run as long as the analysis is interrupted
// more often than the short bare parse, so the median ratio rises with the load. The fastest run of each, and the
// CPU time this process spent, are what the code costs itself: the steadier figures to compare two commits by.
console.log(
  `  ratio of fastest    ${(Math.min(...analyzerTimes) / Math.min(...bareTimes)).toFixed(2)}×  (fastest analyzeArticle ÷ fastest bare parse)`,
);
console.log(
  `  ratio of CPU time   ${(median(cpu[0] ?? []) / median(cpu[1] ?? [])).toFixed(2)}×  (medians of this process's CPU ms per run)`,
);
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(
  `  targets: < 20 ms per 1,000 words ${met(per1k(analyzer) < 20)}; ≤ 3× bare parse ${met(ratio <= 3)} (the steady ratio; the cold one is ${met(coldAnalyzer / coldBare <= 3)})`,
);

// The analyzer's worst case must stay linear in the text's length: ms per 10,000 characters of each shape, at two
// lengths. CPU time of this process, so other processes on a busy machine count less than in wall time.
const SHAPE_RUNS = 3;
console.log(
  `\nShapes: CPU ms per 10,000 characters (median of ${SHAPE_RUNS}), and × the ordinary text at the same length`,
);
for (const length of [20_000, 100_000]) {
  let ordinary = 0;
  const all = shapes(seed, length);
  const bareCpu = median(cpuRuns(() => nlp.readDoc(all[0]!.text), SHAPE_RUNS));
  console.log(
    `  ${length.toLocaleString('en')} chars  ${'bare nlp.readDoc of the ordinary text'.padEnd(36)} ${((bareCpu * 10_000) / length).toFixed(1).padStart(7)} ms`,
  );
  for (const shape of all) {
    const cpu = median(cpuRuns(() => analyzeArticle(shape.text), SHAPE_RUNS));
    const per10k = (cpu * 10_000) / length;
    if (ordinary === 0) ordinary = per10k;
    console.log(
      `  ${length.toLocaleString('en')} chars  ${shape.name.padEnd(36)} ${per10k.toFixed(1).padStart(7)} ms  ${(per10k / ordinary).toFixed(2)}×`,
    );
  }
}

const lines = syntheticLines(10_000);
const inProcess = median(timeRuns(() => analyzeLines(lines), 3, 1));
console.log(
  `\nanalyzeLines, 10,000 short sentences in-process: ${inProcess.toFixed(0)} ms (median of 3)`,
);

const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
try {
  const linesFile = join(dir, 'lines.txt');
  writeFileSync(linesFile, lines);
  const show = (what: string, run: CliRun) =>
    console.log(
      `  ${what.padEnd(34)} ${(run.ms / 1000).toFixed(2)} s wall${run.ok ? '' : '  FAILED'} (${run.outputLines} output line(s))`,
    );
  console.log('\nCLI end to end (one process each, including start-up and model load):');
  show('seed article', timeCli([seedPath]));
  show('--lines, 10,000 short sentences', timeCli(['--lines', linesFile]));
  show('100 articles (seed repeated)', timeCli(Array.from({ length: 100 }, () => seedPath)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
