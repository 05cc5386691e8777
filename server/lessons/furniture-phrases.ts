// Furniture that structure cannot catch: lines news sites put among the story's own <p> elements. Chosen by
// hand from common news-site furniture (ad markers, "Related:" and "Read more" links, print-edition notes,
// photo-widget buttons, reporting credits). Each pattern must match the WHOLE paragraph, so a story sentence
// that merely contains the words ("The advertisement ran for a week.") is never dropped.
export const FURNITURE_PHRASES: readonly RegExp[] = [
  // Ad markers and reading prompts.
  /^advertisement(?: [-–—] story continues below)?$/i,
  /^continue reading (?:the )?main story$/i,
  /^(?:read more|see also|related(?: coverage| stories| articles| content)?|most popular|more stories)(?::.*)?$/i,
  /^\[(?:read|see|related|more)(?: more| also)?:.*\]$/i,
  /^what do you think\? scroll down to comment below\.?$/i,
  // Newsletter, app and social pitches.
  /^sign up (?:for|to)\b[^.!?]*[.!?]?$/i,
  /^follow us on (?:twitter|facebook|instagram|social media)$/i,
  /^\[[^\]]*\b(?:inbox|newsletter|sign up|subscribe)\b[^\]]*\]$/i,
  /^twitter: @\w+$/i,
  // Photo and video widgets.
  /^(?:image|images|video|photo|photos|view images?|view photo|getty images?|toggle caption|hide caption|show caption|see gallery|see all|back to slide)\W*$/i,
  /^(?:show|hide) caption\W*$/i,
  /^\d+ (?:photos|images)$/i,
  /^see photos from this story:?$/i,
  /^slideshow \(\s*\d+ images\s*\)$/i,
  /^tweet may have been deleted(?: \(opens in a new tab\))?$/i,
  /^credit(?::|\.\.\.|…)\s*\S.*$/i,
  /^\[featured image by [^\]]*\]$/i,
  /^view (?:photo|images?)\.?(?: [^.!?]{1,60})?$/i,
  /^\((?:via|photo:|source:) [^)]*\)$/i,
  // A photo credit standing alone: "Name/Agency", "Name via Agency", "Courtesy of Someone".
  /^[^.!?]{2,60}(?:\/\s?| via )(?:AP|AFP|Reuters|EPA|Getty Images|Associated Press|Shutterstock)$/,
  /^courtesy of [^.!?]{1,40}$/i,
  // A byline standing alone: "By Fergus Jensen", "By Gayatri Suroyo and Adriana Nina Kusuma", "By Jane Doe, Reuters"
  // (a name of two capitalised words or more, so "By Friday the talks had failed" and "By Christmas" stay)
  /^(?:By|BY) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:, | and )\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})*$/u,
  // Reporting credits at the end of a story.
  /^[-–—\s]*(?:[^.!?]{1,150} )?contributed (?:reporting )?to this (?:report|article|story)\.?$/i,
  /^[-–—\s]*(?:additional reporting|with assistance) (?:by|from) [^.!?]*\.?$/i,
  /^reporting by [^.!?]*; (?:additional reporting|editing|writing) by [^.!?]*\.?$/i,
  // Print-edition notes (one paragraph per line of the note on some sites).
  /^a version of this article appears in print on\b.*$/i,
  /^, on page$/i,
  /^of the new york edition$/i,
  /^with the headline:$/i,
  /^.*order reprints \| today[’']s paper \| subscribe$/i,
  // Kickers over lists of links and update notes.
  /^MORE ON [A-Z ]{2,30}$/,
  /^updates?:$/i,
  /^show (?:more|less)$/i,
];

/** True when the whole paragraph is a furniture phrase. */
export function isFurniturePhrase(paragraph: string): boolean {
  return FURNITURE_PHRASES.some((re) => re.test(paragraph));
}
