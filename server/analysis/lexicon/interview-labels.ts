/**
 * Labels an interview's writer puts before its own questions ("Q: Why now?", "((WN)) What is your role?"), where a
 * person's name before a question ("KATE BOULDUAN: Why not debate?") is someone the writer quotes.
 */
export const WRITER_LABELS: ReadonlySet<string> = new Set([
  'q',
  'question',
  'interviewer',
  'wikinews',
  'wn',
]);
