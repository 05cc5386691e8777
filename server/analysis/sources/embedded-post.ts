import type { Segment } from '../types.ts';

// "— Cory Booker (@CoryBooker) March 22, 2019": the line a social-media post embedded in a web page ends with, its
// author, handle and date, as pages copied to plain text keep it
const POST_CREDIT =
  /[\u2014\u2013-]\s*[^\u2014\u2013\n]{1,80}\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/;

// "— Kirsten Gillibrand (@SenGillibrand) …", "https://t.co/Q2JCExqYaA — Cory Booker (@CoryBooker) …": nothing but the
// post's links before the credit's dash
const LINKS_THEN_DASH = /^\s*(?:(?:https?:\/\/|pic\.twitter\.com\/)\S+\s*)*[\u2014\u2013-]/;

// how many sentences of the paragraph before a credit standing alone may be the post's text
const POST_SENTENCES = 4;

/**
 * Marks the sentences of posts embedded in the article: the paragraph a post credit closes ("Fox News will file an
 * amicus brief in support of @Acosta and CNN. Thank you @FoxNews! — CNN Communications (@CNNPR) November 14, 2018"),
 * and, when the credit stands alone as a paragraph, the short paragraph just before it (PTC pages, blind rounds 994
 * and 998). A post carries no quote marks, so only its credit says the words are its author's.
 */
export function embeddedPosts(segments: Segment[]): boolean[] {
  const out = segments.map(() => false);
  segments.forEach((segment, end) => {
    // (a credit line may read as a photo's caption: "Statement from Jay Wallace below: pic.twitter.com/… — CNN …")
    // (the handle's "(@" first: most sentences hold none, and the credit's pattern is tried only on those that do)
    if (
      segment.kind === 'headline' ||
      !segment.text.includes('(@') ||
      !POST_CREDIT.test(segment.text)
    )
      return;
    const paragraph = segment.paragraph;
    let start = end;
    while (start > 0 && segments[start - 1]!.paragraph === paragraph) start--;
    // (a credit alone in its paragraph, maybe after the post's links, signs the paragraph above it)
    if (start === end && LINKS_THEN_DASH.test(segment.text)) {
      let above = start;
      while (above > 0 && segments[above - 1]!.paragraph === paragraph - 1) above--;
      if (end - above <= POST_SENTENCES && segments[above]!.kind !== 'headline') start = above;
    }
    for (let k = start; k <= end; k++) out[k] = true;
  });
  return out;
}
