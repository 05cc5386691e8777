import { isPersonNounOrPlural } from '../../grammar/person-noun.ts';
import { ORG_WORDS } from '../../lexicon/people.ts';
import { LEAD_TEXTS } from '../../lexicon/speaking-texts.ts';
import { SAYING, URGING } from '../../lexicon/verb-classes.ts';
import type { SpeakerContext } from './context.ts';
import { subjectOf } from './speaker.ts';

/** Whether a speaker found is only a text's noun, with or without "the" ("statement", "The report"). */
export function isBareLeadText(speaker: string): boolean {
  return LEAD_TEXTS.has(speaker.toLowerCase().replace(/^the /, ''));
}

/**
 * "First City Bancorp of Texas Inc said it was talking with several parties … The statement, issued yesterday, … “…,”
 * it said", "…, the Organization for Economic Cooperation and Development said. … “…,” the report said" (Reuters-21578,
 * rounds 1215, 1326, 1565 and others, where every labeller gave the text's words to the body): a text the article
 * never introduced with its maker is the lead's, so it speaks for the named source of the lead's report. Null when
 * the lead reports nothing, or its source is no name and no body ("economic analysts said").
 */
export function leadSource(ctx: SpeakerContext): string | null {
  const lead = ctx.segments.findIndex((s) => s.kind === 'body');
  if (lead < 0) return null;
  const tokens = ctx.tokens[lead]!;
  for (let v = 0; v < tokens.length; v++) {
    // (a verb of saying or urging: "European currency markets reacted quietly to the G-7 communique" is no
    // source putting out a text, Reuters-21578, round 1137)
    const lemma = tokens[v]!.lemma;
    if (ctx.quoted[lead]![v] || tokens[v]!.pos !== 'VERB') continue;
    if (!SAYING.includes(lemma) && !URGING.includes(lemma)) continue;
    const source = subjectOf(ctx, lead, v);
    if (!source || isBareLeadText(source)) return null;
    // a name, or a body's kind ("A Chinese newspaper", "The five leading West German economic research
    // institutes"); people left unnamed may be anyone's ("Chinese officials and Japanese traders told Reuters") and a
    // thing is no source ("The global economy is expected to weaken")
    // … and "a spokesman for Goldman Sachs" speaks for the firm, not for the paper quoted later (round 1536)
    const words = source.split(' ');
    if (words.some((w) => isPersonNounOrPlural(w))) return null;
    const head = words.pop()!;
    const kind = head.toLowerCase().replace(/s$/, '');
    return /^\p{Lu}/u.test(head) || ORG_WORDS.has(kind) || kind === 'newspaper' ? source : null;
  }
  return null;
}
