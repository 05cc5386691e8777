import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { findCycle, localImports, tsFiles } from './helpers/imports.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const A = 'server/analysis/';
// the analyzer's stages in the order they run; each may read the index.ts of the ones before it
const STAGES = ['segment', 'quotes', 'sources', 'framing'];
const SHARED = ['grammar', 'lexicon'];

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

  it('the cycle finder does find a cycle', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    assert.deepEqual(findCycle(g), ['a', 'b', 'c', 'a']);
  });
});
