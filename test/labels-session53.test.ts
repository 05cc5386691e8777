import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('a capitalised office nobody in the article was given ("the Foreign Secretary defended …")', () => {
  it('is held by the person the headline and the lead name', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies for quarantine\n\nDominic Raab has defended the decision.\n\nOn Sunday, the Foreign Secretary defended it as a "real-time response" to a spike.\n\nMr Raab later met officials.',
      ),
      ['Dominic Raab'],
    );
  });

  it('and a "he" after "The President" as a subject means that person, not the one the President talked about', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Trump praises Kavanaugh\n\n"It is great," Donald Trump said at a rally.\n\nBrett Kavanaugh testified on Thursday, denying that he had done wrong.\n\nThe President referred to Kavanaugh\'s nomination.\n\n"We will win in November," he said.',
      ),
      ['Donald Trump', 'Donald Trump'],
    );
  });

  it('while one with an office of his own stays as before ("Senator Dominic Raab … the Foreign Secretary")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies\n\nSenator Dominic Raab has defended the decision.\n\nOn Sunday, the Foreign Secretary defended it as a "real-time response" to a spike.',
      ),
      ['Foreign Secretary'],
    );
  });

  it('and an office someone was given by name is theirs ("Prime Minister Ann Lee … the Prime Minister")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        'Dominic Raab: no apologies\n\nDominic Raab has defended the decision.\n\nPrime Minister Ann Lee backed him.\n\nThe Prime Minister said: "He was right."',
      ),
      ['Ann Lee'],
    );
  });
});
