// Reading files without ever blocking: a FIFO named like an article or a configuration file
// must not hang `news-lens check` (it would wait for a writer forever). Read-only: nothing in the
// CLI writes to the file system.
import { constants as fsConstants, promises as fs } from 'node:fs';

/**
 * Flags for opening a file to read. O_NONBLOCK: opening a FIFO (named pipe) for reading would
 * otherwise wait for a writer forever; with it the open returns at once and the fstat below
 * refuses the FIFO. It changes nothing for regular files. (0 where the platform has none.)
 */
export const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Reads a small file (configuration, .gitignore) as UTF-8, refusing anything that is not a
 * regular file (FIFO, device, socket, folder) before reading a byte. Errors carry a code for
 * describeError: the system's, or 'ENOTREG'.
 */
export async function readRegularFile(absolute: string): Promise<string> {
  const handle = await fs.open(absolute, READ_FLAGS);
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      throw Object.assign(new Error(st.isDirectory() ? 'is a directory' : 'not a regular file'), { code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' });
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
}
