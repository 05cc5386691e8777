import { buildLesson, type BuiltLesson } from './build-lesson.ts';
import { articleTextProblem, type TextProblem } from './extract-check.ts';
import { textFromUpload, type UploadResult } from './extract-upload.ts';
import { repairPastedText } from './pasted-text.ts';

/** One lesson to build: pasted text, or an uploaded file still to be read. */
export type BuildJob =
  { kind: 'text'; text: string } | { kind: 'upload'; filename: string; bytes: Uint8Array };

/** What building gave: a lesson, or why not (each with its own wording in the route). */
export type BuildOutcome =
  | { ok: true; text: string; fileTitle: string | null; built: BuiltLesson }
  | { ok: false; why: 'upload'; reason: Exclude<UploadResult, { ok: true }>['reason'] }
  | { ok: false; why: 'text'; problem: TextProblem }
  | { ok: false; why: 'no-sentences' }
  | { ok: false; why: 'too-slow'; limitMs: number }
  | { ok: false; why: 'busy' }
  | { ok: false; why: 'failed' };

/** Reads, checks, analyses and makes questions: everything costly about a new lesson, in one call. */
export function runBuildJob(job: BuildJob): BuildOutcome {
  let text: string;
  let fileTitle: string | null = null;
  if (job.kind === 'upload') {
    const read = textFromUpload(job.filename, Buffer.from(job.bytes));
    if (!read.ok) return { ok: false, why: 'upload', reason: read.reason };
    text = read.text;
    fileTitle = read.title;
  } else {
    text = job.text;
  }
  text = repairPastedText(text);
  const problem = articleTextProblem(text);
  if (problem) return { ok: false, why: 'text', problem };
  const built = buildLesson(text);
  if (built.analysis.sentences.length === 0) return { ok: false, why: 'no-sentences' };
  return { ok: true, text, fileTitle, built };
}
