import { createInterface } from 'node:readline';

/** Lines of standard input (or any stream), as they come. */
export function inputLines(input: NodeJS.ReadableStream = process.stdin): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Writes a line and waits when the consumer is slower than us, so a large pipe never fills memory. */
export async function writeLine(line: string, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!output.write(`${line}\n`)) await new Promise((resolve) => output.once('drain', resolve));
}
