import { opensWithQuotedLine } from '../grammar/quoted-line.ts';
import type { Token } from '../grammar/token.ts';
import { sentenceTokens } from '../grammar/tokens.ts';
import { firstFrom, markInside } from '../grammar/token-search.ts';
import { endorsement } from '../grammar/endorsement.ts';
import { blockQuoted } from './blockquote.ts';
import { embeddedPosts } from './embedded-post.ts';
import { transcriptTurns } from './transcript.ts';
import { interviewAnswers } from './interview-answers.ts';
import { chargeWording, inAdverbialClause, inUnresumedRelative } from './clause.ts';
import { reportingCues } from './cues.ts';
import { hearsayCues } from './passive.ts';
import { rumourCues } from './rumour.ts';
import { publicationCues } from './publication.ts';
import { agentCues } from './agent.ts';
import { talkCues } from './talk.ts';
import { ownedClaimCues } from './owned-claim.ts';
import { askedCues } from './asked.ts';
import { stanceCues } from './stance.ts';
import { viewCues } from './view.ts';
import { desireCues } from './desire.ts';
import { hasSourceWords } from './source-words.ts';
import { headlineNounCues, headlineTagCues } from './headline-tag.ts';
import { stanceAdjectiveCues } from './stance-adjective.ts';
import { reportUpFront } from './up-front.ts';
import { carriesHeadlinePredicate } from '../grammar/headline-predicate.ts';
import type { Sentence } from './sentence.ts';
import type { Attribution, Quote, Segment } from '../types.ts';

function firstTokenAt(tokens: Token[], at: number): number {
  const k = firstFrom(tokens, at);
  return k === tokens.length ? tokens.length - 1 : k;
}

function quotedMask(tokens: Token[], quotes: Quote[]): boolean[] {
  const mask = tokens.map(() => false);
  for (const q of quotes) markInside(tokens, mask, q.start, q.end);
  return mask;
}

// The rules a sentence's attribution may rest on, named for the label model's features. (One list made once: a
// [name, fired] pair per rule made for every sentence cost 15 arrays each.)
const FAMILIES = [
  'stance',
  'verb',
  'hearsay',
  'view',
  'rumour',
  'publication',
  'agent',
  'talk',
  'asked',
  'headline-tag',
  'stance-adjective',
  'named-quote',
  'block',
  'endorsed',
];

/**
 * Decides, per sentence, whether its main claim is reported as coming from a source — a sentence mostly made of
 * speech quotes, "according to", "reportedly", or a reporting verb whose subject is a source and whose clause is not
 * a side detail — with evidence spans on the deciding words and the sources, named or anonymous.
 */
export function attributeSentences(segments: Segment[], quotes: Quote[][]): Attribution[] {
  const quotedBlock = blockQuoted(segments);
  const turns = transcriptTurns(segments);
  const answers = interviewAnswers(segments);
  const posts = embeddedPosts(segments);
  const block = quotedBlock.map((b, i) => b || turns[i]! || answers[i]! || posts[i]!);
  // (read only for a headline that opens with a name and a colon: "Schumer: …")
  // (joined once, on the first ask: a headline may ask several times, most articles never)
  let bodyText: string | undefined;
  const body = () =>
    (bodyText ??= segments
      .slice(1)
      .map((b) => b.text)
      .join('\n'));
  const sentences = segments.map((segment, n): Sentence => {
    const tokens = sentenceTokens(segment);
    return {
      tokens,
      text: segment.text,
      quoted: quotedMask(tokens, quotes[n] ?? []),
      cues: [],
      sources: [],
      seen: { cues: new Set(), sources: new Set() },
    };
  });
  // Each family of cues reads every sentence before the next family starts: run one sentence at a time, the dozen
  // families' code and word lists took turns in the processor's caches, and the same passes cost about a tenth more.
  // A sentence still meets the families in the order below, so its cues and sources are added in the same order.
  const verbFound = sentences.map((s) => reportingCues(s));
  const hearsayFound = sentences.map((s) => hearsayCues(s));
  const viewFound = sentences.map((s) => viewCues(s));
  // (an aim held, "Organisers hope to raise …", is a view of its holder's too, but a weak one: see yieldsToFraming)
  const desireFound = sentences.map((s) => desireCues(s));
  const rumourFound = sentences.map((s) => rumourCues(s));
  const publicationFound = sentences.map((s) => publicationCues(s));
  const agentFound = sentences.map((s) => agentCues(s));
  const talkFound = sentences.map((s) => talkCues(s));
  // (a claim owned by its speaker, "his announcement that …": a weak cue, as a loaded word around it, "Biden's crass
  // promise that …", is the writer's)
  const ownedFound = sentences.map((s) => ownedClaimCues(s));
  return segments.map((segment, n) => {
    const s = sentences[n]!;
    const tokens = s.tokens;
    const own = quotes[n] ?? [];
    const speech = own.filter((q) => q.type === 'speech');
    const speechShare =
      speech.reduce((sum, q) => sum + q.end - q.start, 0) / Math.max(1, segment.text.length);
    const verbs = verbFound[n]!;
    const hearsay = hearsayFound[n]!;
    const views = viewFound[n]!;
    const desired = desireFound[n]!;
    const rumours = rumourFound[n]!;
    const published = publicationFound[n]!;
    const agents = agentFound[n]!;
    const talk = talkFound[n]!;
    const owned = ownedFound[n]!;
    // (only when no verb of saying carries the answer: "Asked …, Ruiz said no" keeps its "said")
    const asked = !verbs && askedCues(s);
    // … or a headline's predicate in someone's quoted words ("Chinese dam firm 'defies Beijing'")
    const tagged =
      segment.kind === 'headline' &&
      (headlineTagCues(s, body) ||
        headlineNounCues(s) ||
        speech.some(
          (q) =>
            carriesHeadlinePredicate(tokens, q.start - 1, q.end) ||
            opensWithQuotedLine(segment.text, q.start - 1, q.end),
        ));
    const stanceHeld = stanceAdjectiveCues(s, segment.kind === 'headline');
    const stance = stanceCues(s);
    const strong =
      stance ||
      verbs ||
      hearsay ||
      views ||
      rumours ||
      published ||
      agents ||
      talk ||
      asked ||
      tagged ||
      stanceHeld;
    const reported = strong || desired || owned;
    // a direct quotation of someone the article names carries the sentence ("she was directing them to ‘proceed …’")
    const named = speech.some((q) => {
      if (!q.speaker) return false;
      const first = firstTokenAt(tokens, q.start);
      return (
        !inUnresumedRelative(tokens, first) &&
        !inAdverbialClause(tokens, first) &&
        !chargeWording(tokens, first)
      );
    });
    const mostlySpeech = speechShare >= 0.5 || block[n] === true || named;
    if (block[n] && speech.length === 0)
      speech.push({
        text: segment.text,
        start: 0,
        end: segment.text.length,
        type: 'speech',
        speaker: null,
      });
    if (mostlySpeech || (reported && speech.length > 0)) {
      for (const q of speech)
        s.cues.push({ text: q.text, start: q.start, end: q.end, cue: 'speech-quote' });
    }
    s.cues.sort((a, b) => a.start - b.start);
    // "… describes it as a classic, and it is": the writer's assent makes the claim the writer's own
    const assent = endorsement(segment.text);
    const endorsed = !!assent && !own.some((q) => assent.start >= q.start && assent.start < q.end);
    const attributed = (reported || mostlySpeech) && !endorsed;
    // every rule that fired, so a learned decision can weigh them (label-model features), in FAMILIES' order
    const fired = [
      stance,
      verbs,
      hearsay,
      views || desired,
      rumours,
      published,
      agents,
      talk || owned,
      asked,
      tagged,
      stanceHeld,
      named,
      block[n] === true,
      endorsed,
    ];
    return {
      attributed,
      families: FAMILIES.filter((_, k) => fired[k]),
      speechShare,
      cues: s.cues,
      sources: s.sources,
      sourceWords: !attributed && hasSourceWords(s),
      upFront: !attributed || reportUpFront(s),
      yieldsToFraming: attributed && !strong && !mostlySpeech,
    };
  });
}
