import assert from 'node:assert/strict';
import { speechSpeakersOf as speakersOf } from './helpers/short-article.ts';

describe('speakers named in full (canonicalSpeakers)', () => {
  it('gives a given name alone the full name the article wrote with it', () => {
    const text = `Singer's home burgled

His wife Sharon, who called the police, said her rings were taken. "I always put them beside my bed," she said. At a press conference, Sharon Harlow listed the stolen items.`;
    assert.deepEqual(speakersOf(text), ['Sharon Harlow']);
  });

  it('gives a body described in lower case the capitalised name it closes', () => {
    const text = `Hospital plan dropped

The Welsh Assembly Government said the plan was wrong. "We will challenge the decision," said the assembly government.`;
    assert.deepEqual(speakersOf(text), ['Welsh Assembly Government']);
  });

  it('leaves a kind that closes two names as written', () => {
    const text = `Talks stall

The Welsh Assembly Government and the Scottish Assembly Government met on Monday. "We will meet again," said the assembly government.`;
    assert.deepEqual(speakersOf(text), ['the assembly government']);
  });
});

describe('a peer named with the place of the title (peerage)', () => {
  it('gives "Lord Nicholls" the full title the article wrote once', () => {
    const text = `Lords rule on detention

Lord Nicholls of Birkenhead said the law was wrong. "It cannot stand," Lord Nicholls added.`;
    assert.deepEqual(speakersOf(text), ['Lord Nicholls of Birkenhead']);
  });

  it('leaves a peer named without a place as written', () => {
    const text = `Lords rule on detention

Lord Nicholls said the law was wrong. "It cannot stand," Lord Nicholls added.`;
    assert.deepEqual(speakersOf(text), ['Lord Nicholls']);
  });
});
