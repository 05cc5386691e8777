import type { AnalyzedSentence, ArticleAnalysis, Label } from '../server/analysis/index.ts';
import { highlight } from './highlight.ts';

const ansi = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m' };
const labelColour: Record<Label, string> = {
  fact: '\x1b[32m',
  attributed: '\x1b[36m',
  framing: '\x1b[35m',
};

function paint(colour: boolean, code: string, text: string): string {
  return colour ? code + text + ansi.reset : text;
}

function sentenceBlock(s: AnalyzedSentence, colour: boolean): string[] {
  // Guillemets stay even with colour so the view never relies on colour alone.
  const marks = colour
    ? { open: ansi.bold + ansi.underline + '«', close: '»' + ansi.reset }
    : { open: '«', close: '»' };
  const tag = `[${s.label.toUpperCase()}]`;
  const kind = s.kind === 'body' ? '' : ` (${s.kind})`;
  const head = `${String(s.index).padStart(3)} ${paint(colour, ansi.bold + labelColour[s.label], tag)} ${s.confidence.toFixed(2)}${kind}`;
  const lines = [head, `    ${highlight(s.text, s.evidence, marks)}`];
  const why = s.evidence.map((e) => `«${e.text}» ${e.cue}`).join('; ');
  if (why) lines.push(paint(colour, ansi.dim, `    evidence: ${why}`));
  for (const q of s.quotes) {
    const who = q.type === 'speech' ? `speech, speaker: ${q.speaker ?? 'unknown'}` : 'term';
    lines.push(paint(colour, ansi.dim, `    quote (${who}): “${q.text}”`));
  }
  if (s.sources.length) {
    const list = s.sources
      .map((src) => `${src.text} (${src.named ? 'named' : 'anonymous'})`)
      .join('; ');
    lines.push(paint(colour, ansi.dim, `    sources: ${list}`));
  }
  return lines;
}

/** Renders an analysis as an annotated, human-readable view. */
export function formatText(analysis: ArticleAnalysis, name: string, colour: boolean): string {
  const counts = { fact: 0, attributed: 0, framing: 0 };
  for (const s of analysis.sentences) counts[s.label]++;
  const out = [
    paint(colour, ansi.bold, `== ${name}${analysis.title ? `: ${analysis.title}` : ''}`),
  ];
  out.push(
    `${analysis.sentences.length} sentences: ${counts.fact} fact, ${counts.attributed} attributed, ${counts.framing} framing`,
  );
  let paragraph = -1;
  for (const s of analysis.sentences) {
    if (s.paragraph !== paragraph) out.push('');
    paragraph = s.paragraph;
    out.push(...sentenceBlock(s, colour));
  }
  return out.join('\n') + '\n';
}
