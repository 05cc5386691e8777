export { argmax, dot, pickOverRule, sigmoid, softmax } from './logistic.ts';
