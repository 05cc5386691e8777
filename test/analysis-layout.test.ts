import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCycle, localImports, tsFiles } from './helpers/imports.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const A = 'server/analysis/';
// the analyzer's stages in the order they run; each may read the index.ts of the ones before it
const STAGES = ['segment', 'quotes', 'sources', 'framing', 'labels'];
// scoring/: the learned models' arithmetic (dot product, logistic, softmax), which stages and trainers share
const SHARED = ['grammar', 'lexicon', 'scoring'];

const files = tsFiles(ROOT, 'server');
const graph = new Map(files.map((f) => [f, localImports(ROOT, f)]));

// the analyzer folder a file belongs to: a stage, grammar, lexicon, or 'top' for index/analyze/types/classify
function zone(file: string): string {
  const rest = file.slice(A.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : 'top';
}

function allowed(from: string, to: string): boolean {
  if (!to.startsWith(A)) return false;
  const source = zone(from);
  const target = zone(to);
  if (to === `${A}types.ts` || SHARED.includes(target)) return true;
  if (SHARED.includes(source)) return false;
  if (source === target) return true;
  const isIndex = to === `${A}${target}/index.ts`;
  if (source === 'top') return isIndex || target === 'top';
  return isIndex && STAGES.indexOf(target) < STAGES.indexOf(source);
}

// a word: lower-case letters only, so POS tags ('NOUN') and cue kinds ('reporting-verb') are not words
const WORD = /^['"]\p{Ll}+['"]$/u;
const literals = (body: string) =>
  body
    .replace(/\/\/[^\n]*/g, '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const allWords = (items: string[], min: number) =>
  items.length >= min && items.every((x) => WORD.test(x));

/**
 * The word lists a source file declares: a `new Set([…])` of two or more words, an array literal of five or more
 * words, or a string of three or more words that is split into a list.
 */
export function wordLists(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/new Set(?:<[^>]*>)?\(\s*\[([^\]]*)\]/g))
    if (allWords(literals(m[1]!), 2)) out.push(m[0].slice(0, 40));
  for (const m of text.matchAll(/(?:[=:]|(?<!new Set(?:<[^>]*>)?)\()\s*\[([^\]]*)\]/g))
    if (allWords(literals(m[1]!), 5)) out.push(m[0].slice(0, 40));
  for (const m of text.matchAll(/['"]((?:\p{Ll}+ ){2,}\p{Ll}+ ?)['"]\s*\)?\s*\.split\(/gu))
    out.push(m[1]!.slice(0, 40));
  return out;
}

describe('analysis layout (imports read from every server file)', () => {
  it('finds the analyzer files', () => {
    assert.ok(files.filter((f) => f.startsWith(A)).length > 40);
    assert.ok(graph.get(`${A}analyze.ts`)!.includes(`${A}segment/index.ts`));
  });

  it('a stage imports only grammar/, lexicon/, types.ts, itself and earlier stages through their index.ts', () => {
    const bad: string[] = [];
    for (const [from, targets] of graph) {
      if (!from.startsWith(A)) continue;
      for (const to of targets) if (!allowed(from, to)) bad.push(`${from} imports ${to}`);
    }
    assert.deepEqual(bad, []);
  });

  it('code outside the analyzer imports only server/analysis/index.ts', () => {
    const bad: string[] = [];
    for (const [from, targets] of graph) {
      if (from.startsWith(A)) continue;
      for (const to of targets)
        if (to.startsWith(A) && to !== `${A}index.ts`) bad.push(`${from} imports ${to}`);
    }
    assert.deepEqual(bad, []);
  });

  it('has no import cycles among server files', () => {
    assert.equal(findCycle(graph)?.join(' → ') ?? null, null);
  });

  it('no file under sources/, nor classify.ts, declares a word list: they live in lexicon/', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => x.startsWith(`${A}sources/`) || x === `${A}classify.ts`))
      for (const list of wordLists(readFileSync(`${ROOT}/${f}`, 'utf8'))) bad.push(`${f}: ${list}`);
    assert.deepEqual(bad, []);
  });

  it('the word-list finder finds sets, arrays and split strings of words, not tags or cue kinds', () => {
    assert.equal(wordLists("const A = new Set(['reject', 'oppose']);").length, 1);
    assert.equal(wordLists("const A = new Set<string>([\n  'a',\n  // why\n  'b',\n]);").length, 1);
    assert.equal(wordLists("const A = ['one', 'two', 'three', 'four', 'five'];").length, 1);
    assert.equal(wordLists("const A = new Set('say tell state'.split(' '));").length, 1);
    assert.deepEqual(wordLists("const P = new Set(['NOUN', 'PROPN']);"), []);
    assert.deepEqual(
      wordLists("const C = new Set(['reporting-verb', 'according-to', 'reportedly']);"),
      [],
    );
    assert.deepEqual(wordLists("f(['a', 'b']); const x = a.split(' ');"), []);
  });

  it('the cycle finder does find a cycle', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    assert.deepEqual(findCycle(g), ['a', 'b', 'c', 'a']);
  });
});
