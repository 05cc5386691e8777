// The quotes stage: quotation spans, their type (speech or term) and who is quoted.
export { findQuotes } from './quotes.ts';
export { rateSpeakersInArticle } from './speakers/confidence.ts';
