import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, wherever the command is run from. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the project: real articles and CheckThat! data, read at run time, never copied in. */
export const sharedDir = resolve(projectRoot, '..', 'shared');
export const articlesDir = resolve(sharedDir, 'data', 'articles');
/** Unseen Wikinews articles, labelled into the gold in rounds to measure first contact. */
export const poolDir = resolve(sharedDir, 'data', 'articles-pool');
export const checkthatDir = resolve(sharedDir, 'data', 'checkthat');
/** Bundled lessons; the seed article's gold points here. */
export const contentDir = resolve(projectRoot, 'content');
export const goldDir = resolve(projectRoot, 'eval', 'gold');
/** First-contact counts per round and basis, written by eval/first-contact/replay.ts. */
export const firstContactFile = resolve(projectRoot, 'eval', 'first-contact.json');

/** True when the path exists; used to say clearly what is missing rather than fail. */
export function present(path: string): boolean {
  return existsSync(path);
}

/** Per first-contact speech quote: the speaker-confidence model's features and whether it was right (replay.ts). */
export const firstContactSpeakersFile = resolve(projectRoot, 'eval', 'first-contact-speakers.json');
