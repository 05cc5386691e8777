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
  // The same link in parentheses (Time's "(MORE: …)"), and a link's kicker in capitals ("PHOTOS: …", "VIDEO: …").
  /^\((?:read|see|related|more)(?: more| also)?:.*\)$/i,
  /^(?:photos|video|watch|gallery|pictures|listen):\s?(?:(?!\.\s+\p{Lu})[^!?]){1,150}$/iu,
  // "Read Hoenig's full remarks:", "See the full statement" over an embedded document.
  /^(?:read|see|watch) (?:the )?(?:\S+['’]s )?(?:full|whole|complete) [^.!?]{1,40}:?$/i,
  /^what do you think\? scroll down to comment below\.?$/i,
  // Newsletter, app and social pitches.
  /^sign up (?:for|to)\b[^.!?]*[.!?]?$/i,
  /^(?:click here to )?(?:subscribe|sign up) to [^.!?]{1,60}\b(?:newsletters?|podcast|channel)[.!]?$/i,
  /^follow us on (?:twitter|facebook|instagram|social media)$/i,
  /^\[[^\]]*\b(?:inbox|newsletter|sign up|subscribe)\b[^\]]*\]$/i,
  /^twitter: @\w+$/i,
  // An affiliate disclosure ("We may earn a commission when you buy through links on this page", MSN and shopping
  // pages of many sites): one sentence, about the page's links.
  /^[^.!?]{0,60}\b(?:may|might|can) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?sales|share of revenue)\b[^.!?]{0,120}\b(?:links?|purchases?|buy)\b[^.!?]*\.?$/i,
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
  // A credit or counter in a photo gallery: "(Image: © Agency)", "(Credit: Name/Site)" (Live Science, CNET), "Image 2
  // of 5" (Space.com).
  /^\((?:image|images|photo|photos|picture|credit|credits):\s?[^)]*\)$/i,
  /^(?:image|photo|picture|slide) \d+ of \d+$/i,
  // A photo credit standing alone: "Name/Agency", "Name via Agency", "Courtesy of Someone".
  /^[^.!?]{2,60}(?:\/\s?| via )(?:AP|AFP|Reuters|EPA|Getty Images|Associated Press|Shutterstock)$/,
  /^courtesy of [^.!?]{1,40}$/i,
  // "Courtesy G4": the credited name is capitalised, so "Courtesy matters" stays.
  /^Courtesy \p{Lu}[^.!?]{0,40}$/u,
  // A byline standing alone: "By Fergus Jensen", "By Gayatri Suroyo and Adriana Nina Kusuma", "By Jane Doe, Reuters"
  // (a name of two capitalised words or more, so "By Friday the talks had failed" and "By Christmas" stay)
  /^(?:By|BY) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:, | and )\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})*$/u,
  // Reporting credits at the end of a story.
  // (The names may hold abbreviations, "Jo Doe in Birmingham, Ala., contributed …", but no sentence break.)
  /^[-–—\s]*(?:(?:(?!\.\s+\p{Lu})[^!?]){1,200} )?contributed (?:reporting )?to this (?:report|article|story)\.?$/iu,
  /^[-–—\s]*(?:additional reporting|with assistance) (?:by|from) [^.!?]*\.?$/i,
  // Reuters writes its credits in parentheses and sometimes with commas: "(Reporting by A, B; Editing by C)",
  // "(Reporting by A, with reporting by B, editing by C.)".
  /^\(?reporting by [^.!?]*[;,] (?:additional reporting|editing|writing) by [^.!?]*\.?\)?$/i,
  // The New York Times's "Jo Doe contributed reporting from Hong Kong."
  /^[^.!?]{1,150} contributed reporting from [^.!?]{1,60}\.?$/i,
  // Correction notices: Reuters's "(Corrects 10th paragraph to show …)", CNET's and others' "Correction: An earlier
  // version of this story misstated …". A story sentence does not open with "Corrects", nor with "Correction" and a
  // colon before naming this story.
  /^\(?corrects [^.!?]*\.?\)?$/i,
  /^\(?(?:correction|clarification)\b.{0,60}?:\s?(?:an earlier|a previous|this) (?:version of this )?(?:story|article|post|report)\b.*$/i,
  // Print-edition notes (one paragraph per line of the note on some sites).
  /^a version of this article appears in print on\b.*$/i,
  /^, on page$/i,
  /^of the new york edition$/i,
  /^with the headline:$/i,
  /^.*order reprints \| today[’']s paper \| subscribe$/i,
  // Kickers over lists of links and update notes.
  /^MORE ON [A-Z ]{2,30}$/,
  /^updates?:$/i,
  // The labels of site widgets, each seen on several sites: comment links, sign-in and subscribe buttons, text-size
  // and print tools, the headings of lists of other stories and of a story's highlights box (CNN, Time, Politico,
  // Barron's, the Hearst papers, WIRED, Press TV, news blogs).
  /^(?:comments?|post (?:a )?comment(?: \(\+\))?|sign in|log in|subscribe|trending(?: now)?|text size|reset|print(?: article| this article)?|order reprints|share tweet(?: submit)?|loading(?: content)?\s?(?:\.\.\.|…)?|advert|further reading|story highlights|home)$/i,
  /^(?:most popular|popular|recent|latest|breaking)(?: (?:articles|stories|posts|news|this week|now))?$/i,
  /^(?:more (?:\p{L}+ ){0,3}(?:news|stories)|you (?:may|might) also like:?|want more stories like this\?|tell us what you think\W*)$/iu,
  /^related posts?:.*$/i,
  // "By" standing alone, its name in a link of its own (Time); an agency or a site's domain name standing alone,
  // where a page prints the story's source (Fox News, Associated Press stories on other sites).
  /^by:?$/i,
  // A writer's title standing alone under the byline ("Opinion Columnist", "Staff Writer").
  /^(?:opinion |senior |staff |contributing |special )?(?:columnist|contributor|writer|correspondent|reporter)$/i,
  // The site's copyright line under the story.
  /^(?:copyright|©)[^!?]{0,80}all rights reserved\.?$/i,
  /^(?:the )?(?:associated press|reuters|afp|agence france-presse|bloomberg|upi|press association)$/i,
  /^(?:\|\s?)?[\w-]+\.(?:com|co\.uk|org|net)$/i,
  // A tag list under the story: "Topics: earthquake, nation, …", "Tags: …".
  /^(?:topics|tags|filed under):\s?[^.!?]*$/i,
  /^show (?:more|less)$/i,
];

/** True when the whole paragraph is a furniture phrase. */
export function isFurniturePhrase(paragraph: string): boolean {
  return FURNITURE_PHRASES.some((re) => re.test(paragraph));
}
