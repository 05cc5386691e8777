import assert from 'node:assert/strict';
import { quotes } from './helpers/short-article.ts';

describe('a message sent as the quotation itself (governingCue)', () => {
  it('gives "sent “her condolences”" to the sender', () => {
    assert.deepEqual(
      quotes(
        'In a statement, Mayor Jane Roe sent "her heartfelt condolences to the families."',
      ).map((q) => [q.type, q.speaker]),
      [['speech', 'Jane Roe']],
    );
  });

  it("leaves a quoted thing sent, with no one's own words, a term", () => {
    assert.deepEqual(
      quotes('The council sent "a team" to the scene.').map((q) => q.type),
      ['term'],
    );
  });
});
