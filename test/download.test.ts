import assert from 'node:assert/strict';
import type { Response } from 'express';
import { downloadCsv, fileSlug } from '../server/routes/download.ts';

// Every teacher download (answers CSV, student summary, Moodle XML, GIFT) goes out through these.
describe('the teacher downloads (routes/download.ts)', () => {
  it('sends a CSV to save, uncached, opening with a byte-order mark so spreadsheets read it as UTF-8', () => {
    const headers: Record<string, string> = {};
    let body = '';
    const res = {
      set: (name: string, value: string) => void (headers[name] = value),
      send: (text: string) => void (body = text),
    } as unknown as Response;
    downloadCsv(res, 'byline-x-answers.csv', [
      ['Name', 'Answer'],
      ['Zoë', 'fact'],
    ]);
    assert.deepEqual(headers, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="byline-x-answers.csv"',
      'Cache-Control': 'no-store',
    });
    assert.equal(body, '\uFEFFName,Answer\r\nZoë,fact\r\n');
  });

  it('names a file after a name, or the fallback when the name has no Latin letters or digits', () => {
    assert.equal(fileSlug('Year 9 B set', 'class'), 'year-9-b-set');
    assert.equal(fileSlug('文学', 'lesson'), 'lesson');
  });
});
