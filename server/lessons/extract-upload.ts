import { fromWindows1252 } from './windows-1252.ts';
import { extractArticle } from './extract.ts';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.ts';

/** Upload limit for lesson files. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export type UploadResult =
  | { ok: true; text: string; title: string | null }
  | {
      ok: false;
      reason: 'empty' | 'too-big' | 'wrong-type' | 'binary' | 'no-article' | 'too-deep';
    };

const KINDS = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
} as const;

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

// control codes no text file holds (tab, line breaks and form feed aside): left after decoding, the file is binary
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

function decodeText(buffer: Buffer): string | null {
  // NUL bytes never occur in text files.
  if (buffer.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: a file saved as "ANSI" on Windows (curly quotes are bytes 0x91–0x94 there) reads as Windows-1252;
    // anything that still holds control codes then is a binary or another encoding.
    const text = fromWindows1252(buffer);
    return CONTROL.test(text) ? null : text;
  }
}

function looksLikeHtml(text: string): boolean {
  return /<(!doctype html|html|body|article|p|div|h1)[\s>]/i.test(text.slice(0, 5000));
}

// Markdown syntax would otherwise reach the analyzer as "##" headings and "*emphasis*".
function stripMarkdown(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
}

/** Turns an uploaded .txt, .md or .html file into article text, checking its extension and its content. */
export function textFromUpload(filename: string, buffer: Buffer): UploadResult {
  const kind = KINDS[extension(filename) as keyof typeof KINDS];
  if (!kind) return { ok: false, reason: 'wrong-type' };
  if (buffer.length > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too-big' };
  const raw = decodeText(buffer);
  if (raw === null) return { ok: false, reason: 'binary' };
  if (raw.trim() === '') return { ok: false, reason: 'empty' };
  switch (kind) {
    case 'html': {
      if (!looksLikeHtml(raw)) return { ok: false, reason: 'wrong-type' };
      // Extraction walks the tree recursively: thousands of levels would take seconds or overflow the stack.
      if (htmlDepth(raw) > MAX_HTML_DEPTH) return { ok: false, reason: 'too-deep' };
      const article = extractArticle(raw);
      return article
        ? { ok: true, text: article.text, title: article.title || null }
        : { ok: false, reason: 'no-article' };
    }
    case 'markdown':
    case 'text':
      // An HTML page renamed to .txt would put tags into the lesson.
      if (looksLikeHtml(raw)) return { ok: false, reason: 'wrong-type' };
      return { ok: true, text: kind === 'markdown' ? stripMarkdown(raw) : raw, title: null };
  }
}
