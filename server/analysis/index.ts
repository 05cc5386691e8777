export { analyzeArticle, analyzeLines } from './analyze.ts';
export type * from './types.ts';
