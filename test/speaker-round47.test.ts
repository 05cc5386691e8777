import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

const articleSpeakers = (text: string) =>
  analyzeArticle(text).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('speakers round 47 showed', () => {
  it('reads "the company" as the firm that spoke as a one-word name just before', () => {
    assert.deepEqual(
      speakers(
        'Nordvik has said it will recall two million kettles.\n\nThe company said the recall was a "sensible precaution".',
      ),
      ['Nordvik'],
    );
  });

  it('takes a name after a description and a comma, titles before it, as the speaker', () => {
    assert.deepEqual(
      speakers(
        '"It would be a disaster to delay," said the head of the Commons health committee, Labour MP Peter Harding.\n\n"We cannot wait," said its chairman, Sir Alan Groves.',
      ),
      ['Peter Harding', 'Alan Groves'],
    );
  });

  it('reads a spaced hyphen as a dash, so a long aside before "said" leaves the name its speaker', () => {
    assert.deepEqual(
      speakers(
        '"The bank will not need more help," Kim Dae-jung, executive director of the Seoul Credit Bank - one of the firm\'s lenders - said.',
      ),
      ['Kim Dae-jung'],
    );
  });

  it('knows a given name alone that speaks as a person, so a later "she" is her', () => {
    assert.deepEqual(
      speakers(
        'Sandra, a mother of three, said she had not been paid for a year.\n\n"I have to chase them all the time," she said.\n\nTheresa May, the Tory spokeswoman, said: "We must fix it."',
      ),
      ['Sandra', 'Theresa May'],
    );
  });

  it('gives a quotation after "who has said" to the person the clause is on', () => {
    assert.deepEqual(
      speakers(
        'Another critic is the former minister Paul Rees, who has said there is no case for a "rushed overhaul".',
      ),
      ['Paul Rees'],
    );
  });

  it('reads a headline\'s "says minister" as the minister the lead names', () => {
    assert.deepEqual(
      articleSpeakers(
        "Agency 'could close', says minister\n\nMinisters would not rule out closing the agency, Work and Pensions Secretary Alan Johnson has warned.",
      ),
      ['Alan Johnson'],
    );
  });

  it('leaves a headline\'s "says minister" alone when the lead names nobody', () => {
    assert.deepEqual(
      articleSpeakers(
        "Agency 'could close', says minister\n\nMinisters would not rule out closing the agency, officials have warned.",
      ),
      ['minister'],
    );
  });
});
