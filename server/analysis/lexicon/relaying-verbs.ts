/**
 * Verbs by which a writer or an outlet passes on someone else's words with "as saying": "quoted a Senate aide as
 * saying", "reported the minister as saying", "cited two officials as saying". Chosen by hand from general English
 * news usage (no data set); the one named before "as saying" speaks.
 */
export const RELAYING_VERBS: ReadonlySet<string> = new Set(['quote', 'report', 'cite']);
