// Reading one input file without ever blocking or exhausting memory: a named pipe or a device
// is refused before it is read (opened non-blocking, checked with fstat), and a file over the
// size limit is refused before its bytes are loaded.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError, tooLarge, MAX_INPUT_BYTES } from './decode.ts';

export function readInputFile(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(`cannot open file: ${(e as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new InputError('not a regular file (a pipe, socket or device): not read');
    if (st.size > MAX_INPUT_BYTES) throw new InputError(tooLarge(st.size));
    const bytes = new Uint8Array(st.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break; // the file shrank while being read: keep what was there
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
