import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors.ts';

/** Files larger than this are refused rather than analysed slowly. */
export const MAX_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? 'unknown error'})`;
}

/** Reads one input file as text, refusing anything that is not a non-empty UTF-8 text file up to MAX_BYTES. */
export function readInput(path: string): string {
  if (path === '') throw new CliError('empty file name');
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    if (!stat.isFile()) throw new CliError(`${path}: not a regular file`);
    if (stat.size > MAX_BYTES)
      throw new CliError(`${path}: file too large (${stat.size} bytes; the limit is 2 MB)`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${describe(err)}`);
  }
  if (bytes.length > MAX_BYTES) throw new CliError(`${path}: file too large (the limit is 2 MB)`);
  if (bytes.includes(0)) throw new CliError(`${path}: binary data, not a text file`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CliError(`${path}: not valid UTF-8 text`);
  }
  if (text.trim() === '')
    throw new CliError(`${path}: ${text === '' ? 'file is empty' : 'file holds only whitespace'}`);
  return text;
}
