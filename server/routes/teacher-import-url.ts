import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.ts';
import { extractArticle } from '../lessons/extract.ts';
import { htmlDepth, MAX_HTML_DEPTH } from '../lessons/html-depth.ts';
import { UPLOAD_ERRORS } from './teacher-upload.ts';
import { fetchPage, FetchPageError } from '../lessons/fetch-url.ts';
import { formText } from './form-text.ts';

const allowAll = () => true;

/**
 * Adding a lesson from a web address: the page is fetched and its article extracted, then the lesson is made
 * as if the text had been pasted (the paste handler runs next with the text in the form).
 */
export function urlImportHandlers(config: Config) {
  function show(res: Response, status: number, errors: string[], form = { url: '', title: '' }) {
    res
      .status(status)
      .render('teacher/lesson-url', { title: 'Add a lesson from a web address', errors, form });
  }

  return {
    page: (_req: Request, res: Response) => show(res, 200, []),

    async fetch(req: Request, res: Response, next: NextFunction): Promise<void> {
      const form = { url: formText(req.body?.url, 2100), title: formText(req.body?.title, 200) };
      let page;
      try {
        page = await fetchPage(form.url, {
          allowAddress: config.allowPrivateUrls ? allowAll : undefined,
        });
      } catch (err) {
        if (err instanceof FetchPageError) return show(res, err.status, [err.message], form);
        throw err;
      }
      let text = page.body;
      let title = form.title.trim();
      if (!page.contentType.toLowerCase().startsWith('text/plain')) {
        // Extraction recurses through the tree: a page nested thousands deep would stall or overflow.
        if (htmlDepth(page.body) > MAX_HTML_DEPTH) {
          return show(res, 422, [UPLOAD_ERRORS['too-deep'][1]], form);
        }
        const article = extractArticle(page.body);
        if (!article) {
          return show(
            res,
            422,
            [
              'No article could be found on that page. Open it in a browser, copy the article text and paste it instead.',
            ],
            form,
          );
        }
        text = article.text;
        title ||= article.title;
      }
      req.body = { ...req.body, text, title };
      next();
    },
  };
}
