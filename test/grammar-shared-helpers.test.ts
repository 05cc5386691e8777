import assert from 'node:assert/strict';
import { isPastAfterName, makeToken, type Token } from '../server/analysis/grammar/token.ts';
import {
  NAMING_SUBJECT_PRONOUNS,
  SPEAKER_SUBJECT_PRONOUNS,
  SUBJECT_PRONOUNS,
  SUBJECT_PRONOUNS_OR_WHO,
} from '../server/analysis/lexicon/function-words.ts';

// Helpers and word sets several stages share (one definition each). Tokens are written by hand, so the test does not
// depend on how the tagger reads a sentence.
const tok = (lower: string, pos: string): Token => makeToken(lower, lower, pos, 0, 0);

describe('isPastAfterName (an -ed word the tagger read as an adjective after its subject)', () => {
  it('reads "Okafor praised" as a past verb after a name', () => {
    assert.equal(isPastAfterName(tok('praised', 'ADJ'), tok('okafor', 'PROPN')), true);
  });

  it('reads one after any pronoun, or only after the listed words when a set is given', () => {
    assert.equal(isPastAfterName(tok('warned', 'ADJ'), tok('it', 'PRON')), true);
    assert.equal(isPastAfterName(tok('warned', 'ADJ'), tok('it', 'PRON'), SUBJECT_PRONOUNS), false);
    assert.equal(
      isPastAfterName(tok('warned', 'ADJ'), tok('who', 'PRON'), SUBJECT_PRONOUNS_OR_WHO),
      true,
    );
  });

  it('refuses a word with no -ed, one tagged a verb already, one after a common noun, and the first word', () => {
    assert.equal(isPastAfterName(tok('tall', 'ADJ'), tok('okafor', 'PROPN')), false);
    assert.equal(isPastAfterName(tok('praised', 'VERB'), tok('okafor', 'PROPN')), false);
    assert.equal(isPastAfterName(tok('tired', 'ADJ'), tok('crew', 'NOUN')), false);
    assert.equal(isPastAfterName(tok('praised', 'ADJ'), undefined), false);
  });
});

describe('the subject pronoun sets', () => {
  it('keep one core of pronouns that can only be subjects', () => {
    assert.deepEqual([...SUBJECT_PRONOUNS].sort(), ['he', 'i', 'she', 'they', 'we']);
    for (const word of SUBJECT_PRONOUNS) {
      assert.ok(SUBJECT_PRONOUNS_OR_WHO.has(word), word);
      assert.ok(NAMING_SUBJECT_PRONOUNS.has(word), word);
    }
  });

  it('let a body ("it") be a speaker but never the writer ("I")', () => {
    assert.equal(SPEAKER_SUBJECT_PRONOUNS.has('it'), true);
    assert.equal(SPEAKER_SUBJECT_PRONOUNS.has('i'), false);
    assert.equal(SPEAKER_SUBJECT_PRONOUNS.has('she'), true);
  });

  it('count "you" as the subject of a naming verb, and no object form anywhere', () => {
    assert.equal(NAMING_SUBJECT_PRONOUNS.has('you'), true);
    for (const set of [SUBJECT_PRONOUNS, SUBJECT_PRONOUNS_OR_WHO, SPEAKER_SUBJECT_PRONOUNS])
      for (const object of ['him', 'her', 'them', 'us', 'me']) assert.equal(set.has(object), false);
  });
});
