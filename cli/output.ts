import { once } from 'node:events';

/** Writes to stdout, waiting for the pipe to drain so large outputs arrive whole before the process ends. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set. */
export function wantsColour(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
