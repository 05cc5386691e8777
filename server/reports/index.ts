export { confusionTable, LABELS } from './confusion.ts';
export type { ConfusionRow, ConfusionTable } from './confusion.ts';
export { csvCell, toCsv } from './csv.ts';
export { EXPORT_HEADER, exportRows } from './export.ts';
export { lessonReport, mostMissed } from './lesson-report.ts';
export type { Cell, LessonReport, QuestionStat, StudentRow } from './lesson-report.ts';
export { openAnswers } from './open-answers.ts';
export type { OpenAnswer } from './open-answers.ts';
export { questionKind } from './question-kinds.ts';
