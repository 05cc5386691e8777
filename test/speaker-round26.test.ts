import assert from 'node:assert/strict';
import { speakers, labelsOfEach as labels } from './helpers/short-article.ts';

describe('labels(an acronym the tagger read as a word)', () => {
  it('reads "The EFF says …" as a body speaking', () => {
    assert.deepEqual(labels('The EFF says the case threatens the freedom of the press.'), [
      'attributed',
    ]);
  });
});

describe('speakers(after round 26)', () => {
  it('does not give a closing ", he said." to a man named in the words it reports', () => {
    assert.deepEqual(
      speakers(
        'Alan Milburn spoke on Monday. And Tony Blair would lead the campaign, he said. "The prime minister will travel," he promised.',
      ),
      ['Alan Milburn'],
    );
  });

  it('gives the words to the name before an indefinite description whose closing comma is missing', () => {
    assert.deepEqual(
      speakers(
        'However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake "is definitely a precursor to a takeover".',
      ),
      ['Matt Williams'],
    );
  });

  it('gives the words to the one quoted in a tag "X quoted Y as saying"', () => {
    assert.deepEqual(
      speakers('"He has been ripping people off," AP quoted prosecutor Russell McGuire as saying.'),
      ['Russell McGuire'],
    );
  });

  it('finds "the Bishop" named as "The Bishop of Durham, the Rt Rev Dr Tom Wright,"', () => {
    assert.deepEqual(
      speakers(
        'The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a "great thriller". Writing in the paper, the Bishop said: "Conspiracy theories are fun."',
      ),
      ['Tom Wright', 'Tom Wright'],
    );
  });
});
