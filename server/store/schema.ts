import { z } from 'zod';

// Loose objects: a field this Byline does not know is kept as it is, never dropped on the next save.
const id = z.string().min(1);
const time = z.string();
const span = { start: z.number(), end: z.number() };
const evidence = z.looseObject({ ...span, text: z.string(), cue: z.string() });

const sentence = z.looseObject({
  index: z.number().int().nonnegative(),
  paragraph: z.number(),
  kind: z.string(),
  text: z.string(),
  ...span,
  label: z.enum(['fact', 'attributed', 'framing']),
  confidence: z.number(),
  evidence: z.array(evidence),
  quotes: z.array(
    z.looseObject({ ...span, text: z.string(), type: z.string(), speaker: z.string().nullable() }),
  ),
  sources: z.array(z.looseObject({ ...span, text: z.string(), named: z.boolean() })),
});

const question = z.looseObject({
  id,
  type: z.enum(['classify', 'speaker', 'spot-framing', 'source-kind', 'quote-type', 'rewrite']),
  sentenceIndex: z.number().int(),
  prompt: z.string(),
  excerpt: z.string(),
  choices: z.array(z.looseObject({ id: z.string(), text: z.string() })),
  explanation: z.string(),
  evidence: z.array(evidence),
  multiple: z.boolean(),
  correct: z.array(z.string()),
});

const override = z.looseObject({
  sentenceIndex: z.number().int().nonnegative(),
  label: z.enum(['fact', 'attributed', 'framing']).optional(),
  quotes: z
    .array(
      z.looseObject({
        quoteIndex: z.number().int().nonnegative(),
        type: z.string().optional(),
        speaker: z.string().nullable().optional(),
        confirmed: z.boolean().optional(),
      }),
    )
    .optional(),
  confirmed: z.boolean().optional(),
});

export const lessonSchema = z.looseObject({
  id,
  title: z.string(),
  text: z.string(),
  analysis: z.looseObject({ title: z.string(), sentences: z.array(sentence) }),
  overrides: z.array(override),
  questions: z.array(question),
  published: z.boolean(),
  bundled: z.boolean(),
  version: z.number().int().positive(),
  createdAt: time,
  updatedAt: time,
});

export const classSchema = z.looseObject({
  id,
  name: z.string(),
  code: z.string().min(1),
  lessonIds: z.array(z.string()),
  closed: z.boolean(),
  createdAt: time,
});

export const studentSchema = z.looseObject({
  id,
  classId: z.string(),
  name: z.string(),
  token: z.string().min(1),
  joinedAt: time,
});

export const answerSchema = z.looseObject({
  id,
  classId: z.string(),
  studentId: z.string(),
  lessonId: z.string(),
  questionId: z.string(),
  response: z.array(z.string()),
  correct: z.boolean().nullable(),
  answeredAt: time,
});

export const teacherSchema = z.looseObject({
  passwordHash: z.string().nullable(),
  sessions: z.array(z.looseObject({ idHash: z.string(), expiresAt: z.string() })).optional(),
});

export const databaseSchema = z.looseObject({
  schemaVersion: z.number().int(),
  secret: z.string().min(16),
  teacher: teacherSchema,
  lessons: z.array(lessonSchema),
  classes: z.array(classSchema),
  students: z.array(studentSchema),
  answers: z.array(answerSchema),
  /** The first journal segment not folded into this snapshot; absent in files never journalled. */
  journalSeq: z.number().int().positive().optional(),
});

/** The database with its answers left unchecked: they are checked one by one (see checkDatabase). */
const databaseHeadSchema = databaseSchema.extend({ answers: z.array(z.unknown()) });

/**
 * True when `a` passes answerSchema; a plain check, because zod builds a copy of everything it checks and
 * takes a while over 500,000 answers. It is never looser than the schema: anything it refuses goes to zod.
 */
function isSoundAnswer(a: unknown): boolean {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return false;
  const r = a as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length < 1) return false;
  for (const key of ['classId', 'studentId', 'lessonId', 'questionId', 'answeredAt'])
    if (typeof r[key] !== 'string') return false;
  const { response, correct } = r;
  if (!Array.isArray(response) || response.some((x) => typeof x !== 'string')) return false;
  return correct === null || typeof correct === 'boolean';
}

/**
 * The first problem in a parsed data file, as "path: message", or undefined when it is sound. Everything
 * but the answers goes through zod at once; answers are checked one at a time (zod words any problem).
 */
export function checkDatabase(db: unknown): string | undefined {
  const head = databaseHeadSchema.safeParse(db);
  if (!head.success) return firstIssue(head.error);
  const answers = (db as { answers: unknown[] }).answers;
  for (let i = 0; i < answers.length; i++) {
    if (isSoundAnswer(answers[i])) continue;
    const checked = answerSchema.safeParse(answers[i]);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return `${issuePath(['answers', i, ...issue.path])}: ${issue.message}`;
    }
  }
  return undefined;
}

/** `answers[3].studentId`: the path of a zod issue as a person would write it. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** The first problem zod found, as "path: message". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issuePath(issue.path)}: ${issue.message}` : 'invalid';
}
