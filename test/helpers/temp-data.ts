import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp folder and the path of a data file in it (not created), fresh for each test. */
export interface TempData {
  dir: string;
  file: string;
}

/**
 * Called inside a `describe`: gives each of its tests a fresh temp folder (`dir`, with `file` the path of
 * `byline.json` in it) and deletes the folder after the test. Read the fields in the tests, not before.
 */
export function tempDataEachTest(): TempData {
  const temp: TempData = { dir: '', file: '' };
  beforeEach(() => {
    temp.dir = mkdtempSync(join(tmpdir(), 'byline-store-'));
    temp.file = join(temp.dir, 'byline.json');
  });
  afterEach(() => rmSync(temp.dir, { recursive: true, force: true }));
  return temp;
}
