import assert from 'node:assert/strict';
import { parseSpeakerTrainArgs } from '../eval/train/speakers-args.ts';

describe('parseSpeakerTrainArgs(invalid input)', () => {
  it('rejects an unknown flag, a margin outside 0–1, a round without N=DIR and an unknown feature', () => {
    assert.deepEqual(parseSpeakerTrainArgs(['--bogus']), { error: 'unknown argument "--bogus"' });
    assert.match(
      (parseSpeakerTrainArgs(['--margin', '2']) as { error: string }).error,
      /from 0 to 1/,
    );
    assert.match((parseSpeakerTrainArgs(['--round', 'x']) as { error: string }).error, /N=DIR/);
    assert.match(
      (parseSpeakerTrainArgs(['--without', 'no-such-feature']) as { error: string }).error,
      /unknown feature "no-such-feature"/,
    );
  });

  it('rejects a round or a first-contact cache whose directory is missing', () => {
    assert.match(
      (parseSpeakerTrainArgs(['--round', '3=/nonexistent/dir']) as { error: string }).error,
      /no gold\//,
    );
    assert.match(
      (parseSpeakerTrainArgs(['--first-contact', '/nonexistent/dir']) as { error: string }).error,
      /needs a directory/,
    );
  });
});

describe('parseSpeakerTrainArgs(valid input)', () => {
  it('reads the margin and the flags', () => {
    const args = parseSpeakerTrainArgs(['--margin', '0.3', '--write', '--no-gold', '--mix']);
    assert.ok(!('error' in args));
    assert.deepEqual([args.margin, args.write, args.noGold, args.mix], [0.3, true, true, true]);
  });
});
