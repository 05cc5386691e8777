import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels } from './helpers/short-article.ts';

// Session 8, attribution: which constructions pass on what someone said; every sentence is written for the test.

const headline = (title: string) =>
  analyzeArticle(`${title}\n\nThe body says little.`).sentences[0]!.label;

describe('a headline attribution tag set off by a colon', () => {
  it('reads a source phrase after the colon as the source of the headline', () => {
    assert.equal(
      headline('Harbour ferry service to resume next month: port officials'),
      'attributed',
    );
    assert.equal(headline('Mayor steps down after vote: Maria Lopez'), 'attributed');
  });

  it('reads a kind of source before the colon as the source of the headline', () => {
    assert.equal(headline('Police: the fire was set on purpose'), 'attributed');
    assert.equal(headline("Study: 'hidden' sugar in half of school lunches"), 'attributed');
  });

  it('reads a topic before the colon, or a day after it, as no source', () => {
    assert.equal(headline('Northern Railway: new trains run on the coast line'), 'fact');
    assert.equal(headline('Strange weather: snow falls in the desert town'), 'fact');
    assert.equal(headline('Storm floods the valley roads: Tuesday'), 'fact');
  });
});

describe('a passive report with the state of its subject', () => {
  it('reads "were reported injured" and "are feared dead" as reports', () => {
    assert.deepEqual(
      labels(
        'Eleven passengers were reported injured. Two fishermen are feared dead after the storm.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves a denial, a time phrase and a plain passive as fact', () => {
    assert.deepEqual(
      labels(
        'No passengers were reported hurt. The closure was announced last Friday. The bridge was reported to the council.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });
});

describe('a naming participle after a noun', () => {
  it('reads "a journal called X" and "a hall called "X"" as naming, not a report', () => {
    assert.deepEqual(
      labels(
        'The editor of a small journal called Tidewater was arrested at his office. The course was held at Mercer Hall called "Second Chances".',
      ),
      ['fact', 'fact'],
    );
  });

  it('still reads a verb calling its object something as a report', () => {
    assert.deepEqual(
      labels(
        'The senator called Reyes "a coward" at the hearing. The mayor called the plan a disgrace.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a stance adjective predicated of a source', () => {
  it('reads "are worried <clause>", "is sceptical that" and "was critical of" as the source\'s view', () => {
    assert.deepEqual(
      labels(
        'Local residents are worried the new dam will dry up the river. The union leader, who chairs the regional council, was critical of the cuts. Economists, however, are sceptical that prices will fall.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves a thing\'s state, "it is certain that" and a relative clause as they were', () => {
    assert.deepEqual(
      labels(
        'The date of the vote is uncertain. It is certain that the bridge will close. Residents who are worried the plant will close met on Friday.',
      ),
      ['fact', 'fact', 'fact'],
    );
  });
});

describe('a plea', () => {
  it('reads "pleads with X to", "begged X for" and "implored X not to" as reports', () => {
    assert.deepEqual(
      labels(
        'In the letter the sailor pleads with the governor to reopen his case. His sister begged the board for a second hearing. She implored the council not to sell the park.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads "pleaded guilty" and "begs the question" as no report', () => {
    assert.deepEqual(
      labels('Both drivers pleaded guilty to the charge. The delay begs the question of cost.'),
      ['fact', 'fact'],
    );
  });
});

describe('a message given', () => {
  it('reads "offered his explanation for" and "shared her thoughts on" as reports', () => {
    assert.deepEqual(
      labels(
        'The harbour master offered his explanation for the late ferries. The head teacher shared her thoughts on the new timetable.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads a thing given ("offered a reward", "gave a donation") as fact', () => {
    assert.deepEqual(
      labels(
        'The family offered a reward for news of the dog. The club gave a donation to the school.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('"state" before a noun', () => {
  it('reads "the Danish state railway" and "Iranian state television" as a noun, not a verb of saying', () => {
    assert.deepEqual(
      labels(
        'Workers of the Danish state railway went on strike. Iranian state television showed the damaged bridge.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still reads "the rules state <clause>" as a report', () => {
    assert.deepEqual(labels('The rules state hospitals must report every case.'), ['attributed']);
  });
});

describe('a participle with no auxiliary', () => {
  it('reads "a letter written to X by Y" as describing the letter, not a report', () => {
    assert.deepEqual(
      labels('A copy of a letter written to the governor by a prisoner was found by the paper.'),
      ['fact'],
    );
  });

  it('still reads "has written to" and "had written that" as reports', () => {
    assert.deepEqual(
      labels(
        'The mayor has written to the council about the flooding. The coach had written that the referee was unfair.',
      ),
      ['attributed', 'attributed'],
    );
  });
});
