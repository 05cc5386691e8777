import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { httpError } from '../http/errors.ts';
import { MAX_UPLOAD_BYTES, type UploadResult } from '../lessons/extract-upload.ts';
import { MAX_HTML_DEPTH } from '../lessons/html-depth.ts';

/** Status and message for each way an uploaded lesson file can be wrong. */
export const UPLOAD_ERRORS: Record<
  Exclude<UploadResult, { ok: true }>['reason'],
  [number, string]
> = {
  empty: [400, 'That file is empty. Choose a file with the article text in it.'],
  'too-big': [
    413,
    'That file is larger than 2 MB. A news article is much smaller: check you picked the right file.',
  ],
  'wrong-type': [
    415,
    'Byline reads .txt, .md and .html files only, and the content must match the file name.',
  ],
  binary: [
    415,
    'That file is not text (it may be a PDF, an image or a Word file). Save the article as .txt or .html.',
  ],
  'too-deep': [
    422,
    `That HTML page nests its elements more than ${MAX_HTML_DEPTH} levels deep, which no article does. Save the page again as "Web page, HTML only", or copy the article text and paste it.`,
  ],
  'no-article': [
    422,
    'No article could be found in that HTML page. Copy the article text and paste it instead.',
  ],
};

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
}).single('file');

/** Multer with its errors turned into friendly 4xx pages. */
export function receiveUpload(req: Request, res: Response, next: NextFunction): void {
  upload(req, res, (err: unknown) => {
    if (!err) return next();
    const code = (err as { code?: unknown }).code;
    if (code === 'LIMIT_FILE_SIZE') return next(httpError(413, UPLOAD_ERRORS['too-big'][1]));
    next(
      httpError(
        400,
        'The upload did not come through. Choose one .txt, .md or .html file and try again.',
      ),
    );
  });
}
