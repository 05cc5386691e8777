import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from './address-policy.ts';

export interface FetchPageOptions {
  /** Whether an address may be fetched from; by default only public addresses may. */
  allowAddress?: (address: string) => boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the page finally came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

/**
 * Why a page could not be fetched, worded for the teacher, with the status the page shows: always 4xx, since a
 * site that cannot be reached is a problem with the address the teacher gave, not with Byline.
 */
export class FetchPageError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    message: string,
    /** The connection failed (rather than the address or the page being refused): after the deadline, a timeout. */
    readonly network = false,
  ) {
    super(message);
  }
}

/** The way round any page Byline cannot fetch, said at the end of those messages. */
export const PASTE_INSTEAD =
  'Open the page in your browser, copy the article text and paste it as a new lesson instead.';
// 422: the address was well-formed, but what is there could not be made into a lesson.
const UNUSABLE = 422;

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };
const MAX_URL_CHARS = 2000;
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

const publicOnly = (address: string) => !isPrivateAddress(address);

function refused(host: string): FetchPageError {
  return new FetchPageError(
    403,
    `Byline does not fetch pages from this machine or the local network ("${host}"). Save the page as HTML and upload it instead.`,
  );
}

/** Parses and checks a web address typed by the teacher. */
export function parsePageUrl(raw: string): URL {
  const text = raw.trim();
  if (text === '') throw new FetchPageError(400, 'Type the web address of the article.');
  if (text.length > MAX_URL_CHARS) {
    throw new FetchPageError(400, `That web address is longer than ${MAX_URL_CHARS} characters.`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchPageError(
      400,
      `"${text.slice(0, 100)}" is not a web address. Copy it from the browser's address bar (it starts with https://).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchPageError(
      400,
      `Byline only fetches http and https addresses, not "${url.protocol}".`,
    );
  }
  if (url.username || url.password) {
    throw new FetchPageError(400, 'Give the address without a user name or password in it.');
  }
  return url;
}

/** dns.lookup that only ever hands the connection allowed addresses, so the address connected to is the one checked. */
function guardedLookup(allow: (address: string) => boolean, host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, found: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const ok = found.filter((a) => allow(a.address));
      if (ok.length === 0 || ok.length < found.length) return callback(refused(host), '', 4);
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, ok);
      callback(null, ok[0]!.address, ok[0]!.family);
    });
  };
}

function charsetOf(contentType: string): string {
  return /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
}

function decode(bytes: Buffer, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

type Hop = { redirect: URL } | { page: FetchedPage };

function networkError(err: NodeJS.ErrnoException, url: URL): FetchPageError {
  if (err instanceof FetchPageError) return err;
  const host = url.hostname;
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchPageError(
        UNUSABLE,
        `No site called "${host}" could be found from this server. Check the address; if it opens in your browser, copy the article text and paste it as a new lesson instead.`,
        true,
      );
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchPageError(
        UNUSABLE,
        `"${host}" could not be reached from this server. ${PASTE_INSTEAD}`,
        true,
      );
    default:
      if (err.code?.startsWith('ERR_TLS') || err.code?.includes('CERT')) {
        return new FetchPageError(
          UNUSABLE,
          `The secure connection to "${host}" failed (${err.code}). ${PASTE_INSTEAD}`,
          true,
        );
      }
      return new FetchPageError(
        UNUSABLE,
        `Fetching from "${host}" failed (${err.code ?? err.message}). ${PASTE_INSTEAD}`,
        true,
      );
  }
}

function oneHop(
  url: URL,
  allow: (a: string) => boolean,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as an IP is connected to without a lookup, so it is checked here.
  if (isIP(host) !== 0 && !allow(host)) return Promise.reject(refused(host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = client.get(
      url,
      {
        lookup: guardedLookup(allow, host),
        signal,
        headers: { 'user-agent': 'Byline lesson import', accept: 'text/html, text/plain;q=0.8' },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          try {
            resolve({ redirect: new URL(res.headers.location, url) });
          } catch {
            reject(
              new FetchPageError(
                UNUSABLE,
                `"${host}" redirected to an address that is not valid. ${PASTE_INSTEAD}`,
              ),
            );
          }
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(
            new FetchPageError(
              UNUSABLE,
              `"${host}" answered with error ${status}: the page could not be fetched. Check the address; if the page opens in your browser, copy the article text and paste it as a new lesson instead.`,
            ),
          );
          return;
        }
        const contentType = String(res.headers['content-type'] ?? '');
        const mime = contentType.split(';')[0]!.trim().toLowerCase();
        if (!PAGE_TYPES.test(mime)) {
          res.resume();
          reject(
            new FetchPageError(
              415,
              `That address gives "${mime || 'unknown content'}", not a web page. Give the address of the article page itself.`,
            ),
          );
          return;
        }
        if (Number(res.headers['content-length']) > maxBytes) {
          res.destroy();
          reject(tooBig(maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            reject(tooBig(maxBytes));
          } else chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            page: { url: url.href, contentType, body: decode(Buffer.concat(chunks), contentType) },
          }),
        );
        res.on('error', (err) => reject(networkError(err, url)));
        // A connection cut mid-page (or the deadline) ends the response without 'end'.
        res.on('close', () => {
          if (!res.complete) {
            reject(
              signal.aborted
                ? timedOut(host)
                : new FetchPageError(
                    UNUSABLE,
                    `"${host}" closed the connection before the page was complete. ${PASTE_INSTEAD}`,
                    true,
                  ),
            );
          }
        });
      },
    );
    req.on('error', (err) => reject(signal.aborted ? timedOut(host) : networkError(err, url)));
  });
}

function tooBig(maxBytes: number): FetchPageError {
  return new FetchPageError(
    413,
    `That page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; an article page is much smaller.`,
  );
}

function timedOut(host: string): FetchPageError {
  return new FetchPageError(
    UNUSABLE,
    `"${host}" took too long to answer. Try again later, or open the page in your browser, copy the article text and paste it as a new lesson instead.`,
    true,
  );
}

/**
 * Fetches a web page for a lesson: http and https only, every hop's resolved address checked (private and
 * loopback refused unless `allowAddress` says otherwise), a limited number of redirects, one deadline for the
 * whole fetch, and a size limit. Throws FetchPageError with a status and a message for the teacher.
 */
export async function fetchPage(raw: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const allow = options.allowAddress ?? publicOnly;
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  let url = parsePageUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const result = await oneHop(url, allow, maxBytes, controller.signal).catch((err: unknown) => {
        throw controller.signal.aborted && !(err instanceof FetchPageError && !err.network)
          ? timedOut(url.hostname)
          : err;
      });
      if ('page' in result) return result.page;
      url = parsePageUrl(result.redirect.href);
    }
    throw new FetchPageError(
      UNUSABLE,
      `The address redirected more than ${maxRedirects} times; give the article's own address. ${PASTE_INSTEAD}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
