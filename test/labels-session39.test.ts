import assert from 'node:assert/strict';
import { bodySentences, labelOf, labels, speechSpeakersOf } from './helpers/short-article.ts';

describe('a speaker named by a compound office ("the shadow chancellor")', () => {
  const budget =
    'Budget row\n\nChancellor Gordon Brown set out his budget on Wednesday.\n\n' +
    'Mr Brown said the plans were "affordable".\n\n' +
    'Shadow chancellor Oliver Letwin said the plans were "a fantasy".\n\n';

  it('is the holder of the whole office, not of its last word', () => {
    const said = speechSpeakersOf(
      budget + '"He is borrowing to spend," the shadow chancellor said.\n',
    );
    assert.equal(said.at(-1), 'Oliver Letwin');
  });

  it('leaves the last word alone to the one who holds it', () => {
    const said = speechSpeakersOf(budget + '"We will meet our rules," the chancellor said.\n');
    assert.equal(said.at(-1), 'Gordon Brown');
  });
});

describe('a chief officer’s acronym before a name ("Verizon CIO Shaygan Kheradpir")', () => {
  it('is a title, so the name after it is the person the surname alone points back to', () => {
    const said = speechSpeakersOf(
      'TV on the iPad\n\nAt the home of Verizon CIO Shaygan Kheradpir, executives showed new features.\n\n' +
        '"We built it in the cloud," Kheradpir said.\n',
    );
    assert.deepEqual(said, ['Shaygan Kheradpir']);
  });
});

describe('a name, a past tense the tagger reads as an adjective, its object, then “and said:”', () => {
  it('gives the quotation to the name', () => {
    const said = speechSpeakersOf(
      'Curry contest\n\nLocal councillor Gordon Mackenzie branded the event a failure and said: ' +
        '"The owners owe a debt to the ambulance service."\n',
    );
    assert.deepEqual(said, ['Gordon Mackenzie']);
  });
});

describe('a tag closing on a description, then a name and where the person is from', () => {
  it('gives the quotation to the name ("said the panel’s top Democrat, Rep. Tom Lantos of California.")', () => {
    const said = speechSpeakersOf(
      'Oil for food\n\n“We all knew he was evading sanctions,” said the panel’s top Democrat, ' +
        'Rep. Tom Lantos of California.\n',
    );
    assert.deepEqual(said, ['Tom Lantos']);
  });

  it('keeps the description when no name follows it ("said a professor at the University of Chicago.")', () => {
    const said = speechSpeakersOf(
      'Oil for food\n\n“We all knew he was evading sanctions,” said a professor at the University of Chicago.\n',
    );
    assert.deepEqual(said, ['a professor at the University of Chicago']);
  });
});

describe('an abbreviation before a quotation opening in lower case', () => {
  it('does not end the sentence ("help the U.S. “secure strong sanctions”")', () => {
    const texts = bodySentences(
      'Obama said Medvedev would help the U.S. “secure strong, tough sanctions on Iran.”',
    ).map((s) => s.text);
    assert.equal(texts.length, 1);
  });

  it('still ends it before a quotation opening in capitals ("moved to the U.S. “It was hard,” he said.")', () => {
    const texts = bodySentences('He moved to the U.S. “It was hard,” he said.').map((s) => s.text);
    assert.deepEqual(texts, ['He moved to the U.S.', '“It was hard,” he said.']);
  });
});

describe('"best" in "best-selling" and "best-seller"', () => {
  it('is a record of sales, not the writer’s praise', () => {
    assert.deepEqual(
      labels(
        'Her 11 best-selling books were printed in 38 languages.\n\nThe novel stayed on national best-seller lists for a full year.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still praises on its own ("the best film of the year")', () => {
    assert.equal(labelOf('It was the best film of the year.'), 'framing');
  });
});

describe('a superlative ranking by a toll ("the worst-hit areas")', () => {
  it('is a fact someone can count', () => {
    assert.deepEqual(
      labels(
        'The worst-hit areas are Sri Lanka and India, with at least 23,000 people killed.\n\n' +
          'The virus spread to Liberia and Sierra Leone, the two worst-affected nations.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still praises when the word after it is the sentence’s verb ("the brightest new star hit top form")', () => {
    assert.equal(labelOf('The brightest new star hit top form in August.'), 'framing');
  });
});

describe('"never" after an auxiliary of the perfect or the past', () => {
  it('narrates what did not happen ("has never failed a drugs test", "were never borne out")', () => {
    assert.deepEqual(
      labels('The sprinter has never failed a drugs test.\n\nThose claims were never borne out.'),
      ['fact', 'fact'],
    );
  });

  it('still sweeps as a generalisation ("Politicians never listen to voters.")', () => {
    assert.equal(labelOf('Politicians never listen to voters.'), 'framing');
  });
});

describe('a role in capitals between a team and a name ("Browns DL Sheldon Richardson")', () => {
  it('opens no name: the speaker is the given name and surname after it', () => {
    const said = speechSpeakersOf(
      'Brawl\n\nBrowns DL Sheldon Richardson said the quarterback "asked for it."\n\n' +
        '"He was protecting himself," Richardson said.\n',
    );
    assert.deepEqual(said, ['Sheldon Richardson', 'Sheldon Richardson']);
  });

  it('leaves a body’s name in capitals whole ("The BBC TV Licensing Service")', () => {
    const said = speechSpeakersOf(
      'Fees\n\nThe BBC TV Licensing Service said the fee "will rise."\n',
    );
    assert.deepEqual(said, ['BBC TV Licensing Service']);
  });
});

describe('a tag opening on a name, then long appositions set off by commas, then "said"', () => {
  it('gives the quotation to the name, however many places the appositions name', () => {
    const said = speechSpeakersOf(
      'Simulation\n\n"These experiments work," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute ' +
        'for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.\n\n' +
        '"Water is hard to find," study lead author Lucas Paganini, a planetary scientist at NASA’s Goddard ' +
        'Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said.\n',
    );
    assert.deepEqual(said, ['Dylan Nelson', 'Lucas Paganini']);
  });

  it('leaves appositions holding a verb of their own to the other rules ("…," Ana Ruiz, the mayor of a town that lost its library, said)', () => {
    const said = speechSpeakersOf(
      'Council\n\n"We will rebuild the library by spring," Ana Ruiz, the mayor of a town that lost its library, said.\n',
    );
    assert.deepEqual(said, ['Ana Ruiz']);
  });
});

describe('an acronym for a body named in full before, less its nationality and its last part after "and"', () => {
  it('is the body ("the Chinese Center for Disease Control and Prevention" … "The CDC")', () => {
    const said = speechSpeakersOf(
      'Plague\n\nThe Chinese Center for Disease Control and Prevention said it had traced every contact.\n\n' +
        'The CDC assured the public that the risks of transmission were "extremely low."\n',
    );
    assert.deepEqual(said, ['Chinese Center for Disease Control and Prevention']);
  });

  it('is the body with the nationality before the acronym too ("the Chinese CDC has said …")', () => {
    const said = speechSpeakersOf(
      'Plague\n\nThe Chinese Center for Disease Control and Prevention said it had traced every contact.\n\n' +
        'And though the Chinese CDC has said there is "no need" for residents to worry, fear spread.\n',
    );
    assert.deepEqual(said, ['Chinese Center for Disease Control and Prevention']);
  });
});

describe('a verb in -s the tagger reads as a noun, right after a quotation closed on a comma', () => {
  it('is the tag’s verb before a name ("“…,” comments Johnston", "“…,” notes Johnston")', () => {
    const said = speechSpeakersOf(
      'Tour\n\n“We are truly excited about our tour,” comments Tom Johnston in a statement.\n\n' +
        '“It celebrates the band’s whole history,” notes Johnston.\n',
    );
    assert.deepEqual(said, ['Tom Johnston', 'Tom Johnston']);
  });
});

describe('a participle set off by commas after the subject, then an auxiliary and its verb', () => {
  it('describes the subject: no one announces ("The plan, announced Monday, will cut 500 jobs.")', () => {
    assert.deepEqual(
      labels(
        'The plan, announced Monday, will cut 500 jobs.\n\nThe painkillers, called COX-2 inhibitors, are sold under brand names such as Celebrex.',
      ),
      ['fact', 'fact'],
    );
  });

  it('still reports through a verb of saying after it ("The minister, speaking on Monday, has said the plan is sound.")', () => {
    assert.equal(
      labelOf('The minister, speaking on Monday, has said the plan is sound.'),
      'attributed',
    );
  });
});

describe('a past participle after a thing that cannot speak, inside the clause, before a phrase of time or place', () => {
  it('is a relative clause in the passive ("…, a deal announced at the beginning of the week.")', () => {
    assert.equal(
      labelOf(
        'Coty bought a 51% stake in the brand, a deal announced at the beginning of the week.',
      ),
      'fact',
    );
  });

  it('leaves a paper’s report opening the sentence a report ("The Post newspaper reported on …")', () => {
    assert.equal(
      labelOf('The Post and Courier newspaper reported on the closing argument of the defence.'),
      'attributed',
    );
  });
});

describe('an as-clause of saying closed by a phrase of outlet or place and a comma', () => {
  it('makes the rest of the sentence that source’s words ("As he wrote in the Times, the plan failed.")', () => {
    assert.equal(labelOf('As he wrote in the Times, the plan failed.'), 'attributed');
  });

  it('leaves a temporal "as" alone ("As the minister spoke in Parliament, protesters gathered outside.")', () => {
    assert.equal(
      labelOf('As the minister spoke in Parliament, protesters gathered outside.'),
      'fact',
    );
  });
});
