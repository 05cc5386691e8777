export { analyzeArticle, analyzeLines } from './analyze.ts';
export { sentenceWords, type Word } from './grammar/words.ts';
export type * from './types.ts';
