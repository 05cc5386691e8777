import type { Answer, AnswerMark, Classroom, Lesson, Student } from '../types.ts';

/** Column lists and row-to-record mappers: the one place that knows how records are laid out in tables. */

export const LESSON_COLUMNS = 'id, title, published, version, created_at, updated_at, body';
export const CLASS_COLUMNS = 'id, name, code, lesson_ids, closed, created_at';
export const STUDENT_COLUMNS = 'id, class_id, name, token, joined_at';
export const ANSWER_COLUMNS =
  'id, class_id, student_id, lesson_id, question_id, response, correct, answered_at, mark';

type Row = Record<string, unknown>;

/** Lesson fields kept in columns of their own; all others live in the jsonb `body`. */
const LESSON_COLUMN_FIELDS = new Set([
  'id',
  'title',
  'published',
  'version',
  'createdAt',
  'updatedAt',
]);

/** The jsonb body of a lesson (or of a patch): every field that has no column. */
export function lessonBody(fields: object): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(fields).filter(([k]) => !LESSON_COLUMN_FIELDS.has(k))),
  );
}

export function toLesson(r: Row): Lesson {
  return {
    ...(r.body as Omit<
      Lesson,
      'id' | 'title' | 'published' | 'version' | 'createdAt' | 'updatedAt'
    >),
    id: r.id as string,
    title: r.title as string,
    published: r.published as boolean,
    version: r.version as number,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

/** `lesson_ids` → `lessonIds`: a column's name as the record's field. */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Each column with its field, for the mappers below, which differ only in their columns. */
const pairsOf = (columns: string) => columns.split(', ').map((c) => [c, fieldOf(c)] as const);

/** A mapper from a row of `columns` to the record with the same fields in camelCase. */
function recordMapper<T>(columns: string): (r: Row) => T {
  const pairs = pairsOf(columns);
  return (r) => Object.fromEntries(pairs.map(([column, field]) => [field, r[column]])) as T;
}

export const toClass = recordMapper<Classroom>(CLASS_COLUMNS);
export const toStudent = recordMapper<Student>(STUDENT_COLUMNS);

const answerOf = recordMapper<Answer & { mark: AnswerMark | null }>(ANSWER_COLUMNS);
/** An answer not yet marked has no `mark` field at all, as in the JSON file. */
export function toAnswer(r: Row): Answer {
  const { mark, ...answer } = answerOf(r);
  return mark ? { ...answer, mark } : answer;
}

const answerPairs = pairsOf(ANSWER_COLUMNS);
/** The row of an answer, keyed by column (for jsonb_to_recordset); an absent mark is null. */
export function answerRow(answer: Answer): Row {
  const record = answer as unknown as Row;
  return Object.fromEntries(answerPairs.map(([column, field]) => [column, record[field] ?? null]));
}
