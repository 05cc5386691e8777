import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance; loading the model is the slow part, so it happens once. */
export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
