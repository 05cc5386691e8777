import assert from 'node:assert/strict';
import { bodySentences } from './helpers/short-article.ts';

const tips =
  'According to the Harbour Clinic, parents can follow several guidelines to keep children safe:\n\n' +
  'Always use the safety straps.\n\n' +
  'Stay with your child at all times.\n\n' +
  'Avoid placing car seats on top of the trolley. — Harbour Clinic\n';

describe('a list after a colon, signed with a dash and a name (signedBlocks)', () => {
  it('splits the signature after a stop into a sentence of its own', () => {
    const texts = bodySentences(tips).map((s) => s.text);
    assert.equal(texts[texts.length - 1], '— Harbour Clinic');
  });

  it('attributes every paragraph between the colon and the signature', () => {
    assert.deepEqual(
      bodySentences(tips)
        .slice(1)
        .map((s) => s.label),
      ['attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves a list with no signature as it was', () => {
    const unsigned = tips.replace(' — Harbour Clinic', '');
    assert.notEqual(bodySentences(unsigned)[2]!.label, 'attributed');
  });
});
