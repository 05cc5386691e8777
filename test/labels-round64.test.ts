import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';
import { analyzeArticle } from '../server/analysis/index.ts';

/** The speakers of an article with its own headline (the story's subject is who the headline and the lead name). */
const speakersUnder = (headline: string, body: string) =>
  analyzeArticle(`${headline}\n\n${body}`).sentences.flatMap((s) => s.quotes.map((q) => q.speaker));

describe('reports round 64 showed', () => {
  it('reads fears or claims dismissed as answered in words, a person dismissed as an act', () => {
    assert.deepEqual(
      labels(
        'The mayor has dismissed fears that the new tram will be late.\n\nThe club dismissed its coach.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads an account written as a work made', () => {
    assert.deepEqual(
      labels(
        'Mia Torvald, known online as the Night Nurse, wrote an anonymous semi-fictional account of her shifts.',
      ),
      ['fact'],
    );
  });

  it('reads a quality questioned as doubted, not a person interrogated', () => {
    assert.deepEqual(
      labels(
        "The striker's commitment was questioned by his manager.\n\nTwo men were questioned by police.",
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads the penalty a court may impose as the law, not the writer’s guess', () => {
    assert.deepEqual(
      labels('If convicted, the director could face a prison term of up to five years.'),
      ['fact'],
    );
  });
});

describe('speakers round 64 showed', () => {
  it('reads a nationality after a name talked about as the story’s subject', () => {
    assert.deepEqual(
      speakersUnder(
        'Brandt shocks Kovac in Rome',
        'Top seed Ana Kovac suffered a heavy defeat by Lotte Brandt in the quarter-finals.\n\nAnd Kovac said Brandt was one of several players willing to attack. "More players can do it now," said the American.',
      ),
      ['Ana Kovac'],
    );
  });

  it('follows "he" to the story’s subject named as a hometown and an age', () => {
    assert.deepEqual(
      speakersUnder(
        'Tully keen to stay at Rovers',
        'Sean Tully is ready to commit his future to Rovers.\n\nLeeds boss Gary Holt is said to be ready to bid for him. But the 24-year-old Dubliner underlined his wish to stay. He added: "I really enjoy it here."',
      ),
      ['Sean Tully'],
    );
  });

  it('names the person on trial by the full name given in the lead', () => {
    assert.deepEqual(
      speakers(
        'The trial of Emilio Ferrante, the chairman of the bank, has started.\n\nAs he arrived, Mr Ferrante greeted the waiting media, saying: "I have full faith in justice."',
      ),
      ['Emilio Ferrante'],
    );
  });

  it('gives a label someone brands a plan with after an adverb to that person', () => {
    assert.deepEqual(
      speakers('Housing spokesman Ivo Marsh also branded the plans as "fantasy economics".'),
      ['Ivo Marsh'],
    );
  });
});
