import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedSentence } from '../../server/analysis/index.ts';
import { loadGold, type GoldSentence } from '../gold.ts';
import { collapse, overlapping } from '../metrics.ts';
import { contentDir, poolDir } from '../paths.ts';
import { matchQuotes, sameSpeaker } from '../quote-metrics.ts';
import type { Example, FirstContactOf, Group } from './speakers-examples.ts';
import { asFirstContact } from './speakers-first-contact-example.ts';
import { analyzeRecording, type QuotePart } from './speakers-recorded.ts';

/** Reads every gold file of `goldDir`, runs the analyzer on its article and pairs gold speech quotes with candidates. */
export function collectGroups(
  goldDir: string,
  articlesDir: string,
  groupOf: (round: number | undefined) => string,
  firstContact: FirstContactOf = () => undefined,
): Group[] {
  const groups = new Map<string, Example[]>();
  for (const entry of loadGold(goldDir)) {
    if ('error' in entry) throw new Error(`train:speakers: ${entry.file}: ${entry.error}`);
    const gold = entry.gold;
    const dir = gold.dir === 'content' ? contentDir : gold.dir === 'pool' ? poolDir : articlesDir;
    const text = readFileSync(join(dir, gold.article), 'utf8');
    const { analysis, parts } = analyzeRecording(text);
    const name = groupOf(gold.round);
    const list = groups.get(name) ?? [];
    groups.set(name, list);
    const fc = firstContact(entry.file)?.sentences;
    for (const g of gold.sentences)
      list.push(...sentenceExamples(g, text, analysis.sentences, parts, fc));
  }
  return [...groups].map(([name, examples]) => ({ name, examples }));
}

/**
 * The examples of one gold sentence's speech quotations: each matched to the analyzer's quotation (were the rules
 * right?) and to the part whose candidates the model chooses among, today and, given `fc`, at first contact.
 */
function sentenceExamples(
  g: GoldSentence,
  text: string,
  pred: readonly AnalyzedSentence[],
  parts: readonly QuotePart[],
  fc: readonly AnalyzedSentence[] | undefined,
): Example[] {
  const examples: Example[] = [];
  const near = overlapping(g, pred);
  const goldQuotes = g.quotes.map((q) => ({
    ...q,
    text: collapse(text.slice(q.start, q.end)),
  }));
  const said = matchQuotes(
    goldQuotes,
    near.flatMap((k) => pred[k]!.quotes),
  );
  // (each of the analyzer's parts matched once, as the eval pairs quotes)
  const free = parts.filter((p) => near.includes(p.seg));
  const mine = goldQuotes.map((q) => {
    const i = free.findIndex((p) => p.text === q.text);
    return i < 0 ? undefined : free.splice(i, 1)[0];
  });
  const then = fc
    ? matchQuotes(
        goldQuotes,
        overlapping(g, fc).flatMap((k) => fc[k]!.quotes),
      )
    : [];
  goldQuotes.forEach((q, k) => {
    if (q.type !== 'speech') return;
    const hit = said[k];
    const ruleRight = !!hit && sameSpeaker(q.speaker, hit.speaker);
    const part = mine[k];
    const old = then[k];
    const first = fc ? { ruleRight: !!old && sameSpeaker(q.speaker, old.speaker) } : undefined;
    if (!part) return void examples.push({ ruleRight, ...(first ? { first } : {}) });
    const cands = part.quote.candidates;
    const example: Example = {
      ruleRight,
      features: cands.map((c) => c.features),
      positive: cands.map((c) => sameSpeaker(q.speaker, c.speaker)),
      rule: part.quote.rule,
    };
    if (first) example.first = { ...first, ...asFirstContact(example, cands, q.speaker, old) };
    examples.push(example);
  });
  return examples;
}
