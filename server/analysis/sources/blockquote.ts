import { sentenceTokens } from '../grammar/tokens.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';
import { ENGLISH_FUNCTION_WORDS } from '../lexicon/function-words.ts';
import type { Segment } from '../types.ts';
import { HAS_ORIGINAL_MARKER, ORIGINAL_MARKER } from '../grammar/original-marker.ts';

// "((pt))Portuguese language: …" opens the original wording of the quotation before it, so it is someone's words too
const isOriginal = (text: string) => text.startsWith('((') && ORIGINAL_MARKER.test(text);

/**
 * "((es))Spanish language: Puerto Rico necesita certeza. Nuestras acciones …": a later sentence of the paragraph
 * that holds an original-language marker continues the original when it is not English (four words or more, none
 * of them an English function word), so it is someone's words too; an English sentence after an inline gloss of a
 * name ("the Law and Justice Party ((pl))Polish language: Prawo i Sprawiedliwość") is not.
 */
function foreign(segment: Segment): boolean {
  const words = sentenceTokens(segment).filter((t) => /\p{L}/u.test(t.lower));
  return words.length >= 4 && !words.some((t) => ENGLISH_FUNCTION_WORDS.has(t.lower));
}

/**
 * "In a statement Peters says:" then two paragraphs, the second "I thought this was a humorous subject …": a paragraph
 * that goes on in the first person, outside any quote marks, right after a block quotation, goes on with it, as a
 * reporter writes "I" only in someone else's words.
 */
function firstPerson(text: string): boolean {
  return /\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b(?![.'’])/.test(text.replace(/["“][^"”]*["”]/g, ' '));
}

/**
 * Marks the sentences of block quotations: a paragraph introduced by a previous paragraph that ends with a colon
 * after a reporting verb ("… were reported by CNN as such:"), the first-person paragraphs right after it, and the
 * attribution line after it ("– USCG
 * dispatcher, CNN"). Such quotations carry no quote marks, so only this layout says they are someone's words.
 */
export function blockQuoted(segments: Segment[]): boolean[] {
  const out = segments.map(() => false);
  let inBlock = false;
  let inList = false;
  let original = false;
  segments.forEach((segment, i) => {
    const prev = segments[i - 1];
    if (!prev || prev.paragraph === segment.paragraph) {
      out[i] = inBlock || isOriginal(segment.text) || (original && foreign(segment));
      original ||= segment.text.includes('((') && HAS_ORIGINAL_MARKER.test(segment.text);
      return;
    }
    original = segment.text.includes('((') && HAS_ORIGINAL_MARKER.test(segment.text);
    const introduced =
      /:$/.test(prev.text) &&
      sentenceTokens(prev).some((t) => REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB');
    // "– Harbour Court of Appeal": a paragraph of a dash and a short name with no full stop signs the quotation
    // before it, even where no reporting verb introduced that quotation
    const signature =
      SIGNATURE_DASH.test(segment.text) && (out[i - 1] === true || isSignature(segment.text));
    // (… and the items of a list it introduced, each a paragraph with no full stop: "President Obama also said:" then
    // "The UK must stay in the EU to have influence on the world stage", "Syria needs a political solution …", blind
    // round 799)
    const listed = inList && isListItem(segment.text);
    inList = (introduced || listed) && isListItem(segment.text);
    inBlock =
      (introduced || listed || (inBlock && firstPerson(segment.text))) &&
      !/^["“‘']/.test(segment.text);
    out[i] = inBlock || signature || isOriginal(segment.text);
  });
  signedBlocks(segments, out);
  return out;
}

/** A paragraph set as a list item: one sentence with no mark closing it. */
function isListItem(text: string): boolean {
  return !/[.!?:;"”’']$/.test(text);
}

// how many paragraphs a signed block quotation may run to: a list of tips or a short statement
const SIGNED_REACH = 12;

// a dash and a space opening a paragraph, or Wikinews' dash glued to the capital of a pull quote's credit ("—Troy
// Roberts", "—Zinichev calling a temporary halt to rescue work", whose quotation the copy lost; blind rounds 1658,
// 1659 and 1672)
const SIGNATURE_DASH = /^(?:[\u2013\u2014-]\s|\u2014(?=\p{Lu}))/u;

/** "– Nationwide Children's Hospital": a paragraph of a dash and a short name, with no full stop, signs a quotation. */
function isSignature(text: string): boolean {
  if (!SIGNATURE_DASH.test(text) || /[.!?]$/.test(text)) return false;
  // (a glued credit may say on what occasion: "—Łukasz Szumowski on the failed efforts to save the mayor's life")
  return text.split(' ').length <= (text.startsWith('\u2014') && text[1] !== ' ' ? 14 : 8);
}

/**
 * "… parents can follow several guidelines …:" then tips in paragraphs of their own, then "— Nationwide Children's
 * Hospital": paragraphs after one that ends with a colon, up to a signature that closes them, are the signed source's
 * words, every one of them (a list quoted in full, with no quote marks and no reporting verb).
 */
function signedBlocks(segments: Segment[], out: boolean[]): void {
  segments.forEach((segment, end) => {
    if (segment.kind !== 'body' || !isSignature(segment.text)) return;
    let paragraphs = 0;
    for (let k = end - 1; k >= 0 && paragraphs <= SIGNED_REACH; k--) {
      const s = segments[k]!;
      if (s.kind !== 'body') return;
      if (s.paragraph !== segments[k + 1]!.paragraph) {
        paragraphs++;
        if (/:$/.test(s.text)) {
          for (let j = k + 1; j <= end; j++) out[j] = true;
          return;
        }
      }
    }
  });
}
