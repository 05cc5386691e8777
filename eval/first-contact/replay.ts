// Usage: npx tsx eval/first-contact/replay.ts [--outside ROUND=DIR ...] [--cache DIR]
// Re-runs, for each round, the analyzer as it was when the round's first contact was recorded (commits.ts) on that
// round's articles, scores it against today's gold, gives each sentence and speech quote the basis today's rules
// define (map.ts), and writes the counts per round and basis to eval/first-contact.json. Pool rounds read
// eval/gold and ../shared; each round kept outside the project (9, 10, 11) is replayed from the DIR given for it
// (holding gold/ and articles/). A round whose directories are absent keeps the counts the file holds, so a clone
// without them loses nothing. Needs git history and node_modules; writes only counts, never article text.
// `--cache DIR` keeps each old analyzer's output in DIR (outside the project: it holds article text) and reads it back
// on the next run, so re-deriving the counts after a change to today's rules or the features takes seconds, not
// minutes; an old commit's output never changes, so the cache needs no invalidation.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../server/analysis/index.ts';
import { evaluateArticle } from '../article-eval.ts';
import { loadGold } from '../gold.ts';
import { firstContactFile, firstContactSpeakersFile, poolDir, projectRoot } from '../paths.ts';
import { frac } from '../format.ts';
import { parseReplayArgs, roundSource } from './args.ts';
import { ROUND_COMMITS } from './commits.ts';
import { withTodaysBases } from './map.ts';
import { tallyArticle } from './tally.ts';
import { loadFirstContact, type RoundRecord } from './record.ts';
import {
  FEATURE_NAMES,
  loadSpeakerRows,
  SPEAKER_ROWS_ABOUT,
  speakerRows,
  type SpeakerRow,
} from './speaker-rows.ts';

const out = firstContactFile;
const argv = process.argv.slice(2);
const cacheAt = argv.indexOf('--cache');
const cache = cacheAt >= 0 ? argv.splice(cacheAt, 2)[1] : undefined;
if (cacheAt >= 0 && !cache) {
  console.log('replay: --cache needs a directory');
  process.exit(1);
}
const outside = parseReplayArgs(
  argv,
  ROUND_COMMITS.filter((r) => r.outside).map((r) => r.round),
);
if ('error' in outside) {
  console.log(outside.error);
  process.exit(1);
}
const kept = existsSync(out) ? loadFirstContact(out) : null;
if (typeof kept === 'string') {
  console.log(kept);
  process.exit(1);
}

/** What the eval printed when the round was recorded: labels and speakers right of every gold sentence and quote. */
interface Figures {
  labels: [number, number];
  speakers: [number, number];
}

/** Runs the analyzer of `commit` (checked out into `root`) on the round's articles; returns the file of its analyses. */
function dumpOld(
  root: string,
  round: number,
  commit: string,
  goldDir: string,
  articlesDir: string,
  everyFile: boolean,
): string {
  const archive = execFileSync('git', ['archive', commit, 'server', 'package.json'], {
    cwd: projectRoot,
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  const dumped = join(root, 'analyses.json');
  const dump = join(projectRoot, 'eval', 'first-contact', 'dump.ts');
  execFileSync(
    'node',
    ['--import', 'tsx', dump, root, goldDir, articlesDir, String(everyFile ? 0 : round), dumped],
    { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return dumped;
}

function replay(
  round: number,
  commit: string,
  goldDir: string,
  articlesDir: string,
  everyFile: boolean,
): { record: RoundRecord; figures: Figures; rows: SpeakerRow[] } {
  const cached = cache ? join(cache, `round-${round}-${commit}.json`) : null;
  const root = mkdtempSync(join(tmpdir(), `byline-round${round}-`));
  try {
    const dumped =
      cached && existsSync(cached)
        ? cached
        : dumpOld(root, round, commit, goldDir, articlesDir, everyFile);
    if (cached && dumped !== cached) {
      mkdirSync(cache!, { recursive: true });
      copyFileSync(dumped, cached);
    }
    const analyses = JSON.parse(readFileSync(dumped, 'utf8')) as {
      file: string;
      analysis: ArticleAnalysis;
    }[];
    const golds = new Map(
      loadGold(goldDir).flatMap((g) => ('gold' in g ? [[g.file, g.gold] as const] : [])),
    );
    const record: RoundRecord = { round, commit, labels: {}, speakers: {}, speakerForms: {} };
    const figures: Figures = { labels: [0, 0], speakers: [0, 0] };
    const rows: SpeakerRow[] = [];
    for (const { file, analysis } of analyses) {
      const gold = golds.get(file);
      if (!gold) throw new Error(`replay: gold file ${file} does not parse`);
      const text = readFileSync(join(articlesDir, gold.article), 'utf8');
      const mapped = withTodaysBases(text, analysis, analyzeArticle(text));
      const result = evaluateArticle(text, gold, mapped);
      const c = result.counts;
      figures.labels = [figures.labels[0] + c.labelCorrect, figures.labels[1] + c.sentences];
      figures.speakers = [figures.speakers[0] + c.speakerCorrect, figures.speakers[1] + c.speech];
      tallyArticle(record, mapped, result);
      rows.push(...speakerRows(mapped, result));
    }
    return { record, figures, rows };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function total(counts: Record<string, [number, number]>): string {
  const n = Object.values(counts).reduce((s, [m]) => s + m, 0);
  return frac(
    Object.values(counts).reduce((s, [, k]) => s + k, 0),
    n,
  );
}

const keptRows = existsSync(firstContactSpeakersFile)
  ? loadSpeakerRows(firstContactSpeakersFile)
  : null;
// rows of features that are no longer the model's are of no use: a round kept without its directory then has none
const sameFeatures =
  typeof keptRows === 'object' &&
  keptRows !== null &&
  keptRows.features.join() === FEATURE_NAMES.join();
const rounds: RoundRecord[] = [];
const rowRounds: { round: number; rows: SpeakerRow[] }[] = [];
for (const entry of ROUND_COMMITS) {
  const { round, commit, outside: away } = entry;
  const source = roundSource(entry, outside, {
    gold: join(projectRoot, 'eval', 'gold'),
    articles: poolDir,
  });
  if ('keep' in source) {
    const previous = kept?.rounds.find((r) => r.round === round);
    const previousRows =
      sameFeatures && typeof keptRows === 'object' && keptRows
        ? keptRows.rounds.find((r) => r.round === round)
        : undefined;
    if (previousRows) rowRounds.push(previousRows);
    if (previous) {
      rounds.push(previous);
      console.log(
        `replay: round ${round}: kept (${source.keep}): labels ${total(previous.labels)}`,
      );
    } else console.log(`replay: round ${round}: skipped, no counts recorded (${source.keep})`);
    continue;
  }
  const { record, figures, rows } = replay(round, commit, source.gold, source.articles, !!away);
  rounds.push(record);
  rowRounds.push({ round, rows });
  console.log(
    `replay: round ${round} at ${commit}: labels ${frac(...figures.labels)}, speakers ${frac(...figures.speakers)}` +
      ` (counted: sentences found ${total(record.labels)}, quotes typed speech ${total(record.speakerForms)})`,
  );
}
const about =
  'First contact per round: the analyzer of the commit the round was recorded on, run on its articles, scored ' +
  "against today's gold, each sentence and speech quote counted under the basis today's rules define. Written by " +
  'eval/first-contact/replay.ts; counts only, no article text.';
writeFileSync(out, JSON.stringify({ about, rounds }, null, 2) + '\n');
// one row a line: the file stays a few hundred lines, not tens of thousands
writeFileSync(
  firstContactSpeakersFile,
  JSON.stringify({ about: SPEAKER_ROWS_ABOUT, features: FEATURE_NAMES, rounds: rowRounds }) + '\n',
);
// in the project's one format, so `npm test` (prettier --check) passes without a second step
execFileSync(
  join(projectRoot, 'node_modules', '.bin', 'prettier'),
  ['--write', out, firstContactSpeakersFile],
  { cwd: projectRoot },
);
console.log(`replay: wrote ${out} and ${firstContactSpeakersFile}`);
