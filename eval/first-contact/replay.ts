// Usage: npx tsx eval/first-contact/replay.ts [--outside ROUND=DIR ...]
// Re-runs, for each round, the analyzer as it was when the round's first contact was recorded (commits.ts) on that
// round's articles, scores it against today's gold, gives each sentence and speech quote the basis today's rules
// define (map.ts), and writes the counts per round and basis to eval/first-contact.json. Pool rounds read
// eval/gold and ../shared; each round kept outside the project (9, 10, 11) is replayed from the DIR given for it
// (holding gold/ and articles/). A round whose directories are absent keeps the counts the file holds, so a clone
// without them loses nothing. Needs git history and node_modules; writes only counts, never article text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../server/analysis/index.ts';
import { evaluateArticle } from '../article-eval.ts';
import { loadGold } from '../gold.ts';
import { firstContactFile, poolDir, projectRoot } from '../paths.ts';
import { frac } from '../format.ts';
import { parseReplayArgs, roundSource } from './args.ts';
import { ROUND_COMMITS } from './commits.ts';
import { withTodaysBases } from './map.ts';
import { tallyArticle } from './tally.ts';
import { loadFirstContact, type RoundRecord } from './record.ts';

const out = firstContactFile;
const outside = parseReplayArgs(
  process.argv.slice(2),
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

function replay(
  round: number,
  commit: string,
  goldDir: string,
  articlesDir: string,
  everyFile: boolean,
): { record: RoundRecord; figures: Figures } {
  const root = mkdtempSync(join(tmpdir(), `byline-round${round}-`));
  try {
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
    const analyses = JSON.parse(readFileSync(dumped, 'utf8')) as {
      file: string;
      analysis: ArticleAnalysis;
    }[];
    const golds = new Map(
      loadGold(goldDir).flatMap((g) => ('gold' in g ? [[g.file, g.gold] as const] : [])),
    );
    const record: RoundRecord = { round, commit, labels: {}, speakers: {}, speakerForms: {} };
    const figures: Figures = { labels: [0, 0], speakers: [0, 0] };
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
    }
    return { record, figures };
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

const rounds: RoundRecord[] = [];
for (const entry of ROUND_COMMITS) {
  const { round, commit, outside: away } = entry;
  const source = roundSource(entry, outside, {
    gold: join(projectRoot, 'eval', 'gold'),
    articles: poolDir,
  });
  if ('keep' in source) {
    const previous = kept?.rounds.find((r) => r.round === round);
    if (previous) {
      rounds.push(previous);
      console.log(
        `replay: round ${round}: kept (${source.keep}): labels ${total(previous.labels)}`,
      );
    } else console.log(`replay: round ${round}: skipped, no counts recorded (${source.keep})`);
    continue;
  }
  const { record, figures } = replay(round, commit, source.gold, source.articles, !!away);
  rounds.push(record);
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
// in the project's one format, so `npm test` (prettier --check) passes without a second step
execFileSync(join(projectRoot, 'node_modules', '.bin', 'prettier'), ['--write', out], {
  cwd: projectRoot,
});
console.log(`replay: wrote ${out}`);
