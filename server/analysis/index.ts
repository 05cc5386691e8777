export { analyzeArticle, analyzeArticleFeatures, analyzeLines } from './analyze.ts';
export { FEATURES as LABEL_FEATURES } from './labels/index.ts';
export { sentenceWords, type Word } from './grammar/words.ts';
export { isPictureCredit } from './segment/index.ts';
export { holdsFigure, mainstreamShare } from './mainstream-counts.ts';
export type * from './types.ts';
