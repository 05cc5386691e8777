import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';

function speakersOf(...paragraphs: string[]): (string | null)[] {
  return analyzeArticle(['Test headline', ...paragraphs].join('\n\n'))
    .sentences.flatMap((s) => s.quotes ?? [])
    .filter((q) => q.type === 'speech')
    .map((q) => q.speaker);
}

describe('a definite text pointing back to the text introduced before it', () => {
  it('speaks for the maker named with "from" when the text was introduced', () => {
    const speakers = speakersOf(
      'In a short release from the Harbour Trust issued on Friday, the trust said the pier was sinking. "Nobody should walk on it until the engineers are done," read the statement.',
    );
    assert.deepEqual(speakers, ['Harbour Trust']);
  });

  it('reads past a text noun with no maker ("sending a message") to the one that has one', () => {
    const speakers = speakersOf(
      'In a release from the Harbour Trust, the trust said the owners were sending a message to the city. "We will not pay for the repairs," read the statement.',
    );
    assert.deepEqual(speakers, ['Harbour Trust']);
  });

  it('names a text made by two people as the article first described it', () => {
    const speakers = speakersOf(
      'The two mayors signed a letter of shared intent by Mayor Ada Quill, and Mayor Brant Ode on Tuesday.',
      'The joint letter said: "Both towns will share one bus line from next spring."',
    );
    assert.deepEqual(speakers, ['letter of shared intent']);
  });

  it('leaves the text as it is when the text it points back to has no maker named', () => {
    const speakers = speakersOf(
      'A leaked memo circulated among the staff on Monday.',
      'The memo said: "Every office will close at noon."',
    );
    assert.notEqual(speakers[0], null);
    assert.match(speakers[0]!, /memo/i);
  });
});

describe('a body named once, far back', () => {
  it('is the one "the court" means when the article names no other court', () => {
    const filler = Array.from(
      { length: 14 },
      (_, i) => `The harbour works went on through week ${i + 1} of the year.`,
    );
    const speakers = speakersOf(
      'The Maltese court handed the smuggler a long sentence on Monday.',
      ...filler,
      'The court said the cargo was "worth a small fortune".',
    );
    assert.deepEqual(speakers, ['Maltese court']);
  });

  it('stays unresolved when two different courts were named further back', () => {
    const filler = Array.from(
      { length: 14 },
      (_, i) => `The harbour works went on through week ${i + 1} of the year.`,
    );
    const speakers = speakersOf(
      'The Maltese court and the Sicilian court both heard the smuggling case.',
      ...filler,
      'The court said the cargo was "worth a small fortune".',
    );
    assert.notEqual(speakers[0], 'Maltese court');
    assert.notEqual(speakers[0], 'Sicilian court');
  });
});

describe('acronyms spelt out in brackets', () => {
  it('match a name whose words give more than one letter each ("Northern Basin Hydro Authority (NOBHA)")', () => {
    const speakers = speakersOf(
      'On Monday, dam operator Northern Basin Hydro Authority (NOBHA) said repairs were under way.',
      'NOBHA only admitted to "serious seepage" on Friday.',
    );
    assert.deepEqual(speakers, ['Northern Basin Hydro Authority']);
  });

  it('never take one word for an acronym of its own letters ("Company (CO)")', () => {
    const speakers = speakersOf(
      'The Harbour Company (CO) runs the ferries.',
      'CO said the ferries were "running late all week".',
    );
    assert.notEqual(speakers[0], 'Company');
  });
});

describe('a party and state in brackets after a name', () => {
  it('is no person, so "she said" goes to the representative it follows', () => {
    const speakers = speakersOf(
      'Senator Nora Vale opened the debate on Monday.',
      'The chamber was full. The vote came late. The galleries emptied.',
      'Representative James Brenn (R Kansas) voted for the bill.',
      'But Representative Tamsin Okafor (D Ohio) was not changing her no vote. "I will vote no again," she said.',
    );
    assert.deepEqual(speakers, ['Tamsin Okafor']);
  });

  it('still reads a bracketed name as a name ("the inventor (Ada Quill) said")', () => {
    const speakers = speakersOf(
      'The prize went to the inventor (Ada Quill) on Monday. "I never expected it," Quill said.',
    );
    assert.deepEqual(speakers, ['Ada Quill']);
  });
});

describe('an unnamed person described again with "the"', () => {
  it('speaks as the description the article first gave ("A source close to the inquiry")', () => {
    const speakers = speakersOf(
      'The panel met on Monday. A source close to the panel told reporters the findings were ready.',
      'The vote was put off. "They want it out before the summer," the source said.',
    );
    assert.deepEqual(speakers, ['A source close to the panel']);
  });

  it('keeps a phrase of place after the noun but not a time ("a spokesman for the Harbour Trust on Monday")', () => {
    const speakers = speakersOf(
      'A spokesman for the Harbour Trust on Monday said the pier would shut.',
      '"The storm is too strong," the spokesman added.',
    );
    assert.deepEqual(speakers, ['A spokesman for the Harbour Trust']);
  });

  it('points "the source" back to a person just described with a "who" clause, the clause included', () => {
    const speakers = speakersOf(
      'Our reporter spoke to a nurse and volunteer from the island who asked not to be named. "We ran out of bandages on the first night," said the source.',
    );
    assert.deepEqual(speakers, ['a nurse and volunteer from the island who asked not to be named']);
  });

  it('leaves the phrase as it is when nobody was introduced that way', () => {
    assert.deepEqual(
      speakersOf('The talks stalled on Monday. "Nobody is moving," the source said.'),
      ['the source'],
    );
  });

  it('stops at a possessive description of the same noun ("his lawyer" … "the lawyer")', () => {
    const speakers = speakersOf(
      'A lawyer for the city filed the papers. The accused met his lawyer on Friday.',
      '"He will plead not guilty," the lawyer said.',
    );
    assert.notEqual(speakers[0], 'A lawyer for the city');
  });
});

describe('a kind of body with no body of that noun named', () => {
  it('is the body that was the subject just before ("Amnesty International … the group said")', () => {
    const speakers = speakersOf(
      'Amnesty International condemned the arrests on Friday. In a statement, the group said the detainees were "prisoners of conscience".',
    );
    assert.deepEqual(speakers, ['Amnesty International']);
  });

  it('is not a person who was the subject just before', () => {
    const speakers = speakersOf(
      'Harbour Steel chief executive Jim Calder announced the closure on Monday.',
      'The company said the site would close "by the end of the year".',
    );
    assert.notEqual(speakers[0], 'Jim Calder');
  });

  it('never reads a capitalised headline word as a body\'s name ("Rights group condemns …")', () => {
    const text = [
      'Rights group condemns arrests',
      'The arrests were made on Friday. "They must be freed at once," the group said.',
    ].join('\n\n');
    const speakers = analyzeArticle(text)
      .sentences.flatMap((s) => s.quotes ?? [])
      .map((q) => q.speaker);
    assert.notEqual(speakers[0], 'Rights group');
  });
});

describe('an age before a noun for a person', () => {
  it('points back to the person just named ("The 61-year-old diplomat")', () => {
    const speakers = speakersOf(
      'The envoy, Hassan Farid, arrived in the capital on Sunday.',
      'The 61-year-old diplomat said he was "hopeful" about the talks.',
    );
    assert.deepEqual(speakers, ['Hassan Farid']);
  });
});

describe('acronyms introduced with "or" and written as a word', () => {
  it('spell out "HEPCO" and "Hepco" from "the Harbour Electric Power Company, or HEPCO,"', () => {
    const speakers = speakersOf(
      'The Harbour Electric Power Company, or HEPCO, said on Monday that the outage was its fault. "We failed our customers," HEPCO said.',
      'Hepco later said the repairs were "almost complete".',
    );
    assert.deepEqual(speakers, [
      'Harbour Electric Power Company',
      'Harbour Electric Power Company',
    ]);
  });
});

describe('name forms of people, in our own short articles', () => {
  it('keeps a regnal number as part of the name ("Pope Leo XIV" … "Leo", "the pope")', () => {
    const speakers = speakersOf(
      'Pope Leo XIV met the pilgrims on Sunday. "Peace is possible," Leo said.',
      'The pope added that the poor "come first".',
    );
    assert.deepEqual(speakers, ['Pope Leo XIV', 'Pope Leo XIV']);
  });

  it('reads a name by a word inside it ("Ana Beatriz Lula Moreira" … "Lula")', () => {
    const speakers = speakersOf(
      'Governor Ana Beatriz Lula Moreira opened the bridge. "It took ten years," Lula said.',
    );
    assert.deepEqual(speakers, ['Ana Beatriz Lula Moreira']);
  });

  it('keeps a particle the tagger may read as a determiner inside a name ("Paulo da Costa")', () => {
    const speakers = speakersOf(
      'Brazilian Finance Minister Paulo da Costa spoke on Monday. "Prices will fall," da Costa said.',
    );
    assert.deepEqual(speakers, ['Paulo da Costa']);
  });

  it('gives a bare surname shared by two people to the one the sentence named first', () => {
    const speakers = speakersOf(
      'Senator Hannah Rook Carver toured the plant with her husband, former governor Paul Carver. "We can win here," Carver said.',
    );
    assert.deepEqual(speakers, ['Hannah Rook Carver']);
  });
});

describe('an unnamed person introduced as a subject who states something', () => {
  it('is who a later "she said" points to', () => {
    const speakers = speakersOf(
      'A witness to the crash told reporters the car was speeding. "It came out of nowhere," she said.',
    );
    assert.deepEqual(speakers, ['A witness to the crash']);
  });

  it('is not, when the person only asked something ("A resident asked …")', () => {
    const speakers = speakersOf(
      'Mayor Ann Berg opened the meeting on Monday. A resident asked about the dam. "We will fix it this year," she said.',
    );
    assert.deepEqual(speakers, ['Ann Berg']);
  });
});

describe('a title set before a name in apposition', () => {
  it('lets "the minister" point back to "Japan\'s trade minister, Kenji Mori,"', () => {
    const speakers = speakersOf(
      'Japan\'s trade minister, Kenji Mori, visited the plant. "The repairs are on track," Mori said.',
      'The minister said exports would "recover by spring".',
    );
    assert.deepEqual(speakers, ['Kenji Mori', 'Kenji Mori']);
  });

  it('lets "the lawyer" point back to "The family\'s lawyer, Carla Mendes,"', () => {
    const speakers = speakersOf(
      'The family\'s lawyer, Carla Mendes, spoke outside the court. "We will appeal," Mendes said.',
      '"The judge ignored the evidence," the lawyer added.',
    );
    assert.deepEqual(speakers, ['Carla Mendes', 'Carla Mendes']);
  });
});

describe('a kind of body, guarded', () => {
  it('takes a body\'s name with a possessive inside it ("United Nations Children\'s Fund … the agency")', () => {
    const speakers = speakersOf(
      'The United Nations Children\'s Fund warned of hunger in the region. "Children are dying," the agency said.',
    );
    assert.deepEqual(speakers, ["United Nations Children's Fund"]);
  });

  it('never takes a body\'s word alone opening a sentence ("Police arrested … the group said")', () => {
    const speakers = speakersOf(
      'Police arrested twenty marchers on Monday. "We will march again next week," the group said.',
    );
    assert.deepEqual(speakers, ['the group']);
  });
});

describe('titles of other countries and surnames that are titles', () => {
  it('strips an untranslated office before a name ("Taoiseach Brian Cowen")', () => {
    const speakers = speakersOf(
      'Taoiseach Brian Cowen addressed parliament on Tuesday. "We will not default," Taoiseach Brian Cowen said.',
    );
    assert.deepEqual(speakers, ['Brian Cowen']);
  });

  it('reads a title\'s word after a common given name as a surname ("Julie Bishop" … "Bishop said")', () => {
    const speakers = speakersOf(
      'Foreign Minister Julie Bishop visited the port. "The talks went well," Bishop said.',
    );
    assert.deepEqual(speakers, ['Julie Bishop']);
  });

  it('keeps an office after a word that is no given name a title ("Defence Secretary Tom Reyes")', () => {
    const speakers = speakersOf(
      'Defence Secretary Tom Reyes toured the base. "We are ready," Defence Secretary Tom Reyes said.',
    );
    assert.deepEqual(speakers, ['Tom Reyes']);
  });
});
