import { PERSON_PRONOUNS } from '../lexicon/source-kinds.ts';
import { QUESTION_LINKS } from '../lexicon/function-words.ts';
import { cue, type Sentence } from './sentence.ts';

/**
 * "Asked about his best moment, he pointed to the 2019 final", "Asked why, the minister blamed the weather": the
 * clause after a question put to its subject is that subject's answer, what they said, whatever its verb. The
 * question's own words ("his best moment") are the asker's topic. Only with a subject that answers: a pronoun for
 * a person, or a capitalised name or title right after the comma.
 */
export function askedCues(s: Sentence): boolean {
  const tokens = s.tokens;
  const first = tokens[0];
  if (first?.lower !== 'asked' || !QUESTION_LINKS.has(tokens[1]?.lower ?? '')) return false;
  const comma = tokens.findIndex((t, i) => i > 1 && t.lower === ',' && !s.quoted[i]);
  const subject = tokens[comma + 1];
  if (comma < 0 || !subject) return false;
  const answers =
    PERSON_PRONOUNS.has(subject.lower) ||
    subject.pos === 'PROPN' ||
    (subject.pos === 'DET' && tokens[comma + 2]?.pos === 'NOUN');
  if (!answers) return false;
  cue(s, 0, 0, 'reporting-verb');
  return true;
}
