/**
 * Nouns for what a group asks for, whose content a sentence can state as a fact of the world ("One of the key
 * demands was a higher minimum wage"): the group's stated position all the same. Chosen by hand from news about
 * strikes and protests (no data set). Singular forms count only with an owner ("their main demand"): "the demand
 * for housing" is a market's.
 */
export const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'request', 'grievance']);

/** Verbs that link a demand to its content: "was", "include". */
export const DEMAND_LINKS: ReadonlySet<string> = new Set(['be', 'include']);
