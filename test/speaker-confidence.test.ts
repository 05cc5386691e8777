import assert from 'node:assert/strict';
import { quotes } from './helpers/short-article.ts';
import { MIN_CONFIDENCE } from '../server/quiz/index.ts';
import type { AnalyzedSentence, Quote } from '../server/analysis/index.ts';
import {
  PRONOUN_IN_DOUBT,
  rateSpeakersInArticle,
  speakerKey,
  speakersInDoubt,
} from '../server/analysis/quotes/speakers/confidence.ts';

describe('speakerConfidence(how the speaker was found)', () => {
  it('says how a speaker named beside its quotation was found ("…," Ana Ruiz said)', () => {
    const [q] = quotes('"We will rebuild the bridge by spring," Ana Ruiz said on Monday.');
    assert.equal(q?.speaker, 'Ana Ruiz');
    assert.equal(q?.speakerBasis, 'tag:name');
    // sure enough for the quiz to ask about, never certain
    assert.ok(q?.speakerConfidence !== undefined);
    assert.ok(q.speakerConfidence >= MIN_CONFIDENCE && q.speakerConfidence < 1);
  });

  it('is less sure of a description it could not tie to a name ("The neighbour said") than of a name', () => {
    const [named] = quotes('Tom Reyes said: "The water came in through the floor."');
    const [described] = quotes('The neighbour said: "The water came in through the floor."');
    assert.equal(described?.speaker, 'The neighbour');
    assert.ok(named?.speakerConfidence !== undefined && described?.speakerConfidence !== undefined);
    assert.ok(described.speakerConfidence < named.speakerConfidence);
  });

  it('gives a quotation that carries on from the one before its own basis ("previous")', () => {
    const [, second] = quotes(
      'Tom Reyes said: "The water came in through the floor." "We lost everything in an hour."',
    );
    assert.equal(second?.speaker, 'Tom Reyes');
    assert.equal(second?.speakerBasis, 'previous');
  });

  it('gives no speaker confidence to a term ("the so-called “blue line”")', () => {
    const [q] = quotes('Trains on the so-called "blue line" stopped at noon.');
    assert.equal(q?.type, 'term');
    assert.equal(q?.speakerConfidence, undefined);
  });
});

describe('a speaker reached through a pronoun, rated in its article (rateSpeakersInArticle)', () => {
  const quote = (speaker: string | null, speakerBasis: string): Quote => ({
    text: 'words',
    start: 0,
    end: 5,
    type: 'speech',
    speaker,
    speakerBasis,
    speakerConfidence: 0.5,
  });
  const sentence = (quotes: Quote[]): AnalyzedSentence => ({
    index: 0,
    paragraph: 0,
    kind: 'body',
    text: 'words',
    start: 0,
    end: 5,
    label: 'attributed',
    confidence: 0.99,
    basis: 'attributed:speech-quote',
    evidence: [],
    quotes,
    sources: [],
  });
  const pronoun = quote('Ana Ruiz', 'tag:pronoun');
  const named = quote('Tom Reyes', 'verb:name');
  const lost = quote('the shop owner', 'tag:phrase');

  it('calls speakers in doubt when more than a fifth of the speech quotes have no name found', () => {
    assert.equal(speakersInDoubt([pronoun, named, named, named, named]), false);
    assert.equal(speakersInDoubt([pronoun, named, named, named, lost]), false);
    assert.equal(speakersInDoubt([pronoun, named, named, lost]), true);
    assert.equal(speakersInDoubt([pronoun, quote(null, 'none')]), true);
    assert.equal(speakersInDoubt([{ ...lost, type: 'term' }, pronoun]), false);
    assert.equal(speakersInDoubt([]), false);
  });

  it('rates a pronoun apart only in such an article', () => {
    assert.equal(speakerKey('pronoun', true), PRONOUN_IN_DOUBT);
    assert.equal(speakerKey('pronoun', false), 'pronoun');
    assert.equal(speakerKey('name', true), 'name');
  });

  it('rates every found speaker by the model, a pronoun lower in an article in doubt, and changes no input', () => {
    const nobody = quote(null, 'none');
    const doubtful = rateSpeakersInArticle([sentence([pronoun, named]), sentence([lost, nobody])]);
    const clear = rateSpeakersInArticle([sentence([pronoun, named])]);
    const [inDoubt, namedInDoubt] = doubtful[0]!.quotes;
    assert.ok(inDoubt!.speakerConfidence! < clear[0]!.quotes[0]!.speakerConfidence!);
    assert.ok(namedInDoubt!.speakerConfidence! > inDoubt!.speakerConfidence!);
    assert.ok(doubtful[1]!.quotes[0]!.speakerConfidence! < namedInDoubt!.speakerConfidence!);
    assert.equal(doubtful[1]!.quotes[1], nobody, 'a quote with no speaker keeps its confidence');
    assert.equal(pronoun.speakerConfidence, 0.5, 'the input is not changed');
    const none = [sentence([nobody])];
    assert.equal(rateSpeakersInArticle(none), none);
  });

  it('is less sure of "she said" among speakers it could not name than among named ones (analyzeArticle)', () => {
    const opening =
      'Mayor Ana Ruiz visited the flooded street on Monday. "We will rebuild every house," she said.';
    const [alone] = quotes(opening);
    const [amid] = quotes(
      `${opening} "The water came in through the floor," a neighbour said. "Nobody warned us," the shop owner said.`,
    );
    assert.equal(alone?.speaker, 'Ana Ruiz');
    assert.equal(amid?.speaker, 'Ana Ruiz');
    assert.ok(amid.speakerConfidence! < alone.speakerConfidence!);
  });
});
