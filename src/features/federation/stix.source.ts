import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { JalaError } from '../../domain/errors.js';
import type { Stix } from '../../domain/stix/reverse.js';

/** What a file to import holds: a STIX 2.1 bundle (read as a stream), or a MISP event (read whole). */
export async function sniffFormat(path: string): Promise<'stix' | 'misp'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
    const head = buffer.toString('utf8', 0, bytesRead);
    if (/"type"\s*:\s*"bundle"/.test(head)) return 'stix';
    if (/"Event"\s*:/.test(head) || /"response"\s*:/.test(head)) return 'misp';
    throw new JalaError('invalid_input', `${path}: neither a STIX 2.1 bundle nor a MISP event`);
  } finally {
    await handle.close();
  }
}

/** The objects of a bundle one at a time, however large the file: memory holds one object. */
export async function* bundleObjects(path: string): AsyncGenerator<Stix> {
  const pipeline = chain([createReadStream(path), parser(), pick({ filter: 'objects' }), streamArray()]);
  for await (const item of pipeline as AsyncIterable<{ value: unknown }>) {
    const value = item.value;
    if (value && typeof value === 'object' && typeof (value as Stix).type === 'string') yield value as Stix;
  }
}
