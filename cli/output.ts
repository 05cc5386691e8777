import { once } from 'node:events';

/** A reader that stops early (`| head`) is not an error: stop quietly, as other Unix tools do. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`analyze: cannot write output: ${err.message}\n`);
    process.exit(1);
  });
}

/** Writes to stdout, waiting for the pipe to drain so large outputs arrive whole before the process ends. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set. */
export function wantsColour(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
