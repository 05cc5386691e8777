// Usage: npx tsx eval/first-contact/replay.ts [--outside GOLD_DIR ARTICLES_DIR]
// Re-runs, for each pool round, the analyzer as it was when the round's first contact was recorded (commits.ts) on
// that round's articles, scores it against today's gold, gives each sentence and speech quote the basis today's
// rules define (map.ts), and writes the counts per round and basis to eval/first-contact.json. --outside adds the
// round kept outside the project (round 9) from the given directories; without it that round's counts are kept as
// they were. Needs git history, ../shared and node_modules; writes only counts, never article text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../server/analysis/index.ts';
import { evaluateArticle } from '../article-eval.ts';
import { loadGold } from '../gold.ts';
import { firstContactFile, poolDir, projectRoot } from '../paths.ts';
import { ROUND_COMMITS } from './commits.ts';
import { withTodaysBases } from './map.ts';
import { speakerForm } from '../../server/analysis/quotes/speakers/confidence.ts';
import { loadFirstContact, type RoundRecord } from './record.ts';

const out = firstContactFile;
const at = process.argv.indexOf('--outside');
const outside = at < 0 ? null : { gold: process.argv[at + 1], articles: process.argv[at + 2] };
if (
  outside &&
  !(outside.gold && outside.articles && existsSync(outside.gold) && existsSync(outside.articles))
) {
  console.log('replay: --outside needs an existing gold directory and articles directory');
  process.exit(1);
}
const kept = !outside && existsSync(out) ? loadFirstContact(out) : null;
if (typeof kept === 'string') {
  console.log(kept);
  process.exit(1);
}

function tally(map: Record<string, [number, number]>, basis: string, right: boolean): void {
  const [n, k] = map[basis] ?? [0, 0];
  map[basis] = [n + 1, k + (right ? 1 : 0)];
}

function replay(round: number, commit: string, goldDir: string, articlesDir: string): RoundRecord {
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
      [
        '--import',
        'tsx',
        dump,
        root,
        goldDir,
        articlesDir,
        String(outside && goldDir === outside.gold ? 0 : round),
        dumped,
      ],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const analyses = JSON.parse(readFileSync(dumped, 'utf8')) as {
      file: string;
      analysis: ArticleAnalysis;
    }[];
    const golds = new Map(
      loadGold(goldDir).flatMap((g) => ('gold' in g ? [[g.file, g.gold] as const] : [])),
    );
    const record: RoundRecord = { round, commit, labels: {}, speakers: {}, speakerForms: {} };
    for (const { file, analysis } of analyses) {
      const gold = golds.get(file);
      if (!gold) throw new Error(`replay: gold file ${file} does not parse`);
      const text = readFileSync(join(articlesDir, gold.article), 'utf8');
      const result = evaluateArticle(
        text,
        gold,
        withTodaysBases(text, analysis, analyzeArticle(text)),
      );
      for (const j of result.judged) tally(record.labels, j.basis, j.correct);
      for (const j of result.speakerJudged) {
        tally(record.speakers, j.basis, j.correct);
        tally(record.speakerForms, speakerForm(j.speaker ?? null), j.correct);
      }
    }
    return record;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rounds: RoundRecord[] = [];
for (const { round, commit, outside: away } of ROUND_COMMITS) {
  const record = away
    ? outside
      ? replay(round, commit, outside.gold!, outside.articles!)
      : kept?.rounds.find((r) => r.round === round)
    : replay(round, commit, join(projectRoot, 'eval', 'gold'), poolDir);
  if (!record) continue;
  rounds.push(record);
  const n = Object.values(record.labels).reduce((s, [m]) => s + m, 0);
  const right = Object.values(record.labels).reduce((s, [, k]) => s + k, 0);
  console.log(
    `replay: round ${round} at ${commit}: labels ${right}/${n}${away && !outside ? ' (kept)' : ''}`,
  );
}
const about =
  'First contact per pool round: the analyzer of the commit the round was recorded on, run on its articles, scored ' +
  "against today's gold, each sentence and speech quote counted under the basis today's rules define. Written by " +
  'eval/first-contact/replay.ts; counts only, no article text.';
writeFileSync(out, JSON.stringify({ about, rounds }, null, 2) + '\n');
// in the project's one format, so `npm test` (prettier --check) passes without a second step
execFileSync(join(projectRoot, 'node_modules', '.bin', 'prettier'), ['--write', out], {
  cwd: projectRoot,
});
console.log(`replay: wrote ${out}`);
