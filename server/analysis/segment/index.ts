// The segmentation stage: article text into headline, caption and body sentences with their offsets.
export { segmentArticle, segmentLines } from './segment.ts';
export { isPictureCredit } from './credit.ts';
