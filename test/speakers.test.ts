import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { speakers } from './helpers/short-article.ts';

describe('speakers(names with diacritics and particles)', () => {
  it('keeps a name with accented letters whole ("Łukasz Szumowski", "Brudziński")', () => {
    assert.deepEqual(
      speakers(
        'Health Minister Łukasz Szumowski said "We lost." Minister Piotr Brudziński called it "a shame."',
      ),
      ['Łukasz Szumowski', 'Piotr Brudziński'],
    );
  });

  it('keeps lower-case particles inside a name ("Ana de la Vega", "Omar bin Talal")', () => {
    assert.deepEqual(
      speakers('Ana de la Vega said "Yes." Later, Omar bin Talal told reporters "No."'),
      ['Ana de la Vega', 'Omar bin Talal'],
    );
  });
});

describe('speakers(role words before a name)', () => {
  it('strips a capitalised role before a name ("Nasa Administrator Bill Nelson", "Teammate Karl-Anthony Towns")', () => {
    assert.deepEqual(
      speakers(
        'Nasa Administrator Bill Nelson said the agency was "thrilled." Teammate Karl-Anthony Towns said it was "brilliant."',
      ),
      ['Bill Nelson', 'Karl-Anthony Towns'],
    );
  });
});

describe('speakers(appositions)', () => {
  it('keeps "A spokesman for Google" as written rather than naming the company', () => {
    assert.deepEqual(
      speakers('A spokesman for Google said the company was "reviewing the report."'),
      ['A spokesman for Google'],
    );
  });

  it('prefers the name set off by commas over the description before it ("X\'s chief executive, Sundar Pichai, was quoted as saying")', () => {
    assert.deepEqual(
      speakers(
        'Google\'s chief executive, Sundar Pichai, was quoted as saying the claims were "baseless."',
      ),
      ['Sundar Pichai'],
    );
  });

  it('takes the name before an apposition ending in a place ("Ana Ruiz, 34, a nurse from Madrid, said")', () => {
    assert.deepEqual(
      speakers('Ana Ruiz, 34, a nurse from Madrid, said she was "exhausted but hopeful."'),
      ['Ana Ruiz'],
    );
  });
});

describe('speakers(pronouns)', () => {
  it('resolves "They" to a sentence-opening group ("Residents said … They called")', () => {
    assert.deepEqual(
      speakers('Residents said the water was "brown." They called the response "shameful."'),
      ['Residents', 'Residents'],
    );
  });

  it('resolves "The 58-year-old said" to the person just named, not to the age', () => {
    assert.deepEqual(
      speakers(
        'According to Tomás Ó Briain, the club\'s treasurer, the fees were "never explained." The 58-year-old said members were "furious."',
      ),
      ['Tomás Ó Briain', 'Tomás Ó Briain'],
    );
  });

  it('resolves "he said" to a man named by his family name alone ("Xi Jinping … Xi called … He said")', () => {
    assert.deepEqual(
      speakers(
        'Xi Jinping met Vladimir Putin on Tuesday. "We agree," Putin said. Xi called the talks "frank." He said China wanted "peace."',
      ),
      ['Vladimir Putin', 'Xi Jinping', 'Xi Jinping'],
    );
  });

  it('resolves "she said" to the woman a possessive "Her rival" pointed at, not to the rival quoted since', () => {
    assert.deepEqual(
      speakers(
        'Priya Raghunathan, the mayor of Pune, defended the budget. Her rival, Arjun Mehta, called the plan "reckless." The council votes next week. "We have consulted every ward," she said.',
      ),
      ['Arjun Mehta', 'Priya Raghunathan'],
    );
  });

  it('resolves "he said" to the man named as subject, not to a man named after "of"', () => {
    assert.deepEqual(
      speakers(
        'The council said that Mayor Tom Reeve approved the sale of the farm of farmer Paul Dent. ' +
          'Speaking to Anna Roth of the Courier, he said, "It was the right call."',
      ),
      ['Tom Reeve'],
    );
  });

  it('resolves "she said" past a name inside her appositive ("an envoy for the office of …")', () => {
    assert.deepEqual(
      speakers(
        'Mary Olsen, an envoy for the office of Commissioner Joan Hart, warned delays were likely. ' +
          '"It takes time," she said.',
      ),
      ['Mary Olsen'],
    );
  });
});

describe('speakers(tags and fragments)', () => {
  it('takes the speaker of a tag verb right before the quotation ("Ruth Amos continued, “…”")', () => {
    assert.deepEqual(
      speakers(
        'Ruth Amos spoke first. Ruth Amos continued, "We will rebuild. It will take years."',
      ),
      ['Ruth Amos', 'Ruth Amos'],
    );
  });

  it('types words after an active describing verb and "as" as the subject’s speech, but "as a ‘surge’" as a term', () => {
    const quotes = analyzeArticle(
      'Headline\n\nSenator Ray Kent dismissed the report as "partisan and sloppy." Aides describe it as a "surge" in calls.',
    ).sentences.flatMap((s) => s.quotes.map((q) => [q.type, q.speaker]));
    assert.deepEqual(quotes, [
      ['speech', 'Ray Kent'],
      ['term', 'Aides'],
    ]);
  });

  it('gives a short bare phrase the speaker already quoted in its sentence ("asking her to be “calm”")', () => {
    const quotes = analyzeArticle(
      'Headline\n\nLena Fox spoke on Friday. "It will end," she said, asking voters to be "calm."',
    ).sentences.flatMap((s) => s.quotes.map((q) => [q.type, q.speaker]));
    assert.deepEqual(quotes, [
      ['speech', 'Lena Fox'],
      ['speech', 'Lena Fox'],
    ]);
  });
});

describe('speakers(descriptions of someone already named)', () => {
  it('resolves "the minister" to the person given that title in apposition ("The minister, John Abel,")', () => {
    assert.deepEqual(
      speakers(
        'The minister, John Abel, visited the site. The minister said he was "impressed by the plans."',
      ),
      ['John Abel'],
    );
  });

  it('resolves "the father" to the name given after "The father of a patient," and leaves an unexplained "The mother" as written', () => {
    assert.deepEqual(
      speakers(
        'The father of a patient, Peter Marsh, spoke first. The father said "I will sue." ' +
          'Judge Ken Ruiz said "Order." The mother said "I am sorry."',
      ),
      ['Peter Marsh', 'Ken Ruiz', 'The mother'],
    );
  });

  it('resolves "the administration" to the latest "Trump administration" written before it', () => {
    assert.deepEqual(
      speakers(
        'The Trump administration sent troops. Later, the administration said it faced "credible threats."',
      ),
      ['Trump administration'],
    );
  });

  it('gives "One of them" the description of the group member who spoke before', () => {
    assert.deepEqual(
      speakers(
        'One of the workers said, "We were never told." One of them even went on to say, "It was chaos."',
      ),
      ['One of the workers', 'One of the workers'],
    );
  });

  it('leaves "the company" as written when no "X company" was named before', () => {
    assert.deepEqual(speakers('Sales fell. The company said it "will recover."'), ['The company']);
  });
});

describe('speakers(titles with "of" and stacked titles)', () => {
  it('takes the first and last name after "President of Argentina" and links "the president" to them', () => {
    assert.deepEqual(
      speakers(
        'President of Argentina Alberto Fernández announced a bill. The president called it "a matter of public health."',
      ),
      ['Alberto Fernández'],
    );
  });

  it('links "the archbishop" to a name given two titles ("archbishop Monsignor Jorge Scheinig")', () => {
    assert.deepEqual(
      speakers(
        'The bill was criticised by archbishop Monsignor Jorge Scheinig. The archbishop said "Pray."',
      ),
      ['Jorge Scheinig'],
    );
  });

  it('keeps a bare place after "of" out of the name ("The chief executive of Hong Kong said")', () => {
    assert.deepEqual(speakers('The chief executive of Hong Kong said "Calm down."'), [
      'The chief executive of Hong Kong',
    ]);
  });
});

describe('speakers(object pronouns and statements)', () => {
  it('does not let "Pike asked him" make Pike a man, so a later "she told him" is still Pike', () => {
    assert.deepEqual(
      speakers(
        'Minister David Moore visited the town. Joan Pike asked him why the walls failed. He promised an inquiry. ' +
          '"Every house is ruined," she told him.',
      ),
      ['Joan Pike'],
    );
  });

  it('takes the author of "according to a statement from the Environment Agency"', () => {
    const a = analyzeArticle(
      'Headline\n\nAccording to a statement from the Environment Agency, the walls were "built for a rare flood."',
    ).sentences[1]!;
    assert.deepEqual(
      a.quotes.map((q) => q.speaker),
      ['Environment Agency'],
    );
    assert.ok(
      a.evidence.some((e) => e.text === 'the Environment Agency'),
      JSON.stringify(a.evidence),
    );
  });
});

describe('speakers(abbreviated titles and case)', () => {
  it('strips an abbreviated rank ("said Capt. J. R. Miles") and keeps the written case of a name found by title', () => {
    assert.deepEqual(
      speakers(
        '"It was not enough," said Capt. J. R. Miles. The mayor, Ms. Ruiz, spoke next. The mayor called it "a tragedy."',
      ),
      ['J. R. Miles', 'Ruiz'],
    );
  });
});

describe('speakers(bodies speaking through a channel)', () => {
  it('gives a colon announcement by "an official government Twitter account" to the government named before', () => {
    assert.deepEqual(
      speakers(
        'The government of Tuvalu closed schools. Later, an official government Twitter account made the following announcement: "Schools reopen on Monday."',
      ),
      ['government of Tuvalu'],
    );
  });

  it('keeps a channel as written when no body with its noun was named', () => {
    assert.deepEqual(
      speakers('An official Twitter account made this announcement: "Roads are closed."'),
      ['An official Twitter account'],
    );
  });
});

describe('speakers(tagger slips)', () => {
  it('reads a past tense tagged as an adjective after a name as the reporting verb, but not "the elaborated plan"', () => {
    const quotes = analyzeArticle(
      'Headline\n\nLater on, abortos, President Ana Ruiz elaborated, "A state must act." The elaborated plan was "a joke".',
    ).sentences.flatMap((s) => s.quotes.map((q) => [q.type, q.speaker]));
    assert.deepEqual(quotes[0], ['speech', 'Ana Ruiz']);
    assert.deepEqual(quotes[1], ['term', null]);
  });
});

describe('speakers(subjects hidden by time words, tags and openers)', () => {
  it('skips a time word opening the sentence before "President X of Y said"', () => {
    assert.deepEqual(
      speakers('Yesterday, President Ana Lopez of Peru said rivals should "go home" soon.'),
      ['Ana Lopez'],
    );
  });

  it('takes the name, not the description, in "Name, a retired teacher, said"', () => {
    assert.deepEqual(speakers('Joan Carry, a retired teacher, said, "I stayed up."'), [
      'Joan Carry',
    ]);
  });

  it('does not read a sentence-opening "Former" as part of a name', () => {
    assert.deepEqual(
      speakers(
        'Voters cheered President Ian Marsh. Former Marsh aide Tom Vale spoke first. Marsh told them: "Thank you."',
      ),
      ['Ian Marsh'],
    );
  });

  it('resolves "he said" to the man whose clause a pronoun continued, not to a passive\'s agent', () => {
    assert.deepEqual(
      speakers(
        'Governor Paul Reed waved as he left. His aide Sam Cole then spoke, the first time Cole spoke since he was fired by Reed. He said "It is good to be back."',
      ),
      ['Sam Cole'],
    );
  });
});

describe('speakers(professions before a name)', () => {
  it('drops a capitalised profession before the name ("Virologist", "Physician")', () => {
    assert.deepEqual(
      speakers(
        'Virologist Mara Olsen of Lund University said, "It spreads." Physician Tom Reyes said, "Stay home."',
      ),
      ['Mara Olsen', 'Tom Reyes'],
    );
  });
});

describe('speakers(names after "of")', () => {
  it('registers a person named after "at the behest of", so a later "he said" finds him', () => {
    assert.deepEqual(
      speakers(
        'The king closed the assembly at the behest of Omar Faris, the premier. He later said he was "quite hopeful" about a deal.',
      ),
      ['Omar Faris'],
    );
  });
});

describe('speakers(relative clauses and short titles)', () => {
  it('steps over ", who …," to the name, takes "X who said" and drops the title "MP"', () => {
    assert.deepEqual(
      speakers(
        'MP Rosa Dunn, who co-chaired the panel, said, "It is done." The plan was drawn up by Ian Cole who said, "It took years." Early critic MP Ada Roe said, "We moved on."',
      ),
      ['Rosa Dunn', 'Ian Cole', 'Ada Roe'],
    );
  });

  it('takes the name closing coordinated titles ("said lab co-founder and Senior Research Fellow Ida Berg")', () => {
    assert.deepEqual(
      speakers(
        '"The ants follow the light," said lab co-founder and Senior Research Fellow Ida Berg.',
      ),
      ['Ida Berg'],
    );
  });
});

describe('speakers(places before a name and participles after a quote)', () => {
  it('drops the place after "Senator from" ("Senator from Ohio Mary Quinn" → "Mary Quinn")', () => {
    assert.deepEqual(
      speakers('State Senator from Ohio Mary Quinn quit on Monday, saying "the road is closed".'),
      ['Mary Quinn'],
    );
  });

  it('completes "Mr Lam" from an earlier "Lam Man-kei" whose given name ends in lower case', () => {
    assert.deepEqual(
      speakers(
        'The hall was sold to Lam Man-kei in 2001. Mr Lam said they would "restore the hall."',
      ),
      ['Lam Man-kei'],
    );
  });

  it('gives a quote followed by ", calling it" to the subject, not to "it"', () => {
    assert.deepEqual(
      speakers('Tom Rudd said, "I will not run again", calling it a "hard choice".'),
      ['Tom Rudd', 'Tom Rudd'],
    );
  });
});
