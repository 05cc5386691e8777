/**
 * Nouns and verbs for a view someone holds. Chosen by hand from general English usage, not from any data set; each
 * list names the example that motivated it.
 */

// chosen by hand from nouns for a held position; example that motivated it: "The official position remained that
// …", "Their view is that …"
export const VIEW_NOUNS: ReadonlySet<string> = new Set([
  'position',
  'view',
  'line',
  'stance',
  'contention',
  'belief',
  'assessment',
  'conclusion',
  'understanding',
  'argument',
]);

// chosen by hand from nouns for an explanation someone offers; example that motivated it: "Smith had one more
// theory: the ship could …"
export const THEORY_NOUNS: ReadonlySet<string> = new Set([
  'theory',
  'explanation',
  'suspicion',
  'hypothesis',
  'view',
  'guess',
  'idea',
]);

// chosen by hand from verbs by which evidence bears on a claim; example that motivated it: "These findings support
// the hypothesis"
export const BEARING_VERBS: ReadonlySet<string> = new Set([
  'support',
  'back',
  'contradict',
  'challenge',
  'undermine',
]);

// chosen by hand from nouns for a proposition evidence can bear on; example that motivated it: "support the
// hypothesis"
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'hypothesis',
  'theory',
  'idea',
  'view',
  'claim',
  'notion',
  'conclusion',
]);

// chosen by hand from nouns for a stance others take, met or drawn "from" them; example that motivated it: "has been
// met with firm opposition from Sheinbaum", "continue to draw sharp criticism from analysts"
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'criticism',
  'opposition',
  'resistance',
  'praise',
  'support',
  'skepticism',
  'scepticism',
  'condemnation',
  'backlash',
  'approval',
  'objections',
  'protests',
  'calls',
  // warnings and complaints drawn from people ("Trump tweets about Russia probe spark warnings from lawmakers",
  // blind round 419)
  'warnings',
  'complaints',
]);

// what a subject comes under or in for when others attack it ("The screensaver came under fire for encouraging
// vigilantes", "Standard Life came in for criticism"); the attackers need no name
export const UNDER_ATTACK: ReadonlySet<string> = new Set([
  'fire',
  'attack',
  'criticism',
  'criticisms',
]);

// chosen by hand from nouns for what someone said against or about something, whose content a verb of centring gives;
// example that motivated it: "His criticism centered on inadequate radiation measurement methods" (blind round 265)
export const REMARK_NOUNS: ReadonlySet<string> = new Set([
  ...VIEW_NOUNS,
  'criticism',
  'criticisms',
  'complaint',
  'complaints',
  'concern',
  'concerns',
  'objection',
  'objections',
  'arguments',
  'remarks',
  'comments',
  'testimony',
  'speech',
]);

// verbs by which remarks have their content: "centered on", "focused on", "rested on"
export const CENTRING_VERBS: ReadonlySet<string> = new Set([
  'center',
  'centre',
  'focus',
  'rest',
  'hinge',
]);
